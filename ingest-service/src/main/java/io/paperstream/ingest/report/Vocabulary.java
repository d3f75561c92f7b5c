package io.paperstream.ingest.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
  * How often words and hyphenated word pairs occur in some text (abstracts, briefs). Title cleaning uses it
  * to tell a line-break hyphen ("QUANTIZA-TION", the text says "quantization") from a real one ("low-rank").
  *
  * <p>Counting is deferred to the first question: most titles have no hyphen a vocabulary could decide, and
  * counting the words of a whole report costs more than the rest of parsing it. Not thread-safe.
  */
public final class Vocabulary {
    private final WordCounts words = new WordCounts();
    /** Keyed "left-right": a pair is always one region of the text, a word, a hyphen and a word. */
    private final WordCounts hyphenatedPairs = new WordCounts();
    /** Texts added but not counted yet. */
    private final List<String> uncounted = new ArrayList<>();

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
    private void count(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isAsciiLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int previousStart = -1;
            while (true) {
                int start = i;
                while (i < length && isAsciiLetter(text.charAt(i))) {
                    i++;
                }
                words.increment(text, start, i);
                if (previousStart >= 0) {
                    hyphenatedPairs.increment(text, previousStart, i);
                }
                previousStart = start;
                if (i + 1 < length && text.charAt(i) == '-' && isAsciiLetter(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
        }
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
