package io.paperstream.enrich.text;

import java.util.Arrays;

/**
 * One text of a paper, analysed once and shared by every component: the original, its folded form
 * (same length, same indexes), where its clauses and sentences end, and every dictionary match of
 * the shared vocabulary. Boundary lookups are binary searches, so a component can ask about any
 * position without rescanning the text.
 */
public final class AnalysedText {

    private static final AnalysedText EMPTY =
            new AnalysedText("", "", new int[0], new int[0], new int[0], TermMatcher.Matches.none());

    private final String original;
    private final String folded;
    /** Positions of characters that end a clause (sentence ends included), ascending. */
    private final int[] clauseEnds;
    /** Positions of characters that end a sentence, ascending. */
    private final int[] sentenceEnds;
    /** Positions of ASCII digits that follow no digit, ascending: where a number can start. */
    private final int[] digitRunStarts;
    private final TermMatcher.Matches<?> matches;
    /**
     * The text's parts read as a brief, found on first use: both the technique classifier and the claim
     * reader need them. A race computes the same immutable value twice at worst.
     */
    private BriefParts briefParts;

    private AnalysedText(String original, String folded, int[] clauseEnds, int[] sentenceEnds, int[] digitRunStarts,
                         TermMatcher.Matches<?> matches) {
        this.original = original;
        this.folded = folded;
        this.clauseEnds = clauseEnds;
        this.sentenceEnds = sentenceEnds;
        this.digitRunStarts = digitRunStarts;
        this.matches = matches;
    }

    /** Folds, segments and matches {@code text} against {@code vocabulary}; null or blank gives an empty text. */
    public static AnalysedText of(String text, TermMatcher<?> vocabulary) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        // one pass folds the text, notes where a clause may end (the exact test needs neighbours)
        // and where digits start, so that the claim reader need not look at every character again;
        // an ASCII character, most of them, takes one table read for all three
        char[] foldedChars = text.toCharArray();
        int[] candidates = new int[32];
        int candidateCount = 0;
        int[] digitRunStarts = new int[16];
        int digitRunCount = 0;
        int previous = 0;
        for (int i = 0; i < foldedChars.length; i++) {
            char c = foldedChars[i];
            int traits = c < 128 ? ASCII_TRAITS[c] : traits(TextFolding.foldChar(c));
            foldedChars[i] = (char) traits;
            if ((traits & (MAY_END_CLAUSE | DIGIT)) != 0) {
                if ((traits & MAY_END_CLAUSE) != 0) {
                    if (candidateCount == candidates.length) {
                        candidates = Arrays.copyOf(candidates, candidateCount * 2);
                    }
                    candidates[candidateCount++] = i;
                } else if ((previous & DIGIT) == 0) {
                    if (digitRunCount == digitRunStarts.length) {
                        digitRunStarts = Arrays.copyOf(digitRunStarts, digitRunCount * 2);
                    }
                    digitRunStarts[digitRunCount++] = i;
                }
            }
            previous = traits;
        }
        String folded = new String(foldedChars);
        int[] clauses = new int[candidateCount];
        int[] sentences = new int[candidateCount];
        int clauseCount = 0;
        int sentenceCount = 0;
        for (int k = 0; k < candidateCount; k++) {
            int i = candidates[k];
            if (Segments.endsClause(folded, i)) {
                clauses[clauseCount++] = i;
                if (Segments.endsSentence(folded, i)) {
                    sentences[sentenceCount++] = i;
                }
            }
        }
        return new AnalysedText(text, folded, Arrays.copyOf(clauses, clauseCount),
                Arrays.copyOf(sentences, sentenceCount), Arrays.copyOf(digitRunStarts, digitRunCount),
                vocabulary.match(foldedChars));
    }

    /** In {@link #traits}: the folded character may end a clause ({@link Segments#mayEndClause}). */
    private static final int MAY_END_CLAUSE = 1 << 16;
    /** In {@link #traits}: the folded character is an ASCII digit. */
    private static final int DIGIT = 1 << 17;
    /** {@link #traits} of each ASCII character's folded form, computed once. */
    private static final int[] ASCII_TRAITS = new int[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_TRAITS[c] = traits(TextFolding.foldChar(c));
        }
    }

    /** A folded character in the low 16 bits, with {@link #MAY_END_CLAUSE} and {@link #DIGIT} above them. */
    private static int traits(char folded) {
        return folded | (Segments.mayEndClause(folded) ? MAY_END_CLAUSE : 0)
                | (folded >= '0' && folded <= '9' ? DIGIT : 0);
    }

    public boolean isEmpty() {
        return original.isEmpty();
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    public int length() {
        return original.length();
    }

    /** The matches of the vocabulary this text was analysed with; components filter by payload type. */
    public TermMatcher.Matches<?> matches() {
        return matches;
    }

    /** The text's method, problem and result parts, as a brief ("使用…，解决了…的问题，达成了…"). */
    public BriefParts briefParts() {
        BriefParts parts = briefParts;
        if (parts == null) {
            parts = BriefParts.of(folded);
            briefParts = parts;
        }
        return parts;
    }

    /** Positions of the ASCII digits that follow no digit, ascending. */
    public int[] digitRunStarts() {
        return digitRunStarts.clone();
    }

    /** Start of the clause containing the character at {@code position}. */
    public int clauseStart(int position) {
        return startBefore(clauseEnds, position);
    }

    /** End (exclusive; the boundary character itself) of the clause containing {@code position}. */
    public int clauseEnd(int position) {
        return endFrom(clauseEnds, position);
    }

    public int sentenceStart(int position) {
        return startBefore(sentenceEnds, position);
    }

    public int sentenceEnd(int position) {
        return endFrom(sentenceEnds, position);
    }

    /** One past the last boundary before {@code position}, or 0. */
    private static int startBefore(int[] boundaries, int position) {
        int index = Arrays.binarySearch(boundaries, position - 1);
        int last = index >= 0 ? index : -index - 2;
        return last >= 0 ? boundaries[last] + 1 : 0;
    }

    /** The first boundary at or after {@code position}, or the text's length. */
    private int endFrom(int[] boundaries, int position) {
        int index = Arrays.binarySearch(boundaries, position);
        int first = index >= 0 ? index : -index - 1;
        return first < boundaries.length ? boundaries[first] : folded.length();
    }
}
