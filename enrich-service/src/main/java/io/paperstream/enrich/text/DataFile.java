package io.paperstream.enrich.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tab-separated data files under resources/enrich/: one record per line, '#' starts a
 * comment line, blank lines are skipped, list cells are separated by '|'.
 */
public final class DataFile {

    private DataFile() {
    }

    public record Row(String file, int line, List<String> cells) {
        public String cell(int index) {
            if (index >= cells.size()) {
                throw new IllegalArgumentException(file + ":" + line + ": expected at least " + (index + 1)
                        + " tab-separated cells, found " + cells.size());
            }
            return cells.get(index);
        }

        public List<String> list(int index) {
            return Arrays.stream(cell(index).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public double number(int index) {
            try {
                return Double.parseDouble(cell(index));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + line + ": not a number: " + cell(index), e);
            }
        }
    }

    public static List<Row> read(String resource) {
        InputStream in = DataFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing data file on the classpath: " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                rows.add(new Row(resource, number, Arrays.stream(line.split("\t")).map(String::strip).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return rows;
    }
}
