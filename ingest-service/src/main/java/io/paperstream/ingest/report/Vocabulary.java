package io.paperstream.ingest.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often words and hyphenated word pairs occur in some text (abstracts, briefs). Title cleaning uses it
 * to tell a line-break hyphen ("QUANTIZA-TION", the text says "quantization") from a real one ("low-rank").
 */
public final class Vocabulary {
  private static final Pattern WORD_RUN = Pattern.compile("[A-Za-z]+(?:-[A-Za-z]+)*");

  private final Map<String, Integer> words = new HashMap<>();
  private final Map<String, Integer> hyphenatedPairs = new HashMap<>();

  public static Vocabulary of(String... texts) {
    Vocabulary vocabulary = new Vocabulary();
    for (String text : texts) {
      vocabulary.add(text);
    }
    return vocabulary;
  }

  public Vocabulary add(String text) {
    if (text == null) {
      return this;
    }
    Matcher run = WORD_RUN.matcher(text);
    while (run.find()) {
      String[] parts = run.group().toLowerCase(Locale.ROOT).split("-");
      for (int i = 0; i < parts.length; i++) {
        words.merge(parts[i], 1, Integer::sum);
        if (i > 0) {
          hyphenatedPairs.merge(parts[i - 1] + "-" + parts[i], 1, Integer::sum);
        }
      }
    }
    return this;
  }

  /** Occurrences of a word standing on its own or as part of a hyphenated compound. */
  public int wordCount(String word) {
    return words.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /** Occurrences of {@code left-right} written with a hyphen. */
  public int hyphenatedCount(String left, String right) {
    return hyphenatedPairs.getOrDefault((left + "-" + right).toLowerCase(Locale.ROOT), 0);
  }
}
