package io.paperstream.enrich.technique;

import io.paperstream.enrich.text.DataFile;
import io.paperstream.enrich.text.TermMatcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The technique taxonomy and its vocabulary, read from {@code /enrich/techniques.tsv}
 * (format in docs/enrichment.md). Every phrase lands in one matcher so a paper is scanned once.
 */
public final class TechniqueTaxonomy {

    /** What a matched phrase means for classification. */
    public sealed interface Cue permits Term, OtherSense, Baseline, OwnWork, Suppressor {
    }

    /** Evidence for a label, with its weight in [0, 1]; {@code index} is the label's place in {@link #labels()}. */
    public record Term(String label, int index, double weight) implements Cue {
    }

    /**
     * A phrase in which the label's terms mean something else ("量化分析", "search space pruning");
     * {@code index} is the label's place in {@link #labels()}, or {@link #ANY_LABEL} for "*".
     */
    public record OtherSense(String label, int index) implements Cue {
        static final int ANY_LABEL = -1;

        /** Whether the terms of the label at {@code labelIndex} mean something else in this phrase. */
        boolean covers(int labelIndex) {
            return index == labelIndex || index == ANY_LABEL;
        }
    }

    /** Introduces a baseline or related work ("compared with", "existing", "优于"). */
    public record Baseline() implements Cue {
    }

    /** Introduces the paper's own contribution ("we propose", "本文"). */
    public record OwnWork() implements Cue {
    }

    /**
     * A topic in which the label's terms name something that is not the technique (federated
     * distillation). When the topic is itself a technique ("token pruning" for pruning words),
     * {@code describes} names it, and the suppressed evidence counts for that label instead.
     */
    public record Suppressor(int ordinal, int index, int describesIndex) implements Cue {
        static final int NONE = -1;
    }

    private final Map<String, String> descriptions;
    /** Label ids in the order the file declares them; classification works on their indexes. */
    private final List<String> labels;
    private final int suppressorCount;
    private final TermMatcher<Cue> matcher;

    private TechniqueTaxonomy(Map<String, String> descriptions, int suppressorCount, TermMatcher<Cue> matcher) {
        this.descriptions = descriptions;
        this.labels = List.copyOf(descriptions.keySet());
        this.suppressorCount = suppressorCount;
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
        int suppressors = 0;
        for (DataFile.Row row : rows) {
            switch (row.cell(0)) {
                case "label" -> {
                }
                case "term" -> {
                    Term term = new Term(row.cell(1), labels.indexOf(row.cell(1)), row.number(2));
                    row.list(3).forEach(phrase -> addWithSpacing(builder, phrase, term));
                }
                case "sense" -> {
                    OtherSense sense = new OtherSense(row.cell(1),
                            row.cell(1).equals("*") ? OtherSense.ANY_LABEL : labels.indexOf(row.cell(1)));
                    row.list(2).forEach(phrase -> addWithSpacing(builder, phrase, sense));
                }
                case "suppress" -> {
                    int describes = row.cells().size() > 3 ? labels.indexOf(row.cell(3)) : Suppressor.NONE;
                    Suppressor suppressor = new Suppressor(suppressors++, labels.indexOf(row.cell(1)), describes);
                    row.list(2).forEach(phrase -> addWithSpacing(builder, phrase, suppressor));
                }
                case "baseline" -> row.list(1).forEach(phrase -> builder.add(phrase, new Baseline()));
                case "own" -> row.list(1).forEach(phrase -> builder.add(phrase, new OwnWork()));
                default -> unknown.add(row.file() + ":" + row.line() + ": unknown record type " + row.cell(0));
            }
        }
        for (DataFile.Row row : rows) {
            if (!row.cell(0).equals("label") && !row.cell(0).equals("baseline") && !row.cell(0).equals("own")
                    && !descriptions.containsKey(row.cell(1))) {
                unknown.add(row.file() + ":" + row.line() + ": label not declared: " + row.cell(1));
            }
            if (row.cell(0).equals("suppress") && row.cells().size() > 3 && !descriptions.containsKey(row.cell(3))) {
                unknown.add(row.file() + ":" + row.line() + ": label not declared: " + row.cell(3));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", unknown));
        }
        return new TechniqueTaxonomy(Collections.unmodifiableMap(descriptions), suppressors, builder.build());
    }

    /**
     * Adds a phrase and, when it joins Latin and Chinese script ("kv缓存", "token剪枝"), its spaced
     * form too ("kv 缓存", "token 剪枝"): Chinese text puts a space there as often as not.
     */
    private static void addWithSpacing(TermMatcher.Builder<Cue> builder, String phrase, Cue cue) {
        builder.add(phrase, cue);
        StringBuilder spaced = new StringBuilder(phrase.length() + 4);
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            char before = i > 0 ? phrase.charAt(i - 1) : ' ';
            if (isLatin(before) && isHan(c) || isHan(before) && isLatin(c)) {
                spaced.append(' ');
            }
            spaced.append(c);
        }
        if (spaced.length() != phrase.length()) {
            builder.add(spaced.toString(), cue);
        }
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
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

    int suppressorCount() {
        return suppressorCount;
    }
}
