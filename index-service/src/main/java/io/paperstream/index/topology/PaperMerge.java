package io.paperstream.index.topology;

import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.IndexedPaper;
import io.paperstream.schemas.PaperSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Folds one enriched occurrence of a paper into what the index already holds. The result depends only
 * on the set of occurrences seen, not on their order or repetition, so replays leave the index unchanged.
 */
public final class PaperMerge {

    /** Newer enrichment rules win; with the same rules, the later enrichment wins. */
    static final Comparator<EnrichedPaper> ENRICHMENT_ORDER = Comparator
            .comparing(EnrichedPaper::getEnrichmentVersion, PaperMerge::compareVersions)
            .thenComparing(EnrichedPaper::getEnrichedAt);

    private PaperMerge() {
    }

    /**
     * @param previous what the index holds, or null for a paper seen for the first time
     * @param now      becomes updatedAt (and firstIndexedAt of a new paper)
     * @return {@code previous} itself when the occurrence adds nothing, so callers can skip writing
     */
    public static IndexedPaper merge(IndexedPaper previous, EnrichedPaper incoming, Instant now) {
        if (previous == null) {
            return new IndexedPaper(incoming, List.of(incoming.getSource()), now, now);
        }
        List<PaperSource> sources = new ArrayList<>(previous.getSources());
        boolean newSource = sources.stream().noneMatch(s -> sameEntry(s, incoming.getSource()));
        if (newSource) {
            sources.add(incoming.getSource());
            sources.sort(Comparator.comparing(PaperSource::getReportGeneratedAt,
                            Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(PaperSource::getReport).thenComparing(PaperSource::getEntry));
        }
        EnrichedPaper current = previous.getPaper();
        boolean newer = ENRICHMENT_ORDER.compare(incoming, current) > 0;
        if (!newSource && !newer) {
            return previous;
        }
        return new IndexedPaper(newer ? incoming : current, sources, previous.getFirstIndexedAt(), now);
    }

    /** One entry of one report; the same report file dropped twice is the same report id. */
    static boolean sameEntry(PaperSource a, PaperSource b) {
        return a.getReport().equals(b.getReport()) && a.getEntry() == b.getEntry();
    }

    /** Compares dotted versions numerically part by part (1.10 after 1.9); non-numeric parts as text. */
    static int compareVersions(String a, String b) {
        String[] left = Objects.requireNonNullElse(a, "").split("[.\\-+]");
        String[] right = Objects.requireNonNullElse(b, "").split("[.\\-+]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int c = l.matches("\\d{1,18}") && r.matches("\\d{1,18}")
                    ? Long.compare(Long.parseLong(l), Long.parseLong(r))
                    : l.compareTo(r);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
