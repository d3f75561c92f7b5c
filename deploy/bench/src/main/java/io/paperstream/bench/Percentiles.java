package io.paperstream.bench;

import java.util.Arrays;

/** Latency figures the simple way: every sample kept in an array, sorted once, read by nearest rank. */
final class Percentiles {

    private final long[] sortedNanos;

    private Percentiles(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    /** Takes the first {@code count} samples (nanoseconds) of {@code samples}; the array is copied. */
    static Percentiles of(long[] samples, int count) {
        long[] copy = Arrays.copyOf(samples, count);
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    int count() {
        return sortedNanos.length;
    }

    /** Nearest-rank percentile in milliseconds; NaN without samples. */
    double millis(double percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    double maxMillis() {
        return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
    }
}
