package io.paperstream.enrich.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named word lists from a data file, for rules that check a list at one place rather than look its
 * words up in the whole text: one list per line, its name, a tab, its phrases separated by '|'. The
 * names are an enum's constants in lower case with '-' for '_' ({@code TIME_TAKEN} is
 * {@code time-taken}); every constant must have its line and no other line may stand, so a typo fails
 * the first use with the file and line. A phrase ending with '*' is a stem, read without the '*' (as
 * the term matchers report stems).
 */
public final class WordLists {

    private WordLists() {
    }

    public static <E extends Enum<E>> Map<E, List<String>> read(String resource, Class<E> names) {
        return fromRows(DataFile.read(resource), resource, names);
    }

    public static <E extends Enum<E>> Map<E, List<String>> fromRows(List<DataFile.Row> rows, String resource,
                                                                    Class<E> names) {
        Map<E, List<String>> lists = new EnumMap<>(names);
        for (DataFile.Row row : rows) {
            E list = byFileName(row, names);
            if (lists.containsKey(list)) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": list " + row.cell(0)
                        + " is defined twice");
            }
            List<String> words = row.list(1).stream()
                    .map(w -> w.endsWith("*") ? w.substring(0, w.length() - 1) : w).toList();
            if (words.isEmpty()) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": list " + row.cell(0) + " is empty");
            }
            lists.put(list, words);
        }
        for (E list : names.getEnumConstants()) {
            if (!lists.containsKey(list)) {
                throw new IllegalArgumentException(resource + ": list " + fileName(list) + " is missing");
            }
        }
        return lists;
    }

    /** A list's name in its file: {@code TIME_TAKEN} is {@code time-taken}. */
    public static String fileName(Enum<?> list) {
        return list.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E byFileName(DataFile.Row row, Class<E> names) {
        for (E list : names.getEnumConstants()) {
            if (fileName(list).equals(row.cell(0))) {
                return list;
            }
        }
        throw new IllegalArgumentException(row.file() + ":" + row.line() + ": unknown list " + row.cell(0));
    }
}
