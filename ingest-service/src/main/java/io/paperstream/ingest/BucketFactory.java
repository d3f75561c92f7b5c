package io.paperstream.ingest;

import io.paperstream.ingest.bucket.Bucket;
import io.paperstream.ingest.bucket.LocalFolderBucket;
import io.paperstream.runtime.Settings;
import java.nio.file.Path;
import java.util.Locale;

/** Chooses the bucket from {@code ingest.source}: {@code local} (default) or {@code s3}. */
final class BucketFactory {

    private BucketFactory() {
    }

    static Bucket from(Settings settings) {
        String source = settings.get("ingest.source", "local").toLowerCase(Locale.ROOT);
        return switch (source) {
            case "local" -> new LocalFolderBucket(Path.of(settings.get("ingest.inbox", "./inbox")));
            default -> throw new IllegalArgumentException("Setting 'ingest.source' must be local or s3, got '"
                    + source + "'");
        };
    }
}
