package io.paperstream.ingest;

import io.paperstream.runtime.Settings;
import java.time.Duration;
import java.util.Locale;

/** ingest-service settings, read once; see ingest.properties for defaults and docs/operations.md. */
public record IngestOptions(
        long maxFileBytes,
        Duration settle,
        Duration rescanInterval,
        int maxAttempts,
        Duration retryBackoff,
        Cleanup onSuccess,
        Cleanup onFailure,
        String transactionalId,
        int batchMaxFiles,
        long batchMaxBytes) {

    public IngestOptions {
        if (batchMaxFiles < 1) {
            throw new IllegalArgumentException("Setting 'ingest.batch.max.files' must be at least 1, got " + batchMaxFiles);
        }
        if (batchMaxBytes < 1) {
            throw new IllegalArgumentException("Setting 'ingest.batch.max.bytes' must be at least 1, got " + batchMaxBytes);
        }
    }

    /** What happens to a file once it has been handled. */
    public enum Cleanup {
        KEEP, MOVE, DELETE;

        static Cleanup parse(String key, String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Setting '" + key + "' must be keep, move or delete, got '"
                        + value + "'");
            }
        }
    }

    public static final String PROCESSED_FOLDER = "processed";
    public static final String FAILED_FOLDER = "failed";

    public static IngestOptions from(Settings s) {
        return new IngestOptions(
                s.getLong("ingest.max.file.bytes", 64L * 1024 * 1024),
                s.getDuration("ingest.settle", Duration.ofMillis(100)),
                s.getDuration("ingest.rescan.interval", Duration.ofSeconds(5)),
                s.getInt("ingest.max.attempts", 3),
                s.getDuration("ingest.retry.backoff", Duration.ofSeconds(10)),
                Cleanup.parse("ingest.cleanup.on.success", s.get("ingest.cleanup.on.success", "keep")),
                Cleanup.parse("ingest.cleanup.on.failure", s.get("ingest.cleanup.on.failure", "keep")),
                s.get("ingest.transactional.id", "paperstream-ingest-0"),
                s.getInt("ingest.batch.max.files", 20),
                s.getLong("ingest.batch.max.bytes", 8L * 1024 * 1024));
    }
}
