package io.paperstream.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

/** Where reports are dropped: a local folder or an S3-compatible bucket. */
public interface Bucket extends AutoCloseable {

    /** The files ready to be considered: hidden and temporary files are left out. */
    List<BucketObject> list() throws IOException;

    InputStream open(BucketObject object) throws IOException;

    /** Moves a file into a sub-folder (prefix) of the bucket, e.g. processed/ or failed/. */
    void moveTo(BucketObject object, String folder) throws IOException;

    void delete(BucketObject object) throws IOException;

    /** Blocks until the bucket may have changed, or at most {@code max}. */
    void awaitChange(Duration max) throws InterruptedException;

    /** Human-readable description for logs, e.g. the folder path or s3://bucket/prefix. */
    String describe();

    @Override
    void close();

    /** Names of files that are still being written or are not meant for us. */
    static boolean isIgnoredName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return name.isEmpty() || name.startsWith(".") || name.startsWith("~") || name.endsWith("~")
                || lower.endsWith(".part") || lower.endsWith(".tmp") || lower.endsWith(".crdownload")
                || lower.endsWith(".swp");
    }
}
