package io.paperstream.enrich.claims;

import io.paperstream.enrich.text.DataFile;
import io.paperstream.enrich.text.TermMatcher;

import java.util.List;
import java.util.Set;

/** The words around numbers that {@link ClaimExtractor} reads, from {@code /enrich/claim-lexicon.tsv}. */
public final class ClaimLexicon {

    public static final Set<String> KINDS = Set.of("speedup", "reduction", "improvement", "score", "compression-ratio");

    /** What a phrase near a number says about it. */
    public sealed interface Cue permits KindCue, Approx, Target, Setting {
    }

    public record KindCue(String kind) implements Cue {
    }

    public record Approx() implements Cue {
    }

    public record Target(String name) implements Cue {
    }

    public record Setting() implements Cue {
    }

    private final TermMatcher<Cue> matcher;

    private ClaimLexicon(TermMatcher<Cue> matcher) {
        this.matcher = matcher;
    }

    public static ClaimLexicon fromClasspath() {
        return fromRows(DataFile.read("/enrich/claim-lexicon.tsv"));
    }

    public static ClaimLexicon fromRows(List<DataFile.Row> rows) {
        TermMatcher.Builder<Cue> builder = TermMatcher.builder();
        for (DataFile.Row row : rows) {
            switch (row.cell(0)) {
                case "kind" -> {
                    if (!KINDS.contains(row.cell(1))) {
                        throw new IllegalArgumentException(row.file() + ":" + row.line() + ": unknown kind " + row.cell(1));
                    }
                    KindCue cue = new KindCue(row.cell(1));
                    row.list(2).forEach(p -> builder.add(p, cue));
                }
                case "approx" -> row.list(1).forEach(p -> builder.add(p, new Approx()));
                case "target" -> {
                    Target cue = new Target(row.cell(1));
                    row.list(2).forEach(p -> builder.add(p, cue));
                }
                case "setting" -> row.list(1).forEach(p -> builder.add(p, new Setting()));
                default -> throw new IllegalArgumentException(
                        row.file() + ":" + row.line() + ": unknown record type " + row.cell(0));
            }
        }
        return new ClaimLexicon(builder.build());
    }

    public TermMatcher<Cue> matcher() {
        return matcher;
    }
}
