package io.paperstream.ingest.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
  * How often words and hyphenated word pairs occur in some text (abstracts, briefs). Title cleaning uses it
  * to tell a line-break hyphen ("QUANTIZA-TION", the text says "quantization") from a real one ("low-rank").
  *
  * <p>Counting is deferred to the first question: most titles have no hyphen a vocabulary could decide, and
  * counting the words of a whole report costs more than the rest of parsing it. Not thread-safe.
  */
public final class Vocabulary {
    private final WordCounts words;
    /** Keyed "left-right": a pair is always one region of the text, a word, a hyphen and a word. */
    private final WordCounts hyphenatedPairs;
    /** Texts added but not counted yet. */
    private final List<String> uncounted = new ArrayList<>();

    public Vocabulary() {
        this(new WordCounts(), new WordCounts());
    }

    private Vocabulary(WordCounts words, WordCounts hyphenatedPairs) {
        this.words = words;
        this.hyphenatedPairs = hyphenatedPairs;
    }

    /**
      * A vocabulary that counts only {@code keys}, lower-case words and "left-right" pairs, and answers 0 for anything
      * else: for a title's {@link TitleCleaner#evidenceKeys}, it answers every question the title's cleaning asks,
      * at a fraction of the cost of counting every word.
      */
    static Vocabulary countingOnly(Set<String> keys) {
        List<String> words = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (String key : keys) {
            (key.indexOf('-') >= 0 ? pairs : words).add(key);
        }
        return new Vocabulary(WordCounts.only(words), WordCounts.only(pairs));
    }

    public static Vocabulary of(String... texts) {
        Vocabulary vocabulary = new Vocabulary();
        for (String text : texts) {
            vocabulary.add(text);
        }
        return vocabulary;
    }

    public Vocabulary add(String text) {
        if (text != null) {
            uncounted.add(text);
        }
        return this;
    }

    private void countPending() {
        for (String text : uncounted) {
            count(text);
        }
        uncounted.clear();
    }

    /**
      * Counts the runs of ASCII letters joined by single hyphens ("low-rank", "KV"), as the pattern
      * {@code [A-Za-z]+(?:-[A-Za-z]+)*} would find them, without a regex: this is the hottest loop of parsing.
      */
    private void count(String string) {
        char[] text = string.toCharArray(); // indexing an array is cheaper here than String.charAt
        int length = text.length;
        int i = 0;
        while (i < length) {
            if (!isAsciiLetter(text[i])) {
                i++;
                continue;
            }
            int previousStart = -1;
            int previousHash = 0;
            while (true) {
                int start = i;
                int hash = 0;
                while (i < length && isAsciiLetter(text[i])) {
                    hash = WordCounts.hash(hash, text[i]);
                    i++;
                }
                words.increment(text, start, i, hash);
                if (previousStart >= 0) {
                    hyphenatedPairs.increment(text, previousStart, i, pairHash(previousHash, text, start, i));
                }
                previousStart = start;
                previousHash = hash;
                if (i + 1 < length && text[i] == '-' && isAsciiLetter(text[i + 1])) {
                    i++;
                } else {
                    break;
                }
            }
        }
    }

    /** The hash of "left-right" from left's hash: pairs are rare, so this goes over the right word again. */
    private static int pairHash(int leftHash, char[] text, int rightStart, int rightEnd) {
        int hash = WordCounts.hash(leftHash, '-');
        for (int i = rightStart; i < rightEnd; i++) {
            hash = WordCounts.hash(hash, text[i]);
        }
        return hash;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Occurrences of a word standing on its own or as part of a hyphenated compound. */
    public int wordCount(String word) {
        countPending();
        return words.count(word.toLowerCase(Locale.ROOT));
    }

    /** Occurrences of {@code left-right} written with a hyphen. */
    public int hyphenatedCount(String left, String right) {
        countPending();
        return hyphenatedPairs.count((left + "-" + right).toLowerCase(Locale.ROOT));
    }
}
