package io.paperstream.index.query;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStorePartitionException;
import org.apache.kafka.streams.errors.StateStoreMigratedException;
import org.apache.kafka.streams.errors.StateStoreNotAvailableException;
import org.apache.kafka.streams.errors.StreamsNotStartedException;
import org.apache.kafka.streams.errors.StreamsRebalancingException;

/** Repeats a query, with growing pauses, while the failure is one a rebalance or restart explains. */
public final class QueryRetry {

    /** Failures that pass once partitions settle; anything else (an unknown store, a bug) is not retried. */
    private static final List<Class<? extends RuntimeException>> TRANSIENT = List.of(
            StreamsNotStartedException.class,
            StreamsRebalancingException.class,
            StateStoreMigratedException.class,
            StateStoreNotAvailableException.class,
            InvalidStateStorePartitionException.class,
            PeerClient.PeerUnavailableException.class);

    private static final long FIRST_PAUSE_MS = 50;
    private static final long MAX_PAUSE_MS = 1000;

    private final Duration timeout;

    public QueryRetry(Duration timeout) {
        this.timeout = timeout;
    }

    public static boolean isTransient(Throwable e) {
        return TRANSIENT.stream().anyMatch(type -> type.isInstance(e));
    }

    /** @throws IndexUnavailableException when transient failures last beyond the timeout */
    public <T> T call(Supplier<T> attempt) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_MS;
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMs <= 0) {
                    throw new IndexUnavailableException("index not available: " + e.getMessage(), e);
                }
                sleep(Math.min(pause, remainingMs));
                pause = Math.min(pause * 2, MAX_PAUSE_MS);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexUnavailableException("interrupted while waiting for the index", e);
        }
    }
}
