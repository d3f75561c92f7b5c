package io.paperstream.ingest.report;

import static io.paperstream.ingest.report.SampleReports.paper;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The five shared sample reports, with counts and fields checked by reading the files by hand. */
class ReportParserSamplesTest {

    private static ParsedReport parseSample(String file) throws IOException {
        try (InputStream in = Files.newInputStream(SampleReports.path(file))) {
            return SampleReports.report(ReportParser.parse(in));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "000_b37b441a3ae954a2.txt, 22, 22, 0, 2025-09-16T18:28:13Z",
            "001_1d65928815f09800.txt, 39, 39, 0, 2025-10-15T15:43:59Z",
            "002_ee340ae9bd814c68.txt, 28, 27, 1, 2025-09-10T17:05:02Z",
            "003_cfeb157afe068b2b.txt, 25, 25, 0, 2025-10-16T13:12:25Z",
            "004_0e7c8be473a654ed.txt, 28, 28, 0, 2025-10-16T10:21:43Z"})
    void samplesSplitIntoTheirEntries(String file, int declared, int papers, int rejections, String generatedAt) throws IOException {
        ParsedReport report = parseSample(file);

        assertThat(report.header().declaredCount()).isEqualTo(declared);
        assertThat(report.header().generatedAt()).isEqualTo(Instant.parse(generatedAt));
        assertThat(report.header().title()).isEqualTo("AI推理加速技术论文分析报告");
        assertThat(report.papers()).hasSize(papers);
        assertThat(report.rejections()).hasSize(rejections);
        assertThat(report.warnings()).isEmpty();
        assertThat(report.charset()).isEqualTo("UTF-8");
        assertThat(report.papers()).allSatisfy(p -> {
            assertThat(p.paperId()).matches("[0-9a-f]{16}");
            assertThat(p.title()).isNotBlank();
            assertThat(p.brief()).isNotBlank();
        });
    }

    @Test
    void allSamplePapersHaveDistinctIds() throws IOException {
        Set<String> ids = new HashSet<>();
        int papers = 0;
        for (String file : new String[] {SampleReports.FILE_000, SampleReports.FILE_001, SampleReports.FILE_002,
                SampleReports.FILE_003, SampleReports.FILE_004}) {
            for (ParsedPaper paper : parseSample(file).papers()) {
                ids.add(paper.paperId());
                papers++;
            }
        }
        assertThat(papers).isEqualTo(141);
        assertThat(ids).hasSize(141);
    }

    @Test
    void placeholderEntryOfReport002IsRejected() throws IOException {
        ParsedReport report = parseSample(SampleReports.FILE_002);

        EntryRejection rejection = report.rejections().get(0);
        assertThat(rejection.entry()).isEqualTo(2);
        assertThat(rejection.reasonCode()).isEqualTo(ReasonCodes.PLACEHOLDER_ENTRY);
        assertThat(rejection.message()).contains("no title");
        assertThat(rejection.excerpt()).contains("请提供论文的标题").hasSizeLessThanOrEqualTo(1000);
        assertThat(report.papers()).extracting(ParsedPaper::entry).doesNotContain(2).contains(1, 3, 28);
    }

    @Test
    void venueBannerIsRemovedAndFieldsAreJoined() throws IOException {
        ParsedPaper specVlm = paper(parseSample(SampleReports.FILE_000), 19);

        assertThat(specVlm.rawTitle()).isEqualTo("Under review as a conference paper SPECVLM: FAST SPECULATIVE DECODING IN VISION-LANGUAGE MODELS");
        assertThat(specVlm.title()).isEqualTo("SPECVLM: FAST SPECULATIVE DECODING IN VISION-LANGUAGE MODELS");
        assertThat(specVlm.paperId()).isEqualTo(PaperIds.of("SpecVLM: Fast Speculative Decoding in Vision-Language Models"));
        assertThat(specVlm.authorCount()).isEqualTo(7);
        assertThat(specVlm.institutions())
                .isEqualTo("Institute of Artificial Intelligence and Robotics, Advanced Micro Devices, Inc, Xi'an Jiaotong University");
        assertThat(specVlm.brief()).startsWith("西安交通大学与AMD发布了SpecVLM论文").endsWith("无损解码的效果");
        assertThat(specVlm.abstractText()).startsWith("Speculative decoding is a powerful way to accelerate")
                .endsWith("Our code is available at https://github.com/haiduo/SpecVLM.");
    }

    @Test
    void lineBreakHyphenIsRepairedAndEmptyInstitutionsAreNull() throws IOException {
        ParsedReport report = parseSample(SampleReports.FILE_000);
        ParsedPaper obr = paper(report, 14);

        assertThat(obr.rawTitle()).isEqualTo("OPTIMAL BRAIN RESTORATION FOR JOINT QUANTIZA-TION AND SPARSIFICATION OF LLMS");
        assertThat(obr.title()).isEqualTo("OPTIMAL BRAIN RESTORATION FOR JOINT QUANTIZATION AND SPARSIFICATION OF LLMS");
        assertThat(obr.institutions()).isNull();
        assertThat(obr.authorCount()).isEqualTo(4);

        assertThat(paper(report, 15).title()).isEqualTo("RESOURCE-AWARE NEURAL NETWORK PRUNING USING GRAPH-BASED REINFORCEMENT LEARNING");
        assertThat(paper(report, 17).title()).isEqualTo("Spec-LLaVA: Accelerating Vision-Language Models with Dynamic Tree-Based Speculative Decoding");
        assertThat(paper(report, 1).title()).isEqualTo("AMQ: Enabling AutoML for Mixed-precision Weight-Only Quantization of Large Language Models");
        assertThat(paper(report, 13).title()).contains("DEPRESSION-INSPIRED");
    }

    @Test
    void doubledTitlesCollapse() throws IOException {
        assertThat(paper(parseSample(SampleReports.FILE_004), 28).title())
                .isEqualTo("VideoNSA: Native Sparse Attention Scales Video Understanding");
        assertThat(paper(parseSample(SampleReports.FILE_001), 30).title())
                .isEqualTo("Retrieval-of-Thought: Efficient Reasoning via Reusing Thoughts");
    }

    @Test
    void entryWithEmptyAbstractKeepsItsBrief() throws IOException {
        ParsedPaper paper = paper(parseSample(SampleReports.FILE_003), 7);

        assertThat(paper.abstractText()).isNull();
        assertThat(paper.brief()).isNotBlank();
        assertThat(paper.authorCount()).isEqualTo(15);
        assertThat(paper.institutions()).isEqualTo("Stony Brook University, Meta Superintelligence Labs, Cornell University");
    }
}
