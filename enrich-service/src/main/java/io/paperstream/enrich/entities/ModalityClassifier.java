package io.paperstream.enrich.entities;

import io.paperstream.enrich.PaperText;
import io.paperstream.enrich.text.DataFile;
import io.paperstream.enrich.text.TermMatcher;
import io.paperstream.enrich.text.AnalysedPaper;
import io.paperstream.enrich.text.AnalysedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the data modality a paper works on from weighted vocabulary in {@code /enrich/modalities.tsv};
 * the title counts three times. "general" when nothing is clearly mentioned.
 */
public final class ModalityClassifier {

    public static final String GENERAL = "general";
    private static final double TITLE_FACTOR = 3.0;
    private static final double MIN_EVIDENCE = 1.0;

    /** A term's vote: the index of its modality in {@link #modalities}, and how much it counts. */
    private record Vote(int modality, double weight) {
    }

    private final TermMatcher<Vote> matcher;
    /** The modalities in the order the data file names them first. */
    private final List<String> modalities;

    private ModalityClassifier(TermMatcher<Vote> matcher, List<String> modalities) {
        this.matcher = matcher;
        this.modalities = modalities;
    }

    public static ModalityClassifier fromClasspath() {
        TermMatcher.Builder<Vote> builder = TermMatcher.builder();
        List<String> modalities = new ArrayList<>();
        for (DataFile.Row row : DataFile.read("/enrich/modalities.tsv")) {
            int modality = modalities.indexOf(row.cell(0));
            if (modality < 0) {
                modality = modalities.size();
                modalities.add(row.cell(0));
            }
            Vote vote = new Vote(modality, row.number(1));
            row.list(2).forEach(term -> builder.add(term, vote));
        }
        return new ModalityClassifier(builder.build(), List.copyOf(modalities));
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
        double[] totals = new double[modalities.size()];
        add(totals, paper.title(), TITLE_FACTOR);
        add(totals, paper.brief(), 1.0);
        add(totals, paper.abstractText(), 1.0);
        // the heaviest modality with enough evidence; at equal weight the one whose name sorts last
        int best = -1;
        for (int m = 0; m < totals.length; m++) {
            if (totals[m] >= MIN_EVIDENCE && (best < 0 || Double.compare(totals[m], totals[best]) > 0
                    || totals[m] == totals[best] && modalities.get(m).compareTo(modalities.get(best)) > 0)) {
                best = m;
            }
        }
        return best < 0 ? GENERAL : modalities.get(best);
    }

    private void add(double[] totals, AnalysedText text, double factor) {
        TermMatcher.Matches<?> matches = text.matches();
        for (int i : matches.longest(payload -> payload instanceof Vote)) {
            Vote vote = (Vote) matches.payload(i);
            totals[vote.modality()] += vote.weight() * factor;
        }
    }
}
