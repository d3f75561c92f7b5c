package io.paperstream.enrich.claims;

import io.paperstream.enrich.text.DataFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimWordsTest {

    /** One row per list, each with the given words, except those lists the test replaces. */
    private static List<DataFile.Row> rows(DataFile.Row... replacing) {
        List<DataFile.Row> rows = new ArrayList<>();
        int line = 1;
        for (ClaimWords list : ClaimWords.values()) {
            if (Arrays.stream(replacing).noneMatch(r -> r.cell(0).equals(list.fileName()))) {
                rows.add(new DataFile.Row("claim-words.tsv", line++, List.of(list.fileName(), "word")));
            }
        }
        rows.addAll(List.of(replacing));
        return rows;
    }

    @Test
    void everyListTheCodeNamesIsInTheShippedFile() {
        Map<ClaimWords, List<String>> lists = ClaimWords.fromRows(DataFile.read(ClaimWords.RESOURCE));
        assertThat(lists).containsOnlyKeys(ClaimWords.values());
        assertThat(ClaimWords.TIME_TAKEN.words()).contains("takes", "耗时");
    }

    @Test
    void stemsLoseTheirStarAsTheLexiconsMatcherReportsThem() {
        Map<ClaimWords, List<String>> lists = ClaimWords.fromRows(
                rows(new DataFile.Row("claim-words.tsv", 99, List.of("rising", "increas*|higher|增加"))));
        assertThat(lists.get(ClaimWords.RISING)).containsExactly("increas", "higher", "增加");
    }

    @Test
    void latinPhrasesAreSpacedForLookupsBetweenWordsAndChineseOnesAreNot() {
        assertThat(ClaimWords.SET_AGAINST.spaced()).contains(" versus ", " vs. ", "对");
    }

    @Test
    void aMissingListIsReportedByName() {
        List<DataFile.Row> withoutBudget = rows().stream().filter(r -> !r.cell(0).equals("budget")).toList();
        assertThatThrownBy(() -> ClaimWords.fromRows(withoutBudget))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("list budget is missing");
    }

    @Test
    void anUnknownOrRepeatedListIsReportedWithItsLine() {
        assertThatThrownBy(() -> ClaimWords.fromRows(rows(new DataFile.Row("claim-words.tsv", 7, List.of("budgets", "x")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("claim-words.tsv:7: unknown list budgets");
        List<DataFile.Row> twice = new ArrayList<>(rows());
        twice.add(new DataFile.Row("claim-words.tsv", 40, List.of("budget", "slo")));
        assertThatThrownBy(() -> ClaimWords.fromRows(twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("claim-words.tsv:40: list budget is defined twice");
    }
}
