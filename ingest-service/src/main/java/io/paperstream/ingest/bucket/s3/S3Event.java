package io.paperstream.ingest.bucket.s3;

import java.time.Instant;

/**
 * One object event from an S3 bucket notification, key already URL-decoded. {@code size} is -1 and {@code eTag}
 * null when the notification did not carry them (removals, MinIO's short form); {@code eventTime} may be null.
 */
public record S3Event(Kind kind, String bucket, String key, long size, String eTag, Instant eventTime) {

    public enum Kind {
        CREATED, REMOVED
    }

    /** Listings quote ETags ({@code "abc"}), notifications usually do not: compare them without quotes. */
    public static String unquoteETag(String eTag) {
        if (eTag == null) {
            return null;
        }
        String e = eTag.trim();
        if (e.startsWith("W/")) {
            e = e.substring(2);
        }
        if (e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"")) {
            e = e.substring(1, e.length() - 1);
        }
        return e.isEmpty() ? null : e;
    }
}
