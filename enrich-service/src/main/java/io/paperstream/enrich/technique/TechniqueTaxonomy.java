package io.paperstream.enrich.technique;

import io.paperstream.enrich.text.DataFile;
import io.paperstream.enrich.text.TermMatcher;
import io.paperstream.enrich.text.TextFolding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The technique taxonomy and its vocabulary, read from {@code /enrich/techniques.tsv}
 * (format in docs/enrichment.md). Every phrase lands in one matcher so a paper is scanned once.
 */
public final class TechniqueTaxonomy {

    /** What a matched phrase means for classification. */
    public sealed interface Cue
            permits Term, JointPart, OtherSense, Baseline, OwnWork, Suppressor, Fallback, Context, Survey {
    }

    /**
     * Evidence for a label, with its weight in [0, 1]; {@code index} is the label's place in {@link #labels()}.
     * A {@code firm} term names the technique even in a paper about a topic that suppresses the label's other
     * terms ("token-adaptive expert counts" in a mixture-of-experts paper, whose routing words are not
     * dynamic inference). A {@code titleOnly} term counts in the title alone: "… with Fused Sparse Kernels"
     * names a contribution there, while an abstract's kernels are as often a baseline's or a setting's.
     */
    public record Term(int index, double weight, boolean firm, boolean titleOnly) implements Cue {
    }

    /**
     * One side of a joint term: a mechanism named in two phrases that say little alone ("guesses" and
     * "checks all guesses in one forward pass", "跳过剩余层" and "趋于稳定"). Found together in one
     * sentence (in a brief, one part of it), they count as a term of {@code weight} for the label at
     * {@code index}. {@code ordinal} is the joint record's place in the file's joint records, {@code
     * second} which of its two phrase lists matched.
     */
    public record JointPart(int ordinal, int index, double weight, boolean second) implements Cue {
    }

    /**
     * A phrase in which the label's terms mean something else ("量化分析", "search space pruning");
     * {@code index} is the label's place in {@link #labels()}, or {@link #ANY_LABEL} for "*".
     */
    public record OtherSense(int index) implements Cue {
        static final int ANY_LABEL = -1;

        /** Whether the terms of the label at {@code labelIndex} mean something else in this phrase. */
        boolean covers(int labelIndex) {
            return index == labelIndex || index == ANY_LABEL;
        }
    }

    /** Introduces a baseline or related work ("compared with", "existing", "优于"). */
    public record Baseline() implements Cue {
    }

    /** In a title, makes the paper a survey ("A Survey on …", "综述"): it covers techniques and contributes none. */
    public record Survey() implements Cue {
    }

    /** Introduces the paper's own contribution ("we propose", "本文"). */
    public record OwnWork() implements Cue {
    }

    /**
     * A topic in which the label's terms name something that is not the technique (federated
     * distillation). When the topic is itself a technique ("token pruning" for pruning words),
     * {@code describesIndex} names it, and the suppressed evidence counts for that label instead.
     * {@code ordinal} is the record's place in {@link #suppressors()}.
     */
    public record Suppressor(int ordinal, int index, int describesIndex) implements Cue {
        static final int NONE = -1;
    }

    /**
     * A topic the label at {@code index} needs: a paper that mentions none of its label's context
     * phrases does not get the label, whatever its terms say ("token caching" accelerates a
     * diffusion model only in a paper about diffusion models).
     */
    public record Context(int index) implements Cue {
    }

    /**
     * A phrase about what the paper's own design costs ("fewer parameters", "计算量"). A paper no
     * label qualifies for, which mentions such phrases at least {@code minMentions} times, gets the
     * label at {@code index}: it proposes a design and measures its cost, but names no technique.
     * {@code ordinal} is the record's place in {@link #fallbacks()}.
     */
    public record Fallback(int ordinal, int index, int minMentions) implements Cue {
    }

    /**
     * Labels found together, {@code first} is the main technique even when {@code second} scores
     * higher: the paper applies {@code second} to {@code first}'s object (a quantized KV cache is a
     * KV cache paper first). Both are indexes into {@link #labels()}.
     */
    /**
     * A pattern read in the title only, for what a phrase list cannot say: "A 50K-Parameter MLP",
     * "Sub-1MB Speech Recognition" name a small model whatever digits stand before the unit.
     */
    public record TitlePattern(int index, double weight, Pattern pattern) {
    }

    public record Precedence(int first, int second) {
    }

    private final Map<String, String> descriptions;
    /** Label ids in the order the file declares them; classification works on their indexes. */
    private final List<String> labels;
    private final List<Suppressor> suppressors;
    private final List<Precedence> precedences;
    private final List<Fallback> fallbacks;
    private final List<TitlePattern> titlePatterns;
    /** Endings of a title's word that name a benchmark ("MT-KVBench", "EffBench-2026"), as folded. */
    private final List<String> surveySuffixes;
    /** By label and main label, whether the label is incidental under that main one (see {@link #isIncidental}). */
    private final boolean[][] incidentalUnder;
    /**
     * By label and main label, the score at which the label accompanies that main one (see {@link #isCompanion}),
     * or infinity where it does not.
     */
    private final double[][] companionScore;
    /** Per label, whether it has context records (see {@link Context}). */
    private final boolean[] needsContext;
    private final TermMatcher<Cue> matcher;

