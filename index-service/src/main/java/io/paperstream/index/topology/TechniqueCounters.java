package io.paperstream.index.topology;

import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.MetricClaim;
import io.paperstream.schemas.TechniqueLabel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Layout of the technique-stats store: one small counter per key, so indexing a paper writes only the
 * counters its claims touch and no value grows with the corpus.
 *
 * <pre>
 * {@code <technique>\0papers}                       papers with the technique
 * {@code <technique>\0claims}                       claims of those papers (all kinds)
 * {@code <technique>\0speedup\0<value>}             speedup claims with that value
 * {@code <technique>\0reduction\0<target>\0<value>} reduction claims of that target with that value
 * </pre>
 *
 * {@code <value>} is the double in an order-preserving 16-hex-digit form, so a technique's keys come in
 * ascending value order and a prefix scan reads the speedup multiset sorted (median = walk to the middle
 * count). U+0000 separates the parts, so it is removed from technique ids and targets.
 */
public final class TechniqueCounters {

    static final char SEPARATOR = '\u0000';
    private static final String PAPERS = "papers";
    private static final String CLAIMS = "claims";
    private static final String SPEEDUP = "speedup";
    private static final String REDUCTION = "reduction";
    private static final int VALUE_LENGTH = 16;

    private TechniqueCounters() {
    }

    /** Every counter of one technique starts with this. */
    public static String prefix(String technique) {
        return clean(technique) + SEPARATOR;
    }

    static String papersKey(String technique) {
        return prefix(technique) + PAPERS;
    }

    static String claimsKey(String technique) {
        return prefix(technique) + CLAIMS;
    }

    static String speedupKey(String technique, double value) {
        return prefix(technique) + SPEEDUP + SEPARATOR + sortable(value);
    }

    static String reductionKey(String technique, String target, double value) {
        return prefix(technique) + REDUCTION + SEPARATOR + clean(target) + SEPARATOR + sortable(value);
    }

    /** The counters a paper adds, by key; empty for a null paper. */
    public static Map<String, Long> contributionOf(EnrichedPaper paper) {
        Map<String, Long> out = new HashMap<>();
        if (paper == null || paper.getTechniques().isEmpty()) {
            return out;
        }
        Set<String> techniques = new HashSet<>();
        for (TechniqueLabel label : paper.getTechniques()) {
            techniques.add(label.getId());
        }
        long claims = paper.getClaims().size();
        for (String technique : techniques) {
            out.merge(papersKey(technique), 1L, Long::sum);
            if (claims > 0) {
                out.merge(claimsKey(technique), claims, Long::sum);
            }
            for (MetricClaim claim : paper.getClaims()) {
                if (!Double.isFinite(claim.getValue())) {
                    continue;
                }
                if (SPEEDUP.equals(claim.getKind())) {
                    out.merge(speedupKey(technique, claim.getValue()), 1L, Long::sum);
                } else if (REDUCTION.equals(claim.getKind())) {
                    out.merge(reductionKey(technique, targetOf(claim), claim.getValue()), 1L, Long::sum);
                }
            }
        }
        return out;
    }

    /**
     * What the counters must change by when a paper's enrichment goes from {@code before} to {@code after}:
     * only keys whose count differs, so an unchanged claim costs no write.
     */
    public static Map<String, Long> change(EnrichedPaper before, EnrichedPaper after) {
        Map<String, Long> delta = contributionOf(after);
        contributionOf(before).forEach((key, count) -> delta.merge(key, -count, Long::sum));
        delta.values().removeIf(count -> count == 0);
        return delta;
    }

    private static String targetOf(MetricClaim claim) {
        return claim.getTarget() == null || claim.getTarget().isBlank()
                ? TechniqueStats.UNSPECIFIED_TARGET : claim.getTarget();
    }

    /**
     * Adds one counter read back from the store to the statistics being built for its technique.
     *
     * @return false when the key is not a counter of this layout
     */
    static boolean addTo(TechniqueStats.Builder stats, String key, long count) {
        int afterTechnique = key.indexOf(SEPARATOR);
        if (afterTechnique < 0) {
            return false;
        }
        String rest = key.substring(afterTechnique + 1);
        if (rest.equals(PAPERS)) {
            stats.papers += count;
        } else if (rest.equals(CLAIMS)) {
            stats.claims += count;
        } else if (rest.startsWith(SPEEDUP + SEPARATOR)) {
            stats.speedups.merge(valueOf(rest.substring(SPEEDUP.length() + 1)), count, Long::sum);
        } else if (rest.startsWith(REDUCTION + SEPARATOR) && rest.length() > REDUCTION.length() + 1 + VALUE_LENGTH) {
            String target = rest.substring(REDUCTION.length() + 1, rest.length() - VALUE_LENGTH - 1);
            double value = valueOf(rest.substring(rest.length() - VALUE_LENGTH));
            stats.bestReductions.merge(target, value, Math::max);
        } else {
            return false;
        }
        return true;
    }

    /** The technique id a counter key belongs to. */
    static String techniqueOf(String key) {
        int end = key.indexOf(SEPARATOR);
        return end < 0 ? key : key.substring(0, end);
    }

    /**
     * 16 hex digits whose string order is the numeric order of the doubles: the IEEE bits with the sign bit
     * flipped for positives and all bits flipped for negatives.
     */
    static String sortable(double value) {
        long bits = Double.doubleToLongBits(value);
        long ordered = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
        String hex = Long.toHexString(ordered);
        return "0".repeat(VALUE_LENGTH - hex.length()) + hex;
    }

    static double valueOf(String sortable) {
        long ordered = Long.parseUnsignedLong(sortable, 16);
        long bits = ordered < 0 ? ordered ^ Long.MIN_VALUE : ~ordered;
        return Double.longBitsToDouble(bits);
    }

    private static String clean(String part) {
        return part.indexOf(SEPARATOR) < 0 ? part : part.replace(String.valueOf(SEPARATOR), "");
    }
}
