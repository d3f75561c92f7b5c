package io.paperstream.enrich.entities;

import io.paperstream.enrich.PaperText;
import io.paperstream.enrich.text.DataFile;
import io.paperstream.enrich.text.TermMatcher;
import io.paperstream.enrich.text.AnalysedPaper;
import io.paperstream.enrich.text.AnalysedText;

import java.util.HashMap;
import java.util.Map;

/**
 * Picks the data modality a paper works on from weighted vocabulary in {@code /enrich/modalities.tsv};
 * the title counts three times. "general" when nothing is clearly mentioned.
 */
public final class ModalityClassifier {

    public static final String GENERAL = "general";
    private static final double TITLE_FACTOR = 3.0;
    private static final double MIN_EVIDENCE = 1.0;

    private record Vote(String modality, double weight) {
    }

    private final TermMatcher<Vote> matcher;

    private ModalityClassifier(TermMatcher<Vote> matcher) {
        this.matcher = matcher;
    }

    public static ModalityClassifier fromClasspath() {
        TermMatcher.Builder<Vote> builder = TermMatcher.builder();
        for (DataFile.Row row : DataFile.read("/enrich/modalities.tsv")) {
            Vote vote = new Vote(row.cell(0), row.number(1));
            row.list(2).forEach(term -> builder.add(term, vote));
        }
        return new ModalityClassifier(builder.build());
    }

    /** The modality dictionary, to be merged into a shared vocabulary. */
    public TermMatcher<?> matcher() {
        return matcher;
    }

    public String classify(PaperText paper) {
        return classify(AnalysedPaper.of(paper, matcher));
    }

    /** Classifies a paper analysed with a vocabulary that includes {@link #matcher()}. */
    public String classify(AnalysedPaper paper) {
        Map<String, Double> totals = new HashMap<>();
        add(totals, paper.title(), TITLE_FACTOR);
        add(totals, paper.brief(), 1.0);
        add(totals, paper.abstractText(), 1.0);
        return totals.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_EVIDENCE)
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(GENERAL);
    }

    private void add(Map<String, Double> totals, AnalysedText text, double factor) {
        TermMatcher.Matches<?> matches = text.matches();
        for (int i : matches.longest(payload -> payload instanceof Vote)) {
            Vote vote = (Vote) matches.payload(i);
            totals.merge(vote.modality(), vote.weight() * factor, Double::sum);
        }
    }
}
