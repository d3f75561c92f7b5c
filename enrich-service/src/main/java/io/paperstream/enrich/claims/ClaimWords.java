package io.paperstream.enrich.claims;

import io.paperstream.enrich.text.DataFile;
import io.paperstream.enrich.text.WordLists;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that claim rules check at one place around a number, from
 * {@code /enrich/claim-words.tsv}: "in" or "takes" right before a duration, "budget" right after a
 * latency. They are read by name, not looked up in the whole text as {@link ClaimLexicon}'s are.
 */
enum ClaimWords {
    SPEED_TARGET, ERROR_TARGET, QUALITY_TARGET, GAIN_TARGET, KEPT_PART_TARGET,
    RISING, SIZE, SHORTENING, WITHIN, CASE_NOUN, SURPASSING, RATE_LINK, LEVEL_NOUN_ENDING,
    LEVEL, TIME_TAKEN, FILLER, KEPT_AT, BASELINE_VERB, ADDING, KEEPING, NOT_A_CHANGE_BEFORE_TO, COMPARATIVE_OPENER,
    LIKENESS, REFERENCE,
    SET_AGAINST, DIFFERENCE_AFTER, FEWER_STEPS, BUDGET, RATE, CHINESE_RATE, THEN_MEASURED,
    HARDWARE;

    static final String RESOURCE = "/enrich/claim-words.tsv";

    /** The list's name in the data file: {@code TIME_TAKEN} is {@code time-taken}. */
    String fileName() {
        return WordLists.fileName(this);
    }

    /** The list's phrases in file order; a stem without its '*', as {@link ClaimLexicon}'s matcher reports it. */
    List<String> words() {
        return Loaded.LISTS.get(this);
    }

    Set<String> wordSet() {
        return Set.copyOf(words());
    }

    /** Latin phrases with a space on each side ("versus" → " versus "), to be found between words. */
    List<String> spaced() {
        return words().stream().map(w -> Character.isLetter(w.charAt(0)) && w.charAt(0) < 128 ? " " + w + " " : w)
                .toList();
    }

    static Map<ClaimWords, List<String>> fromRows(List<DataFile.Row> rows) {
        return WordLists.fromRows(rows, RESOURCE, ClaimWords.class);
    }

    /** Read on first use, so that a broken file fails the first claim read with the file's line in the message. */
    private static final class Loaded {
        static final Map<ClaimWords, List<String>> LISTS = fromRows(DataFile.read(RESOURCE));
    }
}
