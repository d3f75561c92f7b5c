package io.paperstream.ingest.bucket.s3;

import io.paperstream.runtime.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where and how to read an S3 (or S3-compatible) bucket; see the {@code ingest.s3.*} keys in ingest.properties.
 * {@code skippedFolders} are the cleanup sub-folders under the prefix that are never listed as inbox files.
 */
public record S3BucketSettings(
        String bucket,
        String prefix,
        Optional<URI> endpoint,
        String region,
        boolean pathStyle,
        int pageSize,
        Duration rescanInterval,
        List<String> skippedFolders,
        Optional<Notifications> notifications) {

    /** The Kafka topic bucket notifications arrive on, and how to consume it. */
    public record Notifications(String topic, String groupId, Map<String, Object> kafkaConfig) {
    }

    /** S3 allows 1 to 1000 keys per ListObjectsV2 page. */
    public static final int MAX_PAGE_SIZE = 1000;

    public S3BucketSettings {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("Setting 'ingest.s3.bucket' is required when ingest.source=s3");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Setting 'ingest.s3.page.size' must be between 1 and " + MAX_PAGE_SIZE
                    + ", got " + pageSize);
        }
        prefix = S3KeyFilter.normalizePrefix(prefix);
        skippedFolders = List.copyOf(skippedFolders);
    }

    public static S3BucketSettings from(Settings s, List<String> skippedFolders) {
        String endpoint = s.get("ingest.s3.endpoint", null);
        String topic = s.get("ingest.s3.notifications.topic", null);
        Optional<Notifications> notifications = topic == null ? Optional.empty() : Optional.of(new Notifications(topic,
                s.get("ingest.s3.notifications.group", "paperstream-ingest-notifications"), s.withPrefix("kafka.")));
        return new S3BucketSettings(
                s.require("ingest.s3.bucket"),
                s.get("ingest.s3.prefix", ""),
                Optional.ofNullable(endpoint).map(S3BucketSettings::endpointUri),
                s.get("ingest.s3.region", "us-east-1"),
                s.getBoolean("ingest.s3.path.style", false),
                s.getInt("ingest.s3.page.size", MAX_PAGE_SIZE),
                s.getDuration("ingest.rescan.interval", Duration.ofSeconds(5)),
                skippedFolders,
                notifications);
    }

    private static URI endpointUri(String value) {
        try {
            URI uri = URI.create(value.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Setting 'ingest.s3.endpoint' must be a URL such as http://minio:9000, got '"
                    + value + "'");
        }
    }
}
