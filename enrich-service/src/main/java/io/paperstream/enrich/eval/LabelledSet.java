package io.paperstream.enrich.eval;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON-lines file of {@link LabelledPaper}s; blank lines are skipped. */
public final class LabelledSet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledSet() {
    }

    public static List<LabelledPaper> read(Path file) {
        List<LabelledPaper> papers = new ArrayList<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    papers.add(JSON.readValue(line, LabelledPaper.class));
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return papers;
    }
}
