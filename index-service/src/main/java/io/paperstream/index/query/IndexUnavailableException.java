package io.paperstream.index.query;

/**
 * The index cannot answer now (rebalance, restoring stores, an unreachable owner) and did not recover
 * within the query timeout; answered with 503 and Retry-After.
 */
public final class IndexUnavailableException extends RuntimeException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
