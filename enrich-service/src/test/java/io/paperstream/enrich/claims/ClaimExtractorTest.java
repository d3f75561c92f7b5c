package io.paperstream.enrich.claims;

import io.paperstream.enrich.text.Field;
import io.paperstream.schemas.MetricClaim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClaimExtractorTest {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.fromClasspath();

    private static List<MetricClaim> brief(String text) {
        return EXTRACTOR.extract(text, Field.BRIEF);
    }

    private static List<MetricClaim> abstractText(String text) {
        return EXTRACTOR.extract(text, Field.ABSTRACT);
    }

    @Test
    void readsChineseRangeWithUnitsOnBothEnds() {
        assertThat(brief("该方法实现了端到端加速2.35x至2.72x的效果。"))
                .extracting(MetricClaim::getKind, MetricClaim::getLow, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("speedup", 2.35, 2.72, "x"));
    }

    @Test
    void readsPercentAndTimesRanges() {
        assertThat(abstractText("It keeps 88-99% of the original accuracy and compresses features by 273×-1365×."))
                .extracting(MetricClaim::getLow, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple(88.0, 99.0, "%"), tuple(273.0, 1365.0, "x"));
    }

    @Test
    void foldsFullWidthDigitsAndKeepsTheOriginalSpan() {
        List<MetricClaim> claims = brief("在某模型上实现１．３５倍加速，显存降低２４％。");
        assertThat(claims).extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("speedup", 1.35, "x"), tuple("reduction", 24.0, "%"));
        assertThat(claims.get(1).getText()).contains("２４％");
        assertThat(claims.get(1).getTarget()).isEqualTo("memory");
    }

    @Test
    void pairsSlashSeparatedModelsWithSlashSeparatedValues() {
        assertThat(abstractText("Our method reduces SDXL/Flux generation latency by 24%/23% with little quality loss."))
                .extracting(MetricClaim::getModel, MetricClaim::getValue, MetricClaim::getKind, MetricClaim::getTarget)
                .containsExactly(tuple("SDXL", 24.0, "reduction", "latency"), tuple("Flux", 23.0, "reduction", "latency"));
    }

    @Test
    void pairsRespectivelyListedDatasets() {
        assertThat(abstractText("It achieves +3.2% and +1.1% improvement on AlphaBench and BetaQA, respectively."))
                .extracting(MetricClaim::getModel, MetricClaim::getValue)
                .containsExactly(tuple("AlphaBench", 3.2), tuple("BetaQA", 1.1));
    }

    @Test
    void marksHedgedNumbersAsApproximate() {
        assertThat(brief("推理速度提升高达3.1倍，内存占用减少近40%，吞吐量提高约2倍。"))
                .extracting(MetricClaim::getApprox).containsExactly(true, true, true);
        assertThat(abstractText("We obtain up to 2.1x speedup and nearly 30% lower latency, and a 5% gain."))
                .extracting(MetricClaim::getApprox).containsExactly(true, true, false);
    }

    @Test
    void ignoresSizesSettingsCountsYearsAndCitations() {
        String text = "We evaluate Llama-2-7B and a 70亿参数 model with 8k token上下文, W4A4KV4 and 4-bit weights "
                + "at 50% sparsity with 16:32 patterns on six benchmarks and 17 diverse tasks (Wei et al., 2022) [4], "
                + "see Section 3.2, using 2.2M parameters on 592×592×3 images.";
        assertThat(abstractText(text)).isEmpty();
    }

    @Test
    void aKindWordBelongsToTheNumberOnItsSideOfAConjunction() {
        assertThat(abstractText("It delivers up to 4.72× speedup and 6.4× memory reduction compared to the FP16 baseline."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 4.72), tuple("reduction", 6.4));
        assertThat(brief("达成了1.21×推理加速和36%KV内存减少的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getTarget)
                .containsExactly(tuple("speedup", "inference"), tuple("reduction", "kv-cache"));
    }

    @Test
    void listItemsWithoutTheirOwnVerbContinueTheSentencesKind() {
        assertThat(abstractText("This reduces computational cost by 44.9%, generated tokens by 41.4%, and latency by 30%."))
                .extracting(MetricClaim::getKind, MetricClaim::getTarget)
                .containsExactly(tuple("reduction", "flops"), tuple("reduction", "tokens"), tuple("reduction", "latency"));
    }

    @Test
    void absoluteValuesAreScoresAndCompressionRatiosAreNamed() {
        assertThat(abstractText("The model reaches 91.3% accuracy and a 55%-60% compression ratio, with 0.4 dB PSNR drop."))
                .extracting(MetricClaim::getKind, MetricClaim::getTarget)
                .containsExactly(tuple("score", "accuracy"), tuple("compression-ratio", null), tuple("reduction", "psnr"));
    }

    @Test
    void pointsAndPercentagePointsAreOneUnit() {
        assertThat(brief("在LongBench上提升约1点、RULER上超过3个百分点"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("improvement", 1.0, "points"), tuple("improvement", 3.0, "points"));
    }

    @Test
    void operatingPointsAndBareCapabilitiesAreNotClaims() {
        assertThat(abstractText("At 18 bpp the codec matches the raw features.")).isEmpty();
        assertThat(brief("支持240秒视频生成。")).isEmpty();
        assertThat(abstractText("It cuts latency by 35 ms.")).extracting(MetricClaim::getUnit).containsExactly("ms");
    }
}
