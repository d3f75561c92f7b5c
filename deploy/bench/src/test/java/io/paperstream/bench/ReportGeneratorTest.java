package io.paperstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.paperstream.ingest.report.ParseOutcome;
import io.paperstream.ingest.report.ParsedPaper;
import io.paperstream.ingest.report.ParsedReport;
import io.paperstream.ingest.report.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportGeneratorTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedWritesIdenticalBytes() throws IOException {
        ReportGenerator.Options options = ReportGenerator.Options.of(400, 12, 7);
        new ReportGenerator(options).write(tmp.resolve("a"));
        new ReportGenerator(options).write(tmp.resolve("b"));

        List<Path> files = list(tmp.resolve("a"));
        assertThat(files).hasSize(13); // 12 reports and the manifest
        for (Path file : files) {
            assertThat(Files.mismatch(file, tmp.resolve("b").resolve(file.getFileName()))).as(file.toString()).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedWritesOtherReports() throws IOException {
        new ReportGenerator(ReportGenerator.Options.of(60, 2, 1)).write(tmp.resolve("a"));
        new ReportGenerator(ReportGenerator.Options.of(60, 2, 2)).write(tmp.resolve("b"));

        assertThat(Files.mismatch(tmp.resolve("a/bench-000000.txt"), tmp.resolve("b/bench-000000.txt"))).isNotEqualTo(-1L);
    }

    @Test
    void ingestParserFindsEveryPaperOnceAndRejectsExactlyTheBrokenEntries() throws IOException {
        ReportGenerator.Corpus corpus = new ReportGenerator(new ReportGenerator.Options(
                3_000, 100, 42, 0.03, 0, "bench-")).write(tmp);

        assertThat(corpus.papers()).isEqualTo(3_000);
        assertThat(corpus.rejectedEntries()).isGreaterThan(30); // about 3 % of 3,000
        int papers = 0;
        int rejections = 0;
        Set<String> ids = new HashSet<>();
        for (ReportGenerator.GeneratedReport report : corpus.reports()) {
            ParseOutcome outcome;
            try (InputStream in = Files.newInputStream(tmp.resolve(report.file()))) {
                outcome = ReportParser.parse(in);
            }
            assertThat(outcome).as(report.file()).isInstanceOf(ParsedReport.class);
            ParsedReport parsed = (ParsedReport) outcome;
            assertThat(parsed.papers()).as(report.file()).hasSize(report.papers());
            assertThat(parsed.rejections()).as(report.file()).hasSize(report.rejectedEntries());
            papers += parsed.papers().size();
            rejections += parsed.rejections().size();
            parsed.papers().stream().map(ParsedPaper::paperId).forEach(ids::add);
        }
        assertThat(papers).isEqualTo(corpus.papers());
        assertThat(rejections).isEqualTo(corpus.rejectedEntries());
        assertThat(ids).as("every paper has its own id").hasSize(corpus.papers());
    }

    @Test
    void titleNoiseIsCleanedAway() throws IOException {
        ReportGenerator.Corpus corpus = new ReportGenerator(ReportGenerator.Options.of(600, 20, 3)).write(tmp);
        for (ReportGenerator.GeneratedReport report : corpus.reports()) {
            try (InputStream in = Files.newInputStream(tmp.resolve(report.file()))) {
                ParsedReport parsed = (ParsedReport) ReportParser.parse(in);
                for (ParsedPaper paper : parsed.papers()) {
                    assertThat(paper.title()).as(paper.rawTitle())
                            .doesNotContainIgnoringCase("under review")
                            .doesNotContainIgnoringCase("preprint")
                            .doesNotContain("-TION", "-ING", "-ENCE", "-MENT");
                    assertThat(paper.title().length()).as(paper.rawTitle()).isLessThan(160);
                }
            }
        }
    }

    @Test
    void manifestNamesEveryReportWithTheIdIngestWillGiveIt() throws IOException {
        ReportGenerator.Corpus corpus = new ReportGenerator(ReportGenerator.Options.of(90, 3, 5)).write(tmp);
        List<String> lines = Files.readAllLines(tmp.resolve(ReportGenerator.MANIFEST));

        assertThat(lines).hasSize(4);
        ReportGenerator.GeneratedReport first = corpus.reports().get(0);
        assertThat(lines.get(1)).startsWith(first.file() + "\t" + first.reportId() + "\t");
        assertThat(first.reportId()).matches("[0-9a-f]{16}");
        assertThat(first.bytes()).isEqualTo(Files.size(tmp.resolve(first.file())));
    }

    @Test
    void codesAreDistinctForDistinctNumbers() {
        Set<String> codes = new HashSet<>();
        for (long n = 0; n < 50_000; n++) {
            codes.add(ReportGenerator.code(n, 12345));
        }
        assertThat(codes).hasSize(50_000);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
