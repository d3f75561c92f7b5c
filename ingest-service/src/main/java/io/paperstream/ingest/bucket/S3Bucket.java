package io.paperstream.ingest.bucket;

import io.paperstream.ingest.bucket.s3.S3BucketSettings;
import io.paperstream.ingest.bucket.s3.S3Event;
import io.paperstream.ingest.bucket.s3.S3KeyFilter;
import io.paperstream.ingest.bucket.s3.S3NotificationConsumer;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An S3 or S3-compatible bucket (optionally under a prefix). Changes are found by a paginated ListObjectsV2
 * listing whose ETags serve as versions, so there is never one metadata call per object.
 *
 * <p>With notifications configured, object events read from Kafka keep an in-memory view of the bucket up to date
 * and wake the worker at once; the full listing then runs only every {@code ingest.rescan.interval}, as a safety net
 * for lost or missing events. Either way {@link #list()} returns the same objects for the same bucket contents.
 */
public final class S3Bucket implements Bucket {

    private static final Logger log = LoggerFactory.getLogger(S3Bucket.class);

    private final S3BucketSettings settings;
    private final S3KeyFilter keys;
    private final S3Client s3;
    private final Clock clock;
    private final String locationPrefix;
    private final Semaphore changes = new Semaphore(0);
    private final S3NotificationConsumer notifications;

    private final Object lock = new Object();
    /** Notification mode only: the bucket as last listed, kept current by events; key → object. */
    private Map<String, BucketObject> known = new HashMap<>();
    private Instant lastFullListing;
    private boolean fullListingRequested;
    private boolean listingInProgress;
    /** Events that arrive while a full listing runs; they are newer than what the listing may have seen. */
    private final Map<String, BucketObject> createdDuringListing = new HashMap<>();
    private final Set<String> removedDuringListing = new HashSet<>();

    public S3Bucket(S3BucketSettings settings) {
        this(settings, clientFor(settings), Clock.systemUTC());
    }

    S3Bucket(S3BucketSettings settings, S3Client s3, Clock clock) {
        this.settings = settings;
        this.keys = new S3KeyFilter(settings.prefix(), settings.skippedFolders());
        this.s3 = s3;
        this.clock = clock;
        this.locationPrefix = "s3://" + settings.bucket() + "/";
        this.notifications = settings.notifications()
                .map(n -> new S3NotificationConsumer(n, this::onEvent))
                .orElse(null);
        if (notifications != null) {
            notifications.start();
        }
    }

    static S3Client clientFor(S3BucketSettings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .forcePathStyle(settings.pathStyle());
        settings.endpoint().ifPresent(endpoint -> builder.endpointOverride(endpoint)
                // Since SDK 2.30 checksums are sent and checked by default; many S3-compatible stores reject or
                // omit them, so ask for them only where the operation requires it.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED));
        return builder.build();
    }

    @Override
    public List<BucketObject> list() throws IOException {
        if (notifications == null) {
            return sorted(fullListing().values());
        }
        synchronized (lock) {
            boolean due = fullListingRequested || lastFullListing == null
                    || !clock.instant().isBefore(lastFullListing.plus(settings.rescanInterval()));
            if (!due) {
                return sorted(known.values());
            }
            fullListingRequested = false;
            listingInProgress = true;
            createdDuringListing.clear();
            removedDuringListing.clear();
        }
        Instant started = clock.instant();
        Map<String, BucketObject> listed;
        try {
            listed = fullListing();
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                listingInProgress = false;
                fullListingRequested = true;
            }
            throw e;
        }
        synchronized (lock) {
            listingInProgress = false;
            listed.putAll(createdDuringListing);
            removedDuringListing.forEach(listed::remove);
            known = listed;
            lastFullListing = started;
            return sorted(known.values());
        }
    }

    /** Every inbox object, page by page; a server that repeats a continuation token fails the scan, never loops. */
    private Map<String, BucketObject> fullListing() throws IOException {
        ListObjectsV2Request request = ListObjectsV2Request.builder()
                .bucket(settings.bucket())
                .prefix(keys.prefix())
                .maxKeys(settings.pageSize())
                .build();
        Map<String, BucketObject> out = new HashMap<>();
        Set<String> tokensSeen = new HashSet<>();
        int pages = 0;
        try {
            for (ListObjectsV2Response page : s3.listObjectsV2Paginator(request)) {
                pages++;
                for (S3Object object : page.contents()) {
                    keys.nameOf(object.key()).ifPresent(name -> out.put(object.key(), listed(object, name)));
                }
                if (!Boolean.TRUE.equals(page.isTruncated())) {
                    break;
                }
                String next = page.nextContinuationToken();
                if (next == null || !tokensSeen.add(next)) {
                    throw new IOException("Listing " + describe() + " stopped after " + pages
                            + " pages: a truncated page came without a new continuation token (" + next + ")");
                }
            }
        } catch (SdkException e) {
            throw new IOException("Listing " + describe() + " failed: " + e.getMessage(), e);
        }
        log.debug("Listed {}: {} inbox objects in {} pages", describe(), out.size(), pages);
        return out;
    }

    private BucketObject listed(S3Object object, String name) {
        long size = object.size() == null ? 0 : object.size();
        Instant modified = object.lastModified() == null ? Instant.EPOCH : object.lastModified();
        String eTag = S3Event.unquoteETag(object.eTag());
        // Without an ETag (rare stores), size and time are the next best cheap identity.
        String version = eTag != null ? eTag : size + "@" + modified.toEpochMilli();
        return new BucketObject(locationPrefix + object.key(), name, size, modified, version);
    }

    private static List<BucketObject> sorted(Iterable<BucketObject> objects) {
        List<BucketObject> out = new ArrayList<>();
        objects.forEach(out::add);
        out.sort(Comparator.comparing(BucketObject::modifiedAt).thenComparing(BucketObject::name));
        return out;
    }

    /** Applies one notification; called on the notification consumer's thread. */
    void onEvent(S3Event event) {
        if (!settings.bucket().equals(event.bucket())) {
            return;
        }
        Optional<String> name = keys.nameOf(event.key());
        if (name.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (event.kind() == S3Event.Kind.REMOVED) {
                known.remove(event.key());
                if (listingInProgress) {
                    createdDuringListing.remove(event.key());
                    removedDuringListing.add(event.key());
                }
                return;
            }
            if (event.eTag() == null || event.size() < 0) {
                // The event cannot tell which version it is about; only a listing can.
                fullListingRequested = true;
            } else {
                BucketObject object = new BucketObject(locationPrefix + event.key(), name.get(), event.size(),
                        event.eventTime() != null ? event.eventTime() : clock.instant(), event.eTag());
                known.put(event.key(), object);
                if (listingInProgress) {
                    createdDuringListing.put(event.key(), object);
                    removedDuringListing.remove(event.key());
                }
            }
        }
        changes.release();
    }

    @Override
    public InputStream open(BucketObject object) throws IOException {
        String key = keyOf(object);
        try {
            // A streaming response: the body is read from the connection as the parser consumes it.
            return s3.getObject(b -> b.bucket(settings.bucket()).key(key));
        } catch (SdkException e) {
            throw new IOException("Cannot read " + object.location() + ": " + e.getMessage(), e);
        }
    }

    /** S3 has no rename: copy to the folder under the prefix, then delete the original. */
    @Override
    public void moveTo(BucketObject object, String folder) throws IOException {
        String source = keyOf(object);
        String target = keys.keyIn(folder, object.name());
        try {
            s3.copyObject(b -> b.sourceBucket(settings.bucket()).sourceKey(source)
                    .destinationBucket(settings.bucket()).destinationKey(target));
            s3.deleteObject(b -> b.bucket(settings.bucket()).key(source));
        } catch (SdkException e) {
            throw new IOException("Cannot move " + object.location() + " to " + target + ": " + e.getMessage(), e);
        }
        forget(source);
    }

    @Override
    public void delete(BucketObject object) throws IOException {
        String key = keyOf(object);
        try {
            s3.deleteObject(b -> b.bucket(settings.bucket()).key(key));
        } catch (SdkException e) {
            throw new IOException("Cannot delete " + object.location() + ": " + e.getMessage(), e);
        }
        forget(key);
    }

    private void forget(String key) {
        synchronized (lock) {
            known.remove(key);
            createdDuringListing.remove(key);
            if (listingInProgress) {
                removedDuringListing.add(key);
            }
        }
    }

    private String keyOf(BucketObject object) throws IOException {
        if (!object.location().startsWith(locationPrefix)) {
            throw new IOException(object.location() + " is not in " + describe());
        }
        return object.location().substring(locationPrefix.length());
    }

    @Override
    public void awaitChange(Duration max) throws InterruptedException {
        if (changes.tryAcquire(Math.max(0, max.toMillis()), TimeUnit.MILLISECONDS)) {
            changes.drainPermits(); // one wake-up covers every event so far: the next list() sees them all
        }
    }

    @Override
    public String describe() {
        return locationPrefix + keys.prefix() + settings.notifications()
                .map(n -> " (notifications from topic " + n.topic() + ")").orElse("");
    }

    @Override
    public void close() {
        if (notifications != null) {
            notifications.close();
        }
        s3.close();
    }
}
