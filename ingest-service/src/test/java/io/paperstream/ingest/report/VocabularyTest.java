package io.paperstream.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void countsEveryTextAddedBeforeAQuestionEvenWhenAddedAfterAnEarlierOne() {
        Vocabulary vocabulary = Vocabulary.of("low-rank adapters", null);
        assertThat(vocabulary.hyphenatedCount("low", "rank")).isEqualTo(1);
        vocabulary.add("Low-Rank and quantization; lowrank");
        assertThat(vocabulary.hyphenatedCount("LOW", "RANK")).isEqualTo(2);
        assertThat(vocabulary.wordCount("lowrank")).isEqualTo(1);
        assertThat(vocabulary.wordCount("rank")).isEqualTo(2);
        assertThat(vocabulary.wordCount("quantization")).isEqualTo(1);
    }

    @Test
    void countsTheSameWordsAndPairsAsTheWordRunPattern() {
        java.util.regex.Pattern wordRun = java.util.regex.Pattern.compile("[A-Za-z]+(?:-[A-Za-z]+)*");
        String[] pieces = {"a", "Bc", "DEF", "-", "--", " ", "1", "x-", "-y", "é", "QUANTIZA-TION", "low-rank", "\n", "ß"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(12); p >= 0; p--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            java.util.Map<String, Integer> words = new java.util.HashMap<>();
            java.util.Map<String, Integer> pairs = new java.util.HashMap<>();
            java.util.regex.Matcher run = wordRun.matcher(text);
            while (run.find()) {
                String[] parts = run.group().toLowerCase(java.util.Locale.ROOT).split("-");
                for (int i = 0; i < parts.length; i++) {
                    words.merge(parts[i], 1, Integer::sum);
                    if (i > 0) {
                        pairs.merge(parts[i - 1] + "-" + parts[i], 1, Integer::sum);
                    }
                }
            }
            Vocabulary vocabulary = Vocabulary.of(text.toString());
            // every letters-only substring, so a word the pattern would not find cannot be counted either
            for (int from = 0; from < text.length(); from++) {
                for (int to = from + 1; to <= text.length() && text.substring(from, to).matches("[A-Za-z]+"); to++) {
                    String word = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
                    assertThat(vocabulary.wordCount(word)).as("%s in \"%s\"", word, text)
                            .isEqualTo(words.getOrDefault(word, 0));
                }
            }
            for (String pair : pairs.keySet()) {
                String[] parts = pair.split("-");
                assertThat(vocabulary.hyphenatedCount(parts[0], parts[1])).as("%s in \"%s\"", pair, text)
                        .isEqualTo(pairs.get(pair));
            }
            java.util.Set<String> keys = new java.util.HashSet<>(words.keySet());
            keys.addAll(pairs.keySet());
            keys.addAll(java.util.List.of("bc", "def", "a-bc", "x"));
            Vocabulary restricted = Vocabulary.countingOnly(keys).add(text.toString());
            for (String key : keys) {
                String[] parts = key.split("-");
                assertThat(parts.length == 1 ? restricted.wordCount(key) : restricted.hyphenatedCount(parts[0], parts[1]))
                        .as("%s counted only in \"%s\"", key, text)
                        .isEqualTo(parts.length == 1 ? vocabulary.wordCount(key) : vocabulary.hyphenatedCount(parts[0], parts[1]));
            }
        }
    }

    @Test
    void keepsCountingThroughManyDistinctWordsAndMatchesOnlyWholeLowerCasedKeys() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append(lettersOf(i)).append("-Tail ");
        }
        Vocabulary vocabulary = Vocabulary.of(text.toString());
        assertThat(vocabulary.wordCount("tail")).isEqualTo(5_000);
        assertThat(vocabulary.wordCount("bhc")).isEqualTo(1);
        assertThat(vocabulary.hyphenatedCount("BHC", "tail")).isEqualTo(1);
        assertThat(vocabulary.hyphenatedCount("bhc\r", "tail")).isZero();
        assertThat(vocabulary.wordCount("tail ")).isZero();
        assertThat(vocabulary.wordCount("\u212Aail")).isZero();
        assertThat(Vocabulary.of("Kail").wordCount("\u212Aail")).isEqualTo(1); // the Kelvin sign lower-cases to k
    }

    /** 0 is "A", 25 "Z", 26 "BA": a distinct upper-case word for every number. */
    private static String lettersOf(int number) {
        StringBuilder letters = new StringBuilder();
        do {
            letters.insert(0, (char) ('A' + number % 26));
            number /= 26;
        } while (number > 0);
        return letters.toString();
    }
}
