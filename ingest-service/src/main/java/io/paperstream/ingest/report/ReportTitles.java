package io.paperstream.ingest.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
  * The entry titles of one report, each freed of noise once: a report writes every title twice (brief and
  * details), and both the joiner and the judge clean it. Only the evidence-free part of cleaning is kept here;
  * the judge repairs hyphens with each paper's own words.
  */
final class ReportTitles {
    private final Map<String, String> noiseFree = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();

    /** {@link TitleCleaner#withoutNoise} of the raw title. */
    String noiseFree(String rawTitle) {
        return noiseFree.computeIfAbsent(rawTitle, TitleCleaner::withoutNoise);
    }

    /** The title cleaned without evidence and folded ({@link PaperIds#fold}): what the joiner compares. */
    String folded(String rawTitle) {
        return folded.computeIfAbsent(rawTitle, raw -> PaperIds.fold(TitleCleaner.repairHyphens(noiseFree(raw), List.of())));
    }
}
