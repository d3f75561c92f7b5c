package io.paperstream.index.topology;

import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.MetricClaim;
import io.paperstream.schemas.TechniqueLabel;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongBinaryOperator;

/**
 * Statistics of one technique over a set of papers. Claim values are kept as multisets (value to number
 * of claims) rather than as a running median or maximum: a re-enriched paper's old contribution can then
 * be subtracted exactly, and the statistics of several partitions or instances add up exactly.
 *
 * @param speedups   values of the papers' speedup claims
 * @param reductions per target, values of the papers' reduction claims
 */
public record TechniqueStats(String technique, long papers, long claims,
                             SortedMap<Double, Long> speedups,
                             SortedMap<String, SortedMap<Double, Long>> reductions) {

    /** Target of a reduction claim that does not name one. */
    public static final String UNSPECIFIED_TARGET = "unspecified";

    public TechniqueStats {
        Objects.requireNonNull(technique, "technique");
        speedups = new TreeMap<>(speedups == null ? Map.of() : speedups);
        TreeMap<String, SortedMap<Double, Long>> copy = new TreeMap<>();
        if (reductions != null) {
            reductions.forEach((target, values) -> copy.put(target, new TreeMap<>(values)));
        }
        reductions = copy;
    }

    public static TechniqueStats empty(String technique) {
        return new TechniqueStats(technique, 0, 0, null, null);
    }

    /** What one paper adds to each of its techniques; empty for a null paper. */
    public static Map<String, TechniqueStats> contributionsOf(EnrichedPaper paper) {
        Map<String, TechniqueStats> out = new LinkedHashMap<>();
        if (paper == null) {
            return out;
        }
        TreeMap<Double, Long> speedups = new TreeMap<>();
        TreeMap<String, SortedMap<Double, Long>> reductions = new TreeMap<>();
        for (MetricClaim claim : paper.getClaims()) {
            if (!Double.isFinite(claim.getValue())) {
                continue;
            }
            if ("speedup".equals(claim.getKind())) {
                speedups.merge(claim.getValue(), 1L, Long::sum);
            } else if ("reduction".equals(claim.getKind())) {
                String target = claim.getTarget() == null || claim.getTarget().isBlank()
                        ? UNSPECIFIED_TARGET : claim.getTarget();
                reductions.computeIfAbsent(target, t -> new TreeMap<>()).merge(claim.getValue(), 1L, Long::sum);
            }
        }
        for (TechniqueLabel label : paper.getTechniques()) {
            out.putIfAbsent(label.getId(), new TechniqueStats(label.getId(), 1, paper.getClaims().size(),
                    speedups, reductions));
        }
        return out;
    }

    public TechniqueStats plus(TechniqueStats other) {
        return combine(other, Long::sum);
    }

    /** Removes a contribution added before; counts that reach zero disappear. */
    public TechniqueStats minus(TechniqueStats other) {
        return combine(other, (a, b) -> a - b);
    }

    private TechniqueStats combine(TechniqueStats other, LongBinaryOperator op) {
        if (other == null) {
            return this;
        }
        TreeMap<String, SortedMap<Double, Long>> mergedReductions = new TreeMap<>(reductions);
        other.reductions.forEach((target, values) -> {
            SortedMap<Double, Long> merged = combineCounts(mergedReductions.getOrDefault(target, new TreeMap<>()),
                    values, op);
            if (merged.isEmpty()) {
                mergedReductions.remove(target);
            } else {
                mergedReductions.put(target, merged);
            }
        });
        return new TechniqueStats(technique, op.applyAsLong(papers, other.papers), op.applyAsLong(claims, other.claims),
                combineCounts(speedups, other.speedups, op), mergedReductions);
    }

    private static SortedMap<Double, Long> combineCounts(SortedMap<Double, Long> left, SortedMap<Double, Long> right,
                                                         LongBinaryOperator op) {
        TreeMap<Double, Long> out = new TreeMap<>(left);
        right.forEach((value, count) -> {
            long combined = op.applyAsLong(out.getOrDefault(value, 0L), count);
            if (combined > 0) {
                out.put(value, combined);
            } else {
                out.remove(value);
            }
        });
        return out;
    }

    /** False once every paper has been subtracted; such statistics are deleted, not stored. */
    public boolean hasPapers() {
        return papers > 0;
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

    /** The largest reduction claimed for each target. */
    public SortedMap<String, Double> bestReductions() {
        SortedMap<String, Double> out = new TreeMap<>();
        reductions.forEach((target, values) -> out.put(target, values.lastKey()));
        return out;
    }

    /** Adds up statistics of the same techniques computed over disjoint sets of papers. */
    public static Map<String, TechniqueStats> sum(Collection<TechniqueStats> parts) {
        Map<String, TechniqueStats> out = new TreeMap<>();
        for (TechniqueStats part : parts) {
            out.merge(part.technique(), part, TechniqueStats::plus);
        }
        return out;
    }
}
