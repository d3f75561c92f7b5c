package io.paperstream.ingest.report;

import static io.paperstream.ingest.report.ReportText.report;
import static io.paperstream.ingest.report.SampleReports.fileRejection;
import static io.paperstream.ingest.report.SampleReports.paper;
import static io.paperstream.ingest.report.SampleReports.parse;
import static io.paperstream.ingest.report.SampleReports.parseReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Crafted inputs: every way a report file can be odd or broken. */
class ReportParserRobustnessTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(ReportParserRobustnessTest.class.getResourceAsStream("/reports/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ParsedReport sample002() {
        return parseReport(SampleReports.text(SampleReports.FILE_002));
    }

    // ---- decoding and line ends

    @Test
    void utf8ByteOrderMarkIsSkipped() {
        byte[] text = SampleReports.text(SampleReports.FILE_002).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        ParsedReport report = SampleReports.report(parse(withBom));

        assertThat(report.charset()).isEqualTo("UTF-8");
        assertThat(report.header().generatedAt()).isEqualTo(Instant.parse("2025-09-10T17:05:02Z"));
        assertThat(report.papers()).isEqualTo(sample002().papers());
    }

    @Test
    void gb18030CopyOfASampleGivesTheSamePapers() {
        String text = SampleReports.text(SampleReports.FILE_001);
        ParsedReport report = SampleReports.report(parse(text, Charset.forName("GB18030")));

        assertThat(report.charset()).isEqualTo("GB18030");
        assertThat(report.papers()).isEqualTo(parseReport(text).papers());
        assertThat(report.papers()).hasSize(39);
    }

    @Test
    void gbkEncodedReportIsReadAsGb18030() {
        String text = report().paper(1, "Fast Decoding").paper(2, "Slim Attention").build();
        ParsedReport report = SampleReports.report(parse(text, Charset.forName("GBK")));

        assertThat(report.charset()).isEqualTo("GB18030");
        assertThat(paper(report, 1).brief()).isEqualTo("研究团队发布了Fast Decoding论文，解决了推理延迟问题。");
    }

    @Test
    void crlfAndLoneCrLineEndsParseLikeLf() {
        String text = SampleReports.text(SampleReports.FILE_002);
        ParsedReport lf = parseReport(text);

        assertThat(parseReport(text.replace("\n", "\r\n")).papers()).isEqualTo(lf.papers());
        assertThat(parseReport(text.replace("\n", "\r")).papers()).isEqualTo(lf.papers());
        assertThat(parseReport(text.replace("\n", "\r")).warnings()).isEmpty();
    }

    @Test
    void invalidByteInOtherwiseUtf8TextIsReplacedWithAWarning() {
        byte[] text = report().paper(1, "Fast Decoding").build().getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[text.length * 4];
        for (int i = 0; i < 4; i++) {
            System.arraycopy(text, 0, big, i * text.length, text.length);
        }
        big[big.length - 20] = (byte) 0xFF;

        ParsedReport report = SampleReports.report(parse(big));

        assertThat(report.charset()).isEqualTo("UTF-8");
        assertThat(report.hasWarning(WarningCodes.LENIENT_DECODING)).isTrue();
    }

    // ---- structure: full width, wrapping, header

    @Test
    void fullWidthNumberingAndWrappedLinesAreUnderstood() throws IOException {
        ParsedReport report = parseReport(resource("fullwidth-wrapped-report.md"));

        assertThat(report.header().generatedAt()).isEqualTo(Instant.parse("2025-10-01T08:30:00Z"));
        assertThat(report.header().declaredCount()).isEqualTo(2);
        assertThat(report.warnings()).isEmpty();
        assertThat(report.papers()).hasSize(2);

        ParsedPaper first = paper(report, 1);
        assertThat(first.title()).isEqualTo("Fast Decoding with Wrapped Titles That Continue On a Second Line");
        assertThat(first.rawTitle()).startsWith("Ｆａｓｔ Decoding");
        assertThat(first.brief()).isEqualTo("某大学发布了论文，使用推测解码技术，解决了长文本推理慢的问题。");
        assertThat(first.abstractText()).isEqualTo(
                "We present a decoder that is fast. It keeps going on a second line and a third line.\n\nA second paragraph follows.");
        assertThat(first.institutions()).isEqualTo("Example University");
        assertThat(first.authorCount()).isEqualTo(3);

        ParsedPaper second = paper(report, 2);
        assertThat(second.title()).isEqualTo("Tiny Sparse Attention");
        assertThat(second.abstractText()).isEqualTo("Sparse attention on one line with the marker.");
    }

    @Test
    void missingHeaderFieldsAreWarningsNotFailures() {
        ParsedReport report = parseReport(report().withoutHeaderFields().paper(1, "Fast Decoding").build());

        assertThat(report.header().generatedAt()).isNull();
        assertThat(report.header().declaredCount()).isNull();
        assertThat(report.hasWarning(WarningCodes.MISSING_GENERATED_AT)).isTrue();
        assertThat(report.hasWarning(WarningCodes.MISSING_DECLARED_COUNT)).isTrue();
        assertThat(report.papers()).hasSize(1);
    }

    @Test
    void unparseableGenerationTimeIsAWarning() {
        ParsedReport report = parseReport(report().generatedAt("yesterday").paper(1, "Fast Decoding").build());

        assertThat(report.header().generatedAt()).isNull();
        assertThat(report.hasWarning(WarningCodes.UNPARSEABLE_HEADER)).isTrue();
    }

    // ---- counts, sections, truncation

    @Test
    void wrongDeclaredCountNamesBothNumbers() {
        ParsedReport report = parseReport(report().declaredCount("5篇").paper(1, "Fast Decoding").paper(2, "Slim Attention").build());

        assertThat(report.papers()).hasSize(2);
        assertThat(report.warnings()).containsExactly("count-mismatch: declared 5 papers, found 2 entries");
    }

    @Test
    void missingDetailsSectionKeepsBriefs() {
        ParsedReport report = parseReport(report().paper(1, "Fast Decoding").paper(2, "Slim Attention").withoutDetailsSection().build());

        assertThat(report.papers()).hasSize(2);
        assertThat(report.papers()).allSatisfy(p -> {
            assertThat(p.brief()).isNotBlank();
            assertThat(p.abstractText()).isNull();
            assertThat(p.authorCount()).isNull();
        });
        assertThat(report.warnings()).containsExactly("missing-details: the report has no details section (论文详细信息)");
    }

    @Test
    void fileCutInTheDetailsSectionKeepsWhatIsThere() {
        String text = SampleReports.text(SampleReports.FILE_000);
        int cut = text.indexOf("### 20. SVR-GS", text.indexOf("## 论文详细信息")) + "### 20. SVR-GS: Spatially Variant".length();

        ParsedReport report = parseReport(text.substring(0, cut));

        assertThat(report.papers()).hasSize(22);
        assertThat(report.hasWarning(WarningCodes.TRUNCATED)).isTrue();
        assertThat(report.hasWarning(WarningCodes.BRIEF_WITHOUT_DETAILS)).isTrue();
        ParsedPaper cutOff = paper(report, 20);
        assertThat(cutOff.title()).isEqualTo("SVR-GS: Spatially Variant Regularization for Probabilistic Masks in 3D Gaussian Splatting");
        assertThat(cutOff.abstractText()).isNull();
        assertThat(paper(report, 19).abstractText()).endsWith("https://github.com/haiduo/SpecVLM.");
        assertThat(paper(report, 22).abstractText()).isNull();
    }

    @Test
    void fileCutMidAbstractIsTruncated() {
        String text = SampleReports.text(SampleReports.FILE_003);
        String cut = text.substring(0, text.length() - 40);

        ParsedReport report = parseReport(cut);

        assertThat(report.papers()).hasSize(25);
        assertThat(report.hasWarning(WarningCodes.TRUNCATED)).isTrue();
        assertThat(paper(report, 25).abstractText()).isNotBlank();
    }

    @Test
    void fileCutInTheBriefSectionWarnsTruncatedAndMissingDetails() {
        String text = SampleReports.text(SampleReports.FILE_004);
        ParsedReport report = parseReport(text.substring(0, text.indexOf("### 11. ") + "### 11. LiLa".length()));

        assertThat(report.papers()).hasSize(10);
        assertThat(report.hasWarning(WarningCodes.TRUNCATED)).isTrue();
        assertThat(report.hasWarning(WarningCodes.MISSING_DETAILS)).isTrue();
        assertThat(report.warnings()).contains("count-mismatch: declared 28 papers, found 11 entries");
        assertThat(report.rejections()).extracting(EntryRejection::entry, EntryRejection::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(11, ReasonCodes.EMPTY_ENTRY));
    }

    @Test
    void completeReportWithoutFinalLineEndIsNotTruncated() {
        String text = report().paper(1, "Fast Decoding").paper(2, "Slim Attention").build().stripTrailing();

        ParsedReport report = parseReport(text);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.papers()).hasSize(2);
    }

    @Test
    void brokenLastEntryIsARejectionNotATruncation() {
        ParsedReport report = parseReport(report().declaredCount("2篇")
                .paper(1, "Fast Decoding")
                .brief(2, "", "请提供论文的标题、主要机构和摘要信息，以便生成技术简报。")
                .details(2, "", "", "0人", "")
                .build());

        assertThat(report.warnings()).isEmpty();
        assertThat(report.rejections()).extracting(EntryRejection::reasonCode).containsExactly(ReasonCodes.PLACEHOLDER_ENTRY);
    }

    @Test
    void entriesInAnUnknownSectionAreSkippedWithOneWarning() {
        String text = report().paper(1, "Fast Decoding").build()
                + "## 参考文献\n\n### 1. Some Cited Work\n\nCited.\n\n### 2. Another Cited Work\n\nCited.\n";

        ParsedReport report = parseReport(text);

        assertThat(report.papers()).extracting(ParsedPaper::title).containsExactly("Fast Decoding");
        assertThat(report.warnings()).singleElement().asString().startsWith("unknown-section: section \"参考文献\"");
        assertThat(parseReport(report().paper(1, "Fast Decoding").build() + "## 总结\n\n本期共分析1篇论文。\n").warnings()).isEmpty();
    }

    // ---- numbering

    @Test
    void repeatedNumberWithDifferentTitlesKeepsBoth() {
        ParsedReport report = parseReport(report().declaredCount("3篇")
                .paper(1, "Fast Decoding").paper(2, "Slim Attention").paper(2, "Quantized Experts").build());

        assertThat(report.papers()).extracting(ParsedPaper::title)
                .containsExactly("Fast Decoding", "Slim Attention", "Quantized Experts");
        assertThat(report.papers()).filteredOn(p -> p.title().equals("Quantized Experts")).singleElement()
                .satisfies(p -> assertThat(p.abstractText()).isEqualTo("We study Quantized Experts and report faster inference."));
        assertThat(report.hasWarning(WarningCodes.REPEATED_NUMBER)).isTrue();
        assertThat(report.hasWarning(WarningCodes.OUT_OF_ORDER)).isFalse();
    }

    @Test
    void outOfOrderNumberingIsAWarning() {
        ParsedReport report = parseReport(report().paper(2, "Slim Attention").paper(1, "Fast Decoding").build());

        assertThat(report.papers()).extracting(ParsedPaper::entry).containsExactly(2, 1);
        assertThat(report.warnings()).containsExactly(
                "out-of-order: brief entry 1 follows entry 2", "out-of-order: details entry 1 follows entry 2");
    }

    @Test
    void repeatedEntryWithTheSameTitleIsMerged() {
        ParsedReport report = parseReport(report().declaredCount("2篇")
                .paper(1, "Fast Decoding").paper(2, "Slim Attention").brief(2, "SLIM ATTENTION", "重复的简报。").build());

        assertThat(report.papers()).hasSize(2);
        assertThat(paper(report, 2).brief()).isEqualTo("研究团队发布了Slim Attention论文，解决了推理延迟问题。");
        assertThat(report.hasWarning(WarningCodes.DUPLICATE_ENTRY)).isTrue();
    }

    @Test
    void outOfOrderAndRenumberedDetailsAreJoinedByTitle() {
        ParsedReport report = parseReport(report()
                .brief(1, "Fast Decoding", "简报一：推测解码加速。")
                .brief(2, "Slim Attention", "简报二：稀疏注意力加速。")
                .details(7, "Slim Attention", "Lab B", "2人", "Abstract of slim attention.")
                .details(9, "FAST DECODING", "Lab A", "3人", "Abstract of fast decoding.")
                .build());

        assertThat(report.papers()).hasSize(2);
        assertThat(paper(report, 1).abstractText()).isEqualTo("Abstract of fast decoding.");
        assertThat(paper(report, 1).institutions()).isEqualTo("Lab A");
        assertThat(paper(report, 2).abstractText()).isEqualTo("Abstract of slim attention.");
        assertThat(report.hasWarning(WarningCodes.NUMBER_MISMATCH)).isTrue();
    }

    @Test
    void detailsWithoutBriefAndBriefWithoutDetailsBothBecomePapers() {
        ParsedReport report = parseReport(report().declaredCount("3篇")
                .paper(1, "Fast Decoding")
                .brief(2, "Only A Brief", "只有简报的论文，提出了新的剪枝方法。")
                .details(3, "Only Details", "Lab C", "4人", "Only the details section knows this paper.")
                .build());

        assertThat(report.papers()).extracting(ParsedPaper::entry).containsExactly(1, 2, 3);
        assertThat(paper(report, 2).abstractText()).isNull();
        assertThat(paper(report, 3).brief()).isNull();
        assertThat(paper(report, 3).authorCount()).isEqualTo(4);
        assertThat(report.warnings()).containsExactlyInAnyOrder(
                "brief-without-details: brief entry 2 has no details entry",
                "details-without-brief: details entry 3 has no brief entry");
    }

    @Test
    void sameNumberWithUnrelatedTitlesIsKeptApart() {
        ParsedReport report = parseReport(report().declaredCount("2篇")
                .brief(1, "Fast Decoding", "推测解码的简报内容。")
                .details(1, "Completely Different Paper", "Lab", "1人", "An abstract about something else entirely.")
                .build());

        assertThat(report.papers()).extracting(ParsedPaper::title).containsExactly("Fast Decoding", "Completely Different Paper");
        assertThat(report.hasWarning(WarningCodes.TITLE_MISMATCH)).isTrue();
    }

    // ---- broken entries

    @Test
    void placeholderEntriesAreRejectedWhateverTheLanguage() {
        ParsedReport report = parseReport(report().declaredCount("3篇")
                .paper(1, "Fast Decoding")
                .brief(2, "Some Paper", "Please provide the paper's title, institutions and abstract so I can write a brief.")
                .details(2, "Some Paper", "", "0人", "")
                .brief(3, "", "无法生成技术简报：缺少论文信息。")
                .build());

        assertThat(report.papers()).extracting(ParsedPaper::entry).containsExactly(1);
        assertThat(report.rejections()).extracting(EntryRejection::entry, EntryRejection::reasonCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, ReasonCodes.PLACEHOLDER_ENTRY),
                org.assertj.core.groups.Tuple.tuple(3, ReasonCodes.PLACEHOLDER_ENTRY));
        assertThat(report.rejections().get(0).excerpt()).contains("Please provide");
    }

    @Test
    void entryWithTitleButNoTextIsEmpty() {
        ParsedReport report = parseReport(report().declaredCount("2篇")
                .paper(1, "Fast Decoding")
                .brief(2, "A Title Without Anything", "")
                .details(2, "A Title Without Anything", "", "", "")
                .build());

        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.entry()).isEqualTo(2);
            assertThat(r.reasonCode()).isEqualTo(ReasonCodes.EMPTY_ENTRY);
            assertThat(r.message()).contains("A Title Without Anything");
        });
    }

    @Test
    void entryWithContentButNoTitleIsRejectedAsNoTitle() {
        ParsedReport report = parseReport(report().declaredCount("1篇")
                .brief(1, "  ", "研究团队发布了一篇关于量化的论文，达成了3倍加速。")
                .details(1, "", "Lab", "2人", "We quantize weights to four bits.")
                .build());

        assertThat(report.papers()).isEmpty();
        assertThat(report.rejections()).singleElement()
                .satisfies(r -> assertThat(r.reasonCode()).isEqualTo(ReasonCodes.NO_TITLE));
    }

    @Test
    void rejectionExcerptIsBounded() {
        String longPlaceholder = "请提供论文信息。" + "\n\n" + "x".repeat(5000);
        ParsedReport report = parseReport(report().declaredCount("1篇")
                .brief(1, "", longPlaceholder).details(1, "", "", "", "").build());

        assertThat(report.rejections()).singleElement()
                .satisfies(r -> assertThat(r.excerpt()).hasSizeLessThanOrEqualTo(Excerpt.MAX_CHARS));
    }

    // ---- whole-file rejections

    @Test
    void emptyAndBlankFilesAreRejected() {
        assertThat(fileRejection(parse(new byte[0])).reasonCode()).isEqualTo(ReasonCodes.EMPTY_FILE);
        assertThat(fileRejection(parse(" \n\r\n\t \n")).reasonCode()).isEqualTo(ReasonCodes.EMPTY_FILE);
    }

    @Test
    void binaryFilesAreRejected() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        FileRejection withNul = fileRejection(parse(png));
        assertThat(withNul.reasonCode()).isEqualTo(ReasonCodes.BINARY_FILE);
        assertThat(withNul.excerpt()).startsWith("89 50 4e 47");

        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (noise[i] | 0x80);
        }
        noise[1] = (byte) 0xFF;
        assertThat(fileRejection(parse(noise)).reasonCode()).isEqualTo(ReasonCodes.BINARY_FILE);
    }

    @Test
    void unrelatedMarkdownIsNotAReport() throws IOException {
        FileRejection rejection = fileRejection(parse(resource("unrelated-readme.md")));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCodes.NOT_A_REPORT);
        assertThat(rejection.message()).contains("生成时间");
        assertThat(rejection.excerpt()).startsWith("# fastkv");
    }

    @Test
    void oneEnormousLineIsRejectedWithoutReadingTheRest() throws IOException {
        long[] served = {0};
        long virtualSize = 4L * 1024 * 1024 * 1024;
        InputStream endlessLine = new InputStream() {
            @Override
            public int read() {
                return served[0]++ < virtualSize ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, virtualSize - served[0]);
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                served[0] += n;
                return n;
            }
        };

        FileRejection rejection = fileRejection(ReportParser.parse(endlessLine, ParserOptions.defaults()));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCodes.LINE_TOO_LONG);
        assertThat(rejection.message()).contains("line 1").contains(String.valueOf(ParserOptions.DEFAULT_MAX_LINE_LENGTH));
        assertThat(rejection.excerpt()).hasSize(Excerpt.MAX_CHARS);
        assertThat(served[0]).isLessThan(1024L * 1024);
    }

    @Test
    void maxLineLengthIsConfigurable() {
        String text = report().paper(1, "Fast Decoding").build();

        assertThat(fileRejection(parse(text.getBytes(StandardCharsets.UTF_8), ParserOptions.defaults().withMaxLineLength(20)))
                .reasonCode()).isEqualTo(ReasonCodes.LINE_TOO_LONG);
        assertThat(SampleReports.report(parse(text.getBytes(StandardCharsets.UTF_8), ParserOptions.defaults().withMaxLineLength(200)))
                .papers()).hasSize(1);
    }

    @Test
    void overlongFieldTextIsCutWithAWarning() {
        String text = report().brief(1, "Fast Decoding", "长".repeat(3000)).details(1, "Fast Decoding", "Lab", "1人", "Abstract.").build();

        ParsedReport report = SampleReports.report(parse(text.getBytes(StandardCharsets.UTF_8), ParserOptions.defaults().withMaxFieldLength(1000)));

        assertThat(paper(report, 1).brief()).hasSize(1000);
        assertThat(report.hasWarning(WarningCodes.TEXT_TRUNCATED)).isTrue();
    }

    // ---- identity

    @Test
    void samePaperInTwoReportsHasTheSameId() {
        ParsedReport first = parseReport(report().paper(1, "Under review as a conference paper at ICLR 2026 FAST DECODING FOR LLMS").build());
        ParsedReport second = parseReport(report().paper(5, "Fast Decoding for LLMs").build());

        assertThat(paper(first, 1).paperId()).isEqualTo(paper(second, 5).paperId());
        assertThat(paper(first, 1).paperId()).isNotEqualTo(parseReport(report().paper(1, "Fast Decoding for VLMs").build()).papers().get(0).paperId());
    }
}
