package io.paperstream.enrich.claims;

import io.paperstream.enrich.text.DataFile;
import io.paperstream.enrich.text.TextFolding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Metrics whose values are reported as bare numbers, from {@code /enrich/metrics.tsv}: how each is
 * spelt right after a number ("4.7 FID") and before one ("FID of 4.7", "困惑度为8.41"), with the unit
 * its values take. Each list is longest spelling first, so whoever tries them in order prefers
 * "ndcg@10" to "ndcg" and "f1 score" to "score".
 */
record MetricNames(List<Spelling> after, List<Spelling> before) {

    static final String RESOURCE = "/enrich/metrics.tsv";
    private static final String EMPTY = "-";

    record Spelling(String written, String unit) {
    }

    static MetricNames read() {
        return fromRows(DataFile.read(RESOURCE));
    }

    static MetricNames fromRows(List<DataFile.Row> rows) {
        List<Spelling> after = new ArrayList<>();
        List<Spelling> before = new ArrayList<>();
        Set<String> seenAfter = new HashSet<>();
        Set<String> seenBefore = new HashSet<>();
        for (DataFile.Row row : rows) {
            String unit = row.cell(0);
            List<String> afterCell = spellings(row, 1, seenAfter);
            List<String> beforeCell = spellings(row, 2, seenBefore);
            if (afterCell.isEmpty() && beforeCell.isEmpty()) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": metric " + unit
                        + " has no spelling");
            }
            afterCell.forEach(s -> after.add(new Spelling(s, unit)));
            beforeCell.forEach(s -> before.add(new Spelling(s, unit)));
        }
        Comparator<Spelling> longestFirst = Comparator.comparingInt((Spelling s) -> s.written().length()).reversed();
        after.sort(longestFirst);
        before.sort(longestFirst);
        return new MetricNames(List.copyOf(after), List.copyOf(before));
    }

    private static List<String> spellings(DataFile.Row row, int cell, Set<String> seen) {
        if (row.cell(cell).equals(EMPTY)) {
            return List.of();
        }
        List<String> spellings = row.list(cell);
        for (String spelling : spellings) {
            if (!spelling.equals(TextFolding.fold(spelling))) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": " + spelling
                        + " is not folded (write " + TextFolding.fold(spelling) + "): it would never match");
            }
            if (!seen.add(spelling)) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": " + spelling
                        + " is given twice");
            }
        }
        return spellings;
    }
}
