package io.paperstream.ingest.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
  * The entry titles of one report, each freed of noise once: a report writes every title twice (brief and
  * details), and both the joiner and the judge clean it. Only the evidence-free part of cleaning is kept here;
  * the judge repairs hyphens with each paper's own words, and asks the vocabularies only about the keys kept here.
  */
final class ReportTitles {
    private final Map<String, String> noiseFree = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();
    private final Map<String, Set<String>> evidenceKeys = new HashMap<>();

    /** {@link TitleCleaner#withoutNoise} of the raw title. */
    String noiseFree(String rawTitle) {
        return noiseFree.computeIfAbsent(rawTitle, TitleCleaner::withoutNoise);
    }

    /** The title cleaned without evidence and folded ({@link PaperIds#fold}): what the joiner compares. */
    String folded(String rawTitle) {
        return folded.computeIfAbsent(rawTitle, raw -> PaperIds.fold(TitleCleaner.repairHyphens(noiseFree(raw), List.of())));
    }

    /** {@link TitleCleaner#evidenceKeys} of the noise-free title: what cleaning it may ask a vocabulary. */
    Set<String> evidenceKeys(String rawTitle) {
        return evidenceKeys.computeIfAbsent(rawTitle, raw -> TitleCleaner.evidenceKeys(noiseFree(raw)));
    }

    /** The evidence keys of all the entries' titles: all that cleaning them may ask the report's vocabulary. */
    Set<String> evidenceKeys(List<JoinedEntry> entries) {
        Set<String> keys = new HashSet<>();
        for (JoinedEntry entry : entries) {
            keys.addAll(evidenceKeys(entry.rawTitle()));
        }
        return keys;
    }
}