    private TechniqueTaxonomy(Map<String, String> descriptions, List<String> labels, List<Suppressor> suppressors,
                              List<Precedence> precedences, List<Fallback> fallbacks, List<TitlePattern> titlePatterns,
                              List<String> surveySuffixes, boolean[][] incidentalUnder, double[][] companionScore, boolean[] needsContext,
                              TermMatcher<Cue> matcher) {
        this.descriptions = descriptions;
        this.labels = labels;
        this.suppressors = suppressors;
        this.precedences = precedences;
        this.fallbacks = fallbacks;
        this.titlePatterns = titlePatterns;
        this.surveySuffixes = surveySuffixes;
        this.incidentalUnder = incidentalUnder;
        this.companionScore = companionScore;
        this.needsContext = needsContext;
        this.matcher = matcher;
    }

    public static TechniqueTaxonomy fromClasspath() {
        return fromRows(DataFile.read("/enrich/techniques.tsv"));
    }

    public static TechniqueTaxonomy fromRows(List<DataFile.Row> rows) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (DataFile.Row row : rows) {
            if (row.cell(0).equals("label")) {
                descriptions.put(row.cell(1), row.cells().size() > 2 ? row.cell(2) : "");
            }
        }
        List<String> labels = List.copyOf(descriptions.keySet());
        TermMatcher.Builder<Cue> builder = TermMatcher.builder();
        List<String> unknown = new ArrayList<>();
        List<Suppressor> suppressors = new ArrayList<>();
        List<Precedence> precedences = new ArrayList<>();
        List<Fallback> fallbacks = new ArrayList<>();
        List<TitlePattern> titlePatterns = new ArrayList<>();
        List<String> surveySuffixes = new ArrayList<>();
        boolean[] needsContext = new boolean[labels.size()];
        int jointCount = 0;
        boolean[][] incidentalUnder = new boolean[labels.size()][labels.size()];
        double[][] companionScore = new double[labels.size()][labels.size()];
        for (double[] byMain : companionScore) {
            Arrays.fill(byMain, Double.POSITIVE_INFINITY);
        }
        for (DataFile.Row row : rows) {
            switch (row.cell(0)) {
                case "label" -> {
                }
                case "term", "firm-term", "title-term" -> {
                    Term term = new Term(labels.indexOf(row.cell(1)), row.number(2), row.cell(0).equals("firm-term"),
                            row.cell(0).equals("title-term"));
                    addSpellings(builder, row.list(3), term);
                }
                case "joint" -> {
                    int ordinal = jointCount++;
                    int label = labels.indexOf(row.cell(1));
                    double weight = row.number(2);
                    addSpellings(builder, row.list(3), new JointPart(ordinal, label, weight, false));
                    addSpellings(builder, row.list(4), new JointPart(ordinal, label, weight, true));
                }
                case "sense" -> {
                    OtherSense sense = new OtherSense(
                            row.cell(1).equals("*") ? OtherSense.ANY_LABEL : labels.indexOf(row.cell(1)));
                    addSpellings(builder, row.list(2), sense);
                }
                case "suppress" -> {
                    int describes = row.cells().size() > 3 ? labels.indexOf(row.cell(3)) : Suppressor.NONE;
                    Suppressor suppressor = new Suppressor(suppressors.size(), labels.indexOf(row.cell(1)), describes);
                    suppressors.add(suppressor);
                    addSpellings(builder, row.list(2), suppressor);
                }
                case "fallback" -> {
                    double minMentions = row.number(2);
                    if (minMentions < 1 || minMentions != Math.rint(minMentions)) {
                        unknown.add(row.file() + ":" + row.line() + ": mention count must be a whole number ≥ 1: "
                                + row.cell(2));
                    }
                    Fallback fallback = new Fallback(fallbacks.size(), labels.indexOf(row.cell(1)), (int) minMentions);
                    fallbacks.add(fallback);
                    addSpellings(builder, row.list(3), fallback);
                }
                case "context" -> {
                    int label = labels.indexOf(row.cell(1));
                    Context context = new Context(label);
                    if (label >= 0) {
                        needsContext[label] = true;
                    }
                    addSpellings(builder, row.list(2), context);
                }
                case "title-pattern" -> {
                    try {
                        titlePatterns.add(new TitlePattern(labels.indexOf(row.cell(1)), row.number(2),
                                Pattern.compile(row.cell(3), Pattern.CASE_INSENSITIVE)));
                    } catch (PatternSyntaxException e) {
                        unknown.add(row.file() + ":" + row.line() + ": not a regular expression: " + e.getDescription());
                    }
                }
                case "incidental" -> pairs(row, labels, unknown, (label, main) -> incidentalUnder[label][main] = true);
                case "companion" -> {
                    double minScore = companionMinScore(row, unknown);
                    pairs(row, labels, unknown, (label, main) -> companionScore[label][main] = minScore);
                }
                case "precedes" -> precedences.add(new Precedence(labels.indexOf(row.cell(1)), labels.indexOf(row.cell(2))));
                case "baseline" -> row.list(1).forEach(phrase -> builder.add(phrase, new Baseline()));
                case "own" -> row.list(1).forEach(phrase -> builder.add(phrase, new OwnWork()));
                case "survey" -> row.list(1).forEach(phrase -> builder.add(phrase, new Survey()));
                case "survey-suffix" -> row.list(1).forEach(suffix -> surveySuffixes.add(TextFolding.fold(suffix)));
                default -> unknown.add(row.file() + ":" + row.line() + ": unknown record type " + row.cell(0));
            }
        }
        for (DataFile.Row row : rows) {
            if (!row.cell(0).equals("label") && !row.cell(0).equals("baseline") && !row.cell(0).equals("own")
                    && !row.cell(0).equals("survey") && !row.cell(0).equals("survey-suffix")
                    && !descriptions.containsKey(row.cell(1))) {
                unknown.add(row.file() + ":" + row.line() + ": label not declared: " + row.cell(1));
            }
            if (row.cell(0).equals("suppress") && row.cells().size() > 3 && !descriptions.containsKey(row.cell(3))) {
                unknown.add(row.file() + ":" + row.line() + ": label not declared: " + row.cell(3));
            }
            if (row.cell(0).equals("precedes") && !descriptions.containsKey(row.cell(2))) {
                unknown.add(row.file() + ":" + row.line() + ": label not declared: " + row.cell(2));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", unknown));
        }
        return new TechniqueTaxonomy(Collections.unmodifiableMap(descriptions), labels, List.copyOf(suppressors),
                List.copyOf(precedences), List.copyOf(fallbacks), List.copyOf(titlePatterns), List.copyOf(surveySuffixes), incidentalUnder,
                companionScore, needsContext, builder.build());
    }

