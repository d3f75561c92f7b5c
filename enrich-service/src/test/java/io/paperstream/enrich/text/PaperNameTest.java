package io.paperstream.enrich.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaperNameTest {

    @Test
    void theNameIsWhatStandsBeforeTheTitlesColonCutAtReportNoise() {
        assertThat(PaperName.in("PocketSeg: Decoupled Distillation of Segment Anything for Mobile Phones")).isEqualTo("pocketseg");
        assertThat(PaperName.in("Preprint. TQ-DIT: TIMESTEP-AWARE QUANTIZATION")).isEqualTo("tq-dit");
        assertThat(PaperName.in("Skim-and-Scan：强化学习帧采样")).isEqualTo("skim-and-scan");
    }

    @Test
    void aPhraseOrATitleWithoutAColonNamesNothing() {
        assertThat(PaperName.in("Does low-bit quantization break long-context reasoning? A systematic study")).isNull();
        assertThat(PaperName.in("Towards efficient long context inference for small models: a study")).isNull();
        assertThat(PaperName.in("one step is enough: adversarial score distillation")).isNull();
        assertThat(PaperName.in(null)).isNull();
    }

    @Test
    void aMentionCountsOnlyAsAWholeWord() {
        assertThat(PaperName.firstMention("the microbench and microbench-2 differ; microbench runs", "microbench")).isEqualTo(4);
        assertThat(PaperName.firstMention("microbenchmarks only", "microbench")).isEqualTo(-1);
        assertThat(PaperName.firstMention("anything", null)).isEqualTo(-1);
    }

    @Test
    void withoutANameInTheTitleTheBriefsPublishedNameCounts() {
        assertThat(PaperName.in("Know When to Stop: Confidence-Triggered Early Termination of Long Chain-of-Thought",
                "南洋理工大学、阿里巴巴达摩院发布了StopWise论文，使用基于中间答案一致性探针的提前终止机制")).isEqualTo("stopwise");
        assertThat(PaperName.in("PocketSeg: Decoupled Distillation", "某大学发布了OtherName论文")).isEqualTo("pocketseg");
        assertThat(PaperName.in("Rethinking the shape convention of an MLP",
                "MediaTek Research发布了“RETHINKING THE SHAPE CONVENTION OF AN MLP”论文")).isNull();
        assertThat(PaperName.in("A study without a name", "清华大学发布了关于长上下文推理的论文")).isNull();
        assertThat(PaperName.in("A study without a name", null)).isNull();
    }
}
