package io.paperstream.ingest.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared sample reports (system property {@code paperstream.reports}) and helpers to parse bytes. */
final class SampleReports {
    static final String FILE_000 = "000_b37b441a3ae954a2.txt";
    static final String FILE_001 = "001_1d65928815f09800.txt";
    static final String FILE_002 = "002_ee340ae9bd814c68.txt";
    static final String FILE_003 = "003_cfeb157afe068b2b.txt";
    static final String FILE_004 = "004_0e7c8be473a654ed.txt";

    private SampleReports() {
    }

    static Path directory() {
        return Path.of(System.getProperty("paperstream.reports", "../../shared/reports"));
    }

    static Path path(String file) {
        return directory().resolve(file);
    }

    static String text(String file) {
        try {
            return Files.readString(path(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseOutcome parse(byte[] bytes) {
        return parse(bytes, ParserOptions.defaults());
    }

    static ParseOutcome parse(byte[] bytes, ParserOptions options) {
        try {
            return ReportParser.parse(new ByteArrayInputStream(bytes), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseOutcome parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static ParseOutcome parse(String text, Charset charset) {
        return parse(text.getBytes(charset));
    }

    static ParsedReport parseReport(String text) {
        return report(parse(text));
    }

    static ParsedReport report(ParseOutcome outcome) {
        if (outcome instanceof ParsedReport report) {
            return report;
        }
        throw new AssertionError("expected a report, got " + outcome);
    }

    static FileRejection fileRejection(ParseOutcome outcome) {
        if (outcome instanceof FileRejection rejection) {
            return rejection;
        }
        throw new AssertionError("expected a file rejection, got " + outcome);
    }

    static ParsedPaper paper(ParsedReport report, int entry) {
        return report.papers().stream().filter(p -> p.entry() == entry).findFirst()
                .orElseThrow(() -> new AssertionError("no paper for entry " + entry + " in " + report.papers()));
    }
}