    /** Calls {@code pair} with the row's label and each main label it lists. */
    private static void pairs(DataFile.Row row, List<String> labels, List<String> unknown, PairAction pair) {
        int label = labels.indexOf(row.cell(1));
        for (String main : row.list(2)) {
            int mainLabel = labels.indexOf(main);
            if (mainLabel < 0) {
                unknown.add(row.file() + ":" + row.line() + ": label not declared: " + main);
            } else if (label >= 0) {
                pair.accept(label, mainLabel);
            }
        }
    }

    private interface PairAction {
        void accept(int label, int main);
    }

    /** A companion row's minimum score: its fourth cell, or 0 (any score) without one. */
    /**
     * Adds each phrase with its British spelling too, "-ise" for "-ize" ("quantisation", "factorised",
     * "optimiser"), unless the list names that spelling itself: the abstracts use both.
     */
    private static <T> void addSpellings(TermMatcher.Builder<T> builder, List<String> phrases, T payload) {
        for (String phrase : phrases) {
            builder.addAllowingSpaceAtScriptJoins(phrase, payload);
            String british = phrase.replace("iz", "is");
            if (!british.equals(phrase) && !phrases.contains(british)) {
                builder.addAllowingSpaceAtScriptJoins(british, payload);
            }
        }
    }

    private static double companionMinScore(DataFile.Row row, List<String> unknown) {
        double minScore = row.cells().size() > 3 ? row.number(3) : 0;
        if (!(minScore >= 0 && minScore <= 1)) {
            unknown.add(row.file() + ":" + row.line() + ": minimum score must be within 0..1: " + row.cell(3));
        }
        return minScore;
    }

    public TermMatcher<Cue> matcher() {
        return matcher;
    }

    public Map<String, String> descriptions() {
        return descriptions;
    }

    public List<String> labels() {
        return labels;
    }

    List<Precedence> precedences() {
        return precedences;
    }

    List<TitlePattern> titlePatterns() {
        return titlePatterns;
    }

    List<String> surveySuffixes() {
        return surveySuffixes;
    }

    /** The fallback records, in file order: a {@link Fallback}'s ordinal indexes this list. */
    List<Fallback> fallbacks() {
        return fallbacks;
    }

    /**
     * Whether the label at {@code index}, beside {@code main} as the main technique, is part of how
     * the main technique works (a serving system pages its KV cache) unless the title names it.
     */
    boolean isIncidental(int index, int main) {
        return incidentalUnder[index][main];
    }

    /**
     * Whether the label at {@code index}, scoring {@code score}, is a second contribution of papers whose main
     * technique is {@code main} as soon as the brief's method part mentions it, even in passing (a student
     * distilled into a lightweight design is a lightweight design), or with the record's minimum score
     * (a quantization method that ships its own kernels).
     */
    boolean isCompanion(int index, int main, double score) {
        return score >= companionScore[index][main];
    }

    /** Whether the label at {@code index} applies only to papers that mention one of its context phrases. */
    boolean needsContext(int index) {
        return needsContext[index];
    }

    /** The suppress records, in file order: a {@link Suppressor}'s ordinal indexes this list. */
    List<Suppressor> suppressors() {
        return suppressors;
    }
}
