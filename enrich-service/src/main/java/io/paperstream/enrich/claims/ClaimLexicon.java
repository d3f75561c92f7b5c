package io.paperstream.enrich.claims;

import io.paperstream.enrich.text.DataFile;
import io.paperstream.enrich.text.TermMatcher;

import java.util.List;
import java.util.Set;

/** The words around numbers that {@link ClaimExtractor} reads, from {@code /enrich/claim-lexicon.tsv}. */
public final class ClaimLexicon {

    public static final Set<String> KINDS = Set.of("speedup", "reduction", "improvement", "score", "compression-ratio");

    /** What a phrase near a number says about it. */
    public sealed interface Cue permits KindCue, Approx, Target, Setting, Joiner, Marker {
    }

    /**
     * A word naming the kind of result. {@code retention} marks words that say something was kept
     * ("retains", "保留"): with an accuracy target the number is then a score, not a compression ratio.
     */
    public record KindCue(String kind, boolean retention) implements Cue {
    }

    public record Approx() implements Cue {
    }

    public record Target(String name) implements Cue {
    }

    /**
     * A word that, right after a number, makes it a setting ("50% sparsity", "4-bit"). With
     * {@code measuresRatio}, the same word elsewhere in the clause names what the number measures
     * ("reaches a sparsity of 90%", "90%的极端稀疏度"): a compression ratio.
     */
    public record Setting(boolean measuresRatio) implements Cue {
    }

    /**
     * A word joining two parts of a clause. A {@code conjunction} ("and", "while", "和", "而")
     * separates a kind word from a number on its other side; a {@code coordination} ("and", "/",
     * ",", "、") lets two numbers share one kind word.
     */
    public record Joiner(boolean conjunction, boolean coordination) implements Cue {
    }

    /** What a sentence-level word says about the numbers near it. */
    public enum Role {
        /** Names the baseline: a number right after it is the baseline's, not the paper's ("基线18.1%"). */
        BASELINE,
        /** Names prior work ("existing", "conventional", "现有"). */
        PRIOR,
        /** Marks a shortcoming ("however", "fail", "难以"). */
        PROBLEM,
        /** Names the paper's own work ("we", "our", "本文"). */
        OWN,
        /** Says which parameters are trained ("fine-tunes", "微调"): a fraction of parameters after it is a setting. */
        TUNED,
        /** Opens the other side of a comparison ("compared with", "versus"): a number right after it is the other's. */
        COMPARISON,
        /** Names a device ("GPU", "显卡"): a memory size right before it is the device's capacity, a setting. */
        DEVICE,
        /** Names a model's quality ("performance", "性能"): a share of it that was kept is a score, not a compression ratio. */
        QUALITY,
        /** Names a loss of quality ("gap", "差距", "drop"): the level it is brought to is a reduction, not a score. */
        GAP,
        /** Turns a sentence to another system ("whereas"): its numbers are that system's. */
        CONTRAST
    }

    /** A word read at sentence level; it never hides a kind or target word that overlaps it. */
    public record Marker(Role role) implements Cue {
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
                    checkKind(row);
                    KindCue cue = new KindCue(row.cell(1), false);
                    row.list(2).forEach(p -> builder.add(p, cue));
                }
                case "retain" -> {
                    checkKind(row);
                    KindCue cue = new KindCue(row.cell(1), true);
                    row.list(2).forEach(p -> builder.add(p, cue));
                }
                case "approx" -> row.list(1).forEach(p -> builder.add(p, new Approx()));
                case "target" -> {
                    Target cue = new Target(row.cell(1));
                    row.list(2).forEach(p -> builder.add(p, cue));
                }
                case "setting" -> row.list(1).forEach(p -> builder.add(p, new Setting(false)));
                case "sparsity" -> row.list(1).forEach(p -> builder.add(p, new Setting(true)));
                case "conjunction" -> row.list(1).forEach(p -> builder.add(p, new Joiner(true, false)));
                case "coordination" -> row.list(1).forEach(p -> builder.add(p, new Joiner(false, true)));
                case "baseline" -> row.list(1).forEach(p -> builder.add(p, new Marker(Role.BASELINE)));
                case "prior" -> row.list(1).forEach(p -> builder.add(p, new Marker(Role.PRIOR)));
                case "problem" -> row.list(1).forEach(p -> builder.add(p, new Marker(Role.PROBLEM)));
                case "own" -> row.list(1).forEach(p -> builder.add(p, new Marker(Role.OWN)));
                case "tuned" -> row.list(1).forEach(p -> builder.add(p, new Marker(Role.TUNED)));
                case "comparison" -> row.list(1).forEach(p -> builder.add(p, new Marker(Role.COMPARISON)));
                case "quality" -> row.list(1).forEach(p -> builder.add(p, new Marker(Role.QUALITY)));
                case "device" -> row.list(1).forEach(p -> builder.add(p, new Marker(Role.DEVICE)));
                case "gap" -> row.list(1).forEach(p -> builder.add(p, new Marker(Role.GAP)));
                case "contrast" -> row.list(1).forEach(p -> builder.add(p, new Marker(Role.CONTRAST)));
                default -> throw new IllegalArgumentException(
                        row.file() + ":" + row.line() + ": unknown record type " + row.cell(0));
            }
        }
        return new ClaimLexicon(builder.build());
    }

    private static void checkKind(DataFile.Row row) {
        if (!KINDS.contains(row.cell(1))) {
            throw new IllegalArgumentException(row.file() + ":" + row.line() + ": unknown kind " + row.cell(1));
        }
    }

    public TermMatcher<Cue> matcher() {
        return matcher;
    }
}
