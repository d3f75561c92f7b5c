package io.paperstream.enrich.claims;

import io.paperstream.enrich.text.DataFile;
import io.paperstream.enrich.text.TextFolding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricNamesTest {

    private static DataFile.Row row(int line, String... cells) {
        return new DataFile.Row("metrics.tsv", line, List.of(cells));
    }

    private static List<NumberMention> scan(String text) {
        String folded = TextFolding.fold(text);
        int[] digitRunStarts = IntStream.range(0, folded.length())
                .filter(i -> NumberMention.isDigit(folded.charAt(i))
                        && (i == 0 || !NumberMention.isDigit(folded.charAt(i - 1))))
                .toArray();
        return NumberMention.scan(folded, digitRunStarts);
    }

    @Test
    void everyShippedSpellingAfterANumberIsReadAsItsUnit() {
        for (MetricNames.Spelling metric : MetricNames.read().after()) {
            List<NumberMention> mentions = scan("It reaches 41.25 " + metric.written() + " on the test split.");
            assertThat(mentions).as(metric.written()).singleElement()
                    .satisfies(m -> assertThat(m.unit()).isEqualTo(metric.unit()))
                    .satisfies(m -> assertThat(m.value()).isEqualTo(41.25));
        }
    }

    @Test
    void everyShippedSpellingBeforeANumberNamesItsUnit() {
        for (MetricNames.Spelling metric : MetricNames.read().before()) {
            String text = metric.written().charAt(0) < 128
                    ? "The model has a " + metric.written() + " of 41.25 on the test split."
                    : "模型" + metric.written() + "为41.25。";
            assertThat(scan(text)).as(metric.written()).singleElement()
                    .satisfies(m -> assertThat(m.unit()).isEqualTo(metric.unit()));
        }
    }

    @Test
    void aSpellingIsPreferredToItsPrefixWhateverTheFileOrder() {
        MetricNames names = MetricNames.fromRows(List.of(
                row(1, "nDCG", "ndcg", "ndcg"), row(2, "points", "-", "score"), row(3, "nDCG@10", "ndcg@10", "ndcg@10"),
                row(4, "F1", "f1", "f1 score")));
        assertThat(names.after()).extracting(MetricNames.Spelling::written).startsWith("ndcg@10");
        assertThat(names.before()).extracting(MetricNames.Spelling::written)
                .containsSubsequence("f1 score", "score").containsSubsequence("ndcg@10", "ndcg");
        assertThat(scan("reaching 54.7 nDCG@10")).singleElement()
                .satisfies(m -> assertThat(m.unit()).isEqualTo("nDCG@10"));
    }

    @Test
    void aSpellingThatCouldNeverMatchIsReportedWithItsLine() {
        assertThatThrownBy(() -> MetricNames.fromRows(List.of(row(5, "FID", "FID", "fid"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metrics.tsv:5: FID is not folded (write fid): it would never match");
    }

    @Test
    void aRepeatedOrMissingSpellingIsReportedWithItsLine() {
        assertThatThrownBy(() -> MetricNames.fromRows(List.of(row(1, "MSE", "mse", "mse"), row(2, "MSE2", "-", "mse"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("metrics.tsv:2: mse is given twice");
        assertThatThrownBy(() -> MetricNames.fromRows(List.of(row(3, "MSE", "-", "-"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("metrics.tsv:3: metric MSE has no spelling");
        assertThatThrownBy(() -> MetricNames.fromRows(List.of(row(4, "MSE", "mse"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metrics.tsv:4: expected at least 3");
    }
}
