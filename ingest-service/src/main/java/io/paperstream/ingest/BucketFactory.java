package io.paperstream.ingest;

import io.paperstream.ingest.bucket.Bucket;
import io.paperstream.ingest.bucket.LocalFolderBucket;
import io.paperstream.ingest.bucket.S3Bucket;
import io.paperstream.ingest.bucket.s3.S3BucketSettings;
import io.paperstream.runtime.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Chooses the bucket from {@code ingest.source}: {@code local} (default) or {@code s3}. */
final class BucketFactory {

    private BucketFactory() {
    }

    static Bucket from(Settings settings) {
        String source = settings.get("ingest.source", "local").toLowerCase(Locale.ROOT);
        return switch (source) {
            case "local" -> new LocalFolderBucket(Path.of(settings.get("ingest.inbox", "./inbox")));
            case "s3" -> new S3Bucket(S3BucketSettings.from(settings,
                    List.of(IngestOptions.PROCESSED_FOLDER, IngestOptions.FAILED_FOLDER)));
            default -> throw new IllegalArgumentException("Setting 'ingest.source' must be local or s3, got '"
                    + source + "'");
        };
    }
}
