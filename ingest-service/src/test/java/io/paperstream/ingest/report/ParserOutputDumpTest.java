package io.paperstream.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
  * Parses every input of {@link ParserCorpus} and writes a canonical dump of the outcomes to
  * {@code target/parser-output-dump.txt}. A change meant to keep the parser's output (a speed-up) is checked by
  * saving the dump before it and running with {@code -Dparser.dump.baseline=<saved dump>}: the two must be equal.
  */
class ParserOutputDumpTest {
    private static final Path DUMP = Path.of("target", "parser-output-dump.txt");
    private static final Pattern TITLE_LINE = Pattern.compile("(?m)^###\\s*\\S+\\s(.*)$");

    @Test
    void everyCorpusInputParsesWithoutExceptionAndMatchesTheBaselineWhenOneIsGiven() throws IOException {
        List<String> failures = new ArrayList<>();
        int[] inputs = {0};
        Files.createDirectories(DUMP.getParent());
        try (BufferedWriter writer = Files.newBufferedWriter(DUMP, StandardCharsets.UTF_8)) {
            ParserCorpus.generate(input -> {
                inputs[0]++;
                StringBuilder out = new StringBuilder();
                out.append("=== ").append(input.name()).append(" (").append(input.bytes().length).append(" bytes)\n");
                try {
                    OutcomeDump.append(out, SampleReports.parse(input.bytes(), input.options()));
                } catch (RuntimeException e) {
                    failures.add(input.name() + ": " + e);
                    out.append("exception ").append(e).append('\n');
                }
                write(writer, out);
            });
            write(writer, titleDump());
        }

        assertThat(inputs[0]).isGreaterThan(500);
        assertThat(failures).isEmpty();
        String baseline = System.getProperty("parser.dump.baseline");
        if (baseline != null) {
            assertSameLines(Path.of(baseline), DUMP);
        }
    }

    /** Every sample title, changed in ways the cleaner handles, cleaned without and with its report's words. */
    private static StringBuilder titleDump() {
        StringBuilder out = new StringBuilder("=== titles\n");
        for (String file : new String[] {SampleReports.FILE_000, SampleReports.FILE_001, SampleReports.FILE_002,
                SampleReports.FILE_003, SampleReports.FILE_004}) {
            String text = SampleReports.text(file);
            Vocabulary words = Vocabulary.of(text);
            Matcher title = TITLE_LINE.matcher(text);
            while (title.find()) {
                String raw = title.group(1);
                for (String variant : new String[] {raw, raw.toUpperCase(Locale.ROOT), raw + " " + raw.toUpperCase(Locale.ROOT),
                        "Under review as a conference paper at ICLR 2026 " + raw, raw + " A PREPRINT", "**" + raw + "**",
                        raw.replaceAll("([A-Za-z]{3})([A-Za-z]{3,})", "$1-$2")}) {
                    OutcomeDump.field(out, "raw", variant);
                    OutcomeDump.field(out, "clean", TitleCleaner.clean(variant));
                    OutcomeDump.field(out, "cleanWithWords", TitleCleaner.clean(variant, List.of(words)));
                }
            }
        }
        return out;
    }

    private static void write(BufferedWriter writer, CharSequence text) {
        try {
            writer.append(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertSameLines(Path expected, Path actual) throws IOException {
        List<String> before = Files.readAllLines(expected, StandardCharsets.UTF_8);
        List<String> after = Files.readAllLines(actual, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            assertThat(after.get(i)).as("dump line %d", i + 1).isEqualTo(before.get(i));
        }
        assertThat(after).hasSameSizeAs(before);
        assertThat(Files.mismatch(expected, actual)).isEqualTo(-1L);
    }
}
