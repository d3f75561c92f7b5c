package io.paperstream.index.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Statistics of one technique over a set of papers, built at query time from the counters of
 * {@link TechniqueCounters}; also what instances send each other. Speedups stay a multiset (value to
 * number of claims, bounded by the distinct values claimed) because the median of several instances
 * needs all of them; for reductions only the largest value per target is shown, and the largest of the
 * instances' largest values is exact, so that is all that travels.
 *
 * @param speedups       values of the papers' speedup claims, with how many claims have each
 * @param bestReductions per target, the largest reduction claimed
 */
public record TechniqueStats(String technique, long papers, long claims,
                             SortedMap<Double, Long> speedups,
                             SortedMap<String, Double> bestReductions) {

    /** Target of a reduction claim that does not name one. */
    public static final String UNSPECIFIED_TARGET = "unspecified";

    public TechniqueStats {
        Objects.requireNonNull(technique, "technique");
        speedups = new TreeMap<>(speedups == null ? Map.of() : speedups);
        bestReductions = new TreeMap<>(bestReductions == null ? Map.of() : bestReductions);
    }

    /**
     * Reads the counters of a technique-stats store partition, which come in key order and so grouped by
     * technique, into one statistics record per technique with papers.
     */
    public static List<TechniqueStats> fromCounters(KeyValueIterator<String, Long> counters) {
        List<TechniqueStats> out = new ArrayList<>();
        Builder current = null;
        while (counters.hasNext()) {
            KeyValue<String, Long> counter = counters.next();
            String technique = TechniqueCounters.techniqueOf(counter.key);
            if (current == null || !current.technique.equals(technique)) {
                addIfAny(out, current);
                current = new Builder(technique);
            }
            if (!TechniqueCounters.addTo(current, counter.key, counter.value)) {
                throw new IllegalStateException("Not a technique counter: " + counter.key.replace('\0', '|'));
            }
        }
        addIfAny(out, current);
        return out;
    }

    private static void addIfAny(List<TechniqueStats> out, Builder builder) {
        if (builder != null && builder.papers > 0) {
            out.add(builder.build());
        }
    }

    /** Statistics of the same technique over a disjoint set of papers added to these. */
    public TechniqueStats plus(TechniqueStats other) {
        TreeMap<Double, Long> mergedSpeedups = new TreeMap<>(speedups);
        other.speedups.forEach((value, count) -> mergedSpeedups.merge(value, count, Long::sum));
        TreeMap<String, Double> mergedReductions = new TreeMap<>(bestReductions);
        other.bestReductions.forEach((target, value) -> mergedReductions.merge(target, value, Math::max));
        return new TechniqueStats(technique, papers + other.papers, claims + other.claims, mergedSpeedups,
                mergedReductions);
    }

    public long speedupClaims() {
        return speedups.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The median of the speedup claims (mean of the middle two for an even count); null without any. */
    public Double medianSpeedup() {
        long count = speedupClaims();
        if (count == 0) {
            return null;
        }
        Double lower = nthSpeedup((count - 1) / 2);
        Double upper = nthSpeedup(count / 2);
        return (lower + upper) / 2;
    }

    private Double nthSpeedup(long index) {
        long seen = 0;
        for (Map.Entry<Double, Long> e : speedups.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("index " + index + " beyond " + seen + " claims");
    }

    public Double maxSpeedup() {
        return speedups.isEmpty() ? null : speedups.lastKey();
    }

    /** Adds up statistics of the same techniques computed over disjoint sets of papers. */
    public static Map<String, TechniqueStats> sum(Collection<TechniqueStats> parts) {
        Map<String, TechniqueStats> out = new TreeMap<>();
        for (TechniqueStats part : parts) {
            out.merge(part.technique(), part, TechniqueStats::plus);
        }
        return out;
    }

    /** Collects one technique's counters while its keys are scanned. */
    static final class Builder {
        final String technique;
        long papers;
        long claims;
        final TreeMap<Double, Long> speedups = new TreeMap<>();
        final TreeMap<String, Double> bestReductions = new TreeMap<>();

        Builder(String technique) {
            this.technique = technique;
        }

        TechniqueStats build() {
            return new TechniqueStats(technique, papers, claims, speedups, bestReductions);
        }
    }
}
