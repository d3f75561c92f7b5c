package io.paperstream.enrich.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TermMatcherTest {

    @Test
    void matchesWholeWordsStemsAndChineseAnywhere() {
        TermMatcher<String> matcher = TermMatcher.<String>builder()
                .add("int8", "int8").add("quantiz*", "stem").add("and", "and").add("量化", "zh").add("-bit", "bit")
                .build();
        List<String> found = matcher.findAll(TextFolding.fold("Mint8x and INT8 quantization, 4-bit bandwidth 量化"))
                .stream().map(TermMatcher.Hit::payload).toList();
        assertThat(found).containsExactly("and", "int8", "stem", "bit", "zh");
    }

    /**
     * The automaton skips partial matches that start inside a word; it must find exactly what a
     * naive search for every term at every position finds once word boundaries are checked.
     */
    @Test
    void findsWhatANaiveSearchFindsOnRandomTexts() {
        Random random = new Random(42);
        String alphabet = "abcab -,.12量化模型x";
        for (int round = 0; round < 300; round++) {
            List<String> terms = new ArrayList<>();
            TermMatcher.Builder<Integer> builder = TermMatcher.builder();
            for (int t = 0; t < 1 + random.nextInt(12); t++) {
                String term = randomText(random, alphabet, 1 + random.nextInt(4)).strip();
                if (random.nextInt(4) == 0) {
                    term += "*";
                }
                terms.add(term);
                builder.add(term, t);
            }
            TermMatcher<Integer> matcher = builder.build();
            String text = randomText(random, alphabet + "ABCé", random.nextInt(60));
            String folded = TextFolding.fold(text);
            assertThat(hits(matcher.findAll(folded))).as("%s in %s", terms, text)
                    .isEqualTo(naive(terms, folded));
        }
    }

    /**
     * Larger vocabularies over many ASCII classes and Chinese characters: states with and without
     * full rows, chains of single terms, failure ancestors of every kind, and runs of Chinese text
     * that go through the non-ASCII transitions, all checked against the naive search.
     */
    @Test
    void findsWhatANaiveSearchFindsWithLargeVocabulariesAndChineseText() {
        Random random = new Random(7);
        String latin = "etaoinshrdlcumwfgypbvkjxqz0123456789 -,./()%:";
        String chinese = "量化模型推理加速剪枝蒸馏稀疏注意力缓存大小语言视觉";
        for (int round = 0; round < 60; round++) {
            List<String> terms = new ArrayList<>();
            TermMatcher.Builder<Integer> builder = TermMatcher.builder();
            int count = 20 + random.nextInt(300);
            for (int t = 0; t < count; t++) {
                String alphabet = switch (random.nextInt(4)) {
                    case 0 -> chinese;
                    case 1 -> latin + chinese;
                    default -> latin;
                };
                String term = randomText(random, alphabet, 1 + random.nextInt(random.nextInt(3) == 0 ? 12 : 5)).strip();
                if (random.nextInt(5) == 0) {
                    term += "*";
                }
                terms.add(term);
                builder.add(term, t);
            }
            TermMatcher<Integer> matcher = builder.build();
            StringBuilder text = new StringBuilder();
            while (text.length() < 600) {
                // runs of one script, as in a Chinese brief that names English terms
                String alphabet = random.nextBoolean() ? chinese + "，。 " : latin + "ABCé×";
                text.append(randomText(random, alphabet, 1 + random.nextInt(40)));
                if (random.nextInt(3) == 0 && !terms.isEmpty()) {
                    String term = terms.get(random.nextInt(terms.size()));
                    text.append(term.endsWith("*") ? term.substring(0, term.length() - 1) + "ing" : term);
                }
            }
            String folded = TextFolding.fold(text.toString());
            assertThat(hits(matcher.findAll(folded))).as("round %d", round).isEqualTo(naive(terms, folded));
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static List<String> hits(List<TermMatcher.Hit<Integer>> hits) {
        return hits.stream().map(h -> h.start() + "-" + h.end() + ":" + h.payload()).toList();
    }

    /** Every occurrence at word boundaries, ordered by end, then by start, then by term. */
    private static List<String> naive(List<String> terms, String folded) {
        record Found(int start, int end, int term) {
        }
        List<Found> found = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t);
            boolean stem = term.endsWith("*");
            String text = TextFolding.fold(stem ? term.substring(0, term.length() - 1) : term);
            if (text.isEmpty()) {
                continue;
            }
            for (int start = folded.indexOf(text); start >= 0; start = folded.indexOf(text, start + 1)) {
                int end = start + text.length();
                boolean startOk = !TextFolding.isAsciiWordChar(text.charAt(0)) || start == 0
                        || !TextFolding.isAsciiWordChar(folded.charAt(start - 1));
                boolean endOk = stem || !TextFolding.isAsciiWordChar(text.charAt(text.length() - 1))
                        || end == folded.length() || !TextFolding.isAsciiWordChar(folded.charAt(end));
                if (startOk && endOk) {
                    found.add(new Found(start, end, t));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::end).thenComparingInt(Found::start).thenComparingInt(Found::term));
        return found.stream().map(f -> f.start() + "-" + f.end() + ":" + f.term()).toList();
    }
}
