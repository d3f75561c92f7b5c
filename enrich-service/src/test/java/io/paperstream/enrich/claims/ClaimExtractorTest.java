package io.paperstream.enrich.claims;

import io.paperstream.enrich.text.AnalysedText;
import io.paperstream.enrich.text.Field;
import io.paperstream.enrich.text.TermMatcher;
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
    void aKeptShareOfQualityIsAScoreAndAKeptShareOfParametersACompressionRatio() {
        assertThat(brief("达成了模型规模缩小40%、保留97%语言理解能力的效果。"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 40.0), tuple("score", 97.0));
        assertThat(abstractText("It runs 60% faster and preserves 97% of the teacher's language understanding performance."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("improvement", 60.0), tuple("score", 97.0));
        assertThat(abstractText("The pruned model retains just 26% of the original parameters while keeping performance."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("compression-ratio", 26.0));
    }

    @Test
    void aSpeedThatRoseNTimesIsASpeedupButByAShareItIsAnImprovementLikeAScoreThatRose() {
        assertThat(brief("达成了推理速度提升2.6倍的效果。")).extracting(MetricClaim::getKind).containsExactly("speedup");
        assertThat(brief("达成了推理速度提升60%的效果。")).extracting(MetricClaim::getKind).containsExactly("improvement");
        assertThat(brief("使模型在主要推理基准上平均性能提升4.9%。")).extracting(MetricClaim::getKind).containsExactly("improvement");
    }

    @Test
    void removingShorteningAndCheaperAreReductions() {
        assertThat(brief("达成了剪除20%参数、保留原模型94.97%零样本性能的效果。"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 20.0), tuple("score", 94.97));
        assertThat(abstractText("It shortens reasoning by about 40% and serves models 9x cheaper than dense ones."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 40.0), tuple("reduction", 9.0));
    }

    @Test
    void theShareAnExperimentRemovesOrKeepsBeforeItMeasuresIsASetting() {
        assertThat(brief("达成了在剪除20%参数的情况下保留原模型94.97%零样本性能、仅保留11.1%视觉token时精度下降0.8%的效果。"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 94.97), tuple("reduction", 0.8));
        assertThat(brief("达成了删除25%模型参数的同时保持99%零样本性能的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 25.0), tuple("score", 99.0));
    }

    @Test
    void theStartOfAChangeAndTheOtherSideOfAComparisonAreNoClaims() {
        assertThat(brief("将成功率从思维链提示的4%提升到74%。"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 74.0));
        assertThat(abstractText("Our policy wins 62% of comparisons, compared with 57% for PPO."))
                .extracting(MetricClaim::getValue)
                .containsExactly(62.0);
    }

    @Test
    void timesWithAComparisonIsARatioButARepetitionCountIsNoClaim() {
        assertThat(abstractText("At 3B it runs 2.71 times faster and needs 3.55 times less GPU memory. "
                + "Each experiment is repeated 3 times."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("speedup", 2.71, "x"), tuple("reduction", 3.55, "x"));
    }

    @Test
    void durationsInHoursAreClaimsOnlyWhenTheTextSaysWhatChanged() {
        assertThat(abstractText("These optimisations cut the total training time to 67 hours."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("score", 67.0, "hours"));
        assertThat(abstractText("We train the model for 24 hours on 8 GPUs.")).isEmpty();
        assertThat(brief("训练时间缩短至12小时。")).extracting(MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple(12.0, "hours"));
    }

    @Test
    void theGameOf24IsNoScoreInPoints() {
        assertThat(brief("达成了在24点游戏上成功率达到74%的效果。"))
                .extracting(MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple(74.0, "%"));
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
    void readsATimesSignThatPdfExtractionTurnedIntoACircumflex() {
        List<MetricClaim> claims = abstractText("It achieves 7.8ˆless perplexity than the best existing method.");
        assertThat(claims).extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("reduction", 7.8, "x"));
        assertThat(claims.get(0).getText()).contains("7.8ˆ");
    }

    @Test
    void aNumberInParenthesesAfterASettingWordIsTheSettingsValue() {
        assertThat(abstractText("Experiments across varying pruning rates (50%-70%) show that it reduces FLOPs by over 80%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 80.0));
        assertThat(abstractText("At high sparsity levels (70%) it keeps 95% of the accuracy."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 95.0));
        // a word that merely begins with a setting word is no setting
        assertThat(brief("使用剪枝方法（3.2倍加速）达成了高效推理。"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 3.2));
    }

    @Test
    void numbersInTheAbstractsOpeningBackgroundAreNoClaims() {
        assertThat(abstractText("Serving long contexts is costly. For instance, a 7B model with a 32K-token prompt requires "
                + "about 16 GB for its KV cache, and decoding slows by 40%. We propose SlimKV, which cuts KV cache "
                + "memory by 4×.")).extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 4.0));
        // with no sentence about its own work an abstract has no background to tell apart
        assertThat(abstractText("Serving long contexts is costly. SlimKV cuts KV cache memory by 4×."))
                .extracting(MetricClaim::getValue).containsExactly(4.0);
    }

    @Test
    void numbersJoinedToOneMeasureShareItsTarget() {
        assertThat(abstractText("It reduces the number of Gaussians by 1.79× compared to MaskGS and 5.63× compared to 3DGS, "
                + "while incurring only 0.50 dB and 0.40 dB PSNR drops, respectively."))
                .extracting(MetricClaim::getValue, MetricClaim::getTarget)
                .containsExactly(tuple(1.79, "gaussians"), tuple(5.63, "gaussians"), tuple(0.5, "psnr"), tuple(0.4, "psnr"));
        // a word between them says the next number measures something else
        assertThat(abstractText("It reaches dice scores of 83.28 and 84.50% and jaccard indices of 72.85%."))
                .extracting(MetricClaim::getValue, MetricClaim::getTarget)
                .containsExactly(tuple(83.28, "dice"), tuple(84.5, "dice"), tuple(72.85, "jaccard"));
        assertThat(brief("达成了推理延迟降低82%及成本59%的效果")).extracting(MetricClaim::getValue, MetricClaim::getTarget)
                .containsExactly(tuple(82.0, "latency"), tuple(59.0, "cost"));
    }

    @Test
    void theHardwareANumberWasMeasuredOnIsNoModel() {
        assertThat(abstractText("It achieves a 1.46× speedup on NVIDIA A800 GPUs and a 2.1% gain on ImageNet."))
                .extracting(MetricClaim::getValue, MetricClaim::getModel)
                .containsExactly(tuple(1.46, null), tuple(2.1, "ImageNet"));
        assertThat(brief("在RTX 4090上实现2.5倍加速")).extracting(MetricClaim::getModel).containsExactly((String) null);
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
    void aMaintainedShareOfQualityIsAScoreAndWhatIsKeptAfterTheVerbIsNotThisNumbers() {
        assertThat(brief("达成了删除25%模型参数的同时在LLaMA-2 70B和Phi-2上分别保持99%和90%的零样本任务性能的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 25.0), tuple("score", 99.0), tuple("score", 90.0));
        assertThat(abstractText("It reduces cost by 59% while maintaining accuracy."))
                .extracting(MetricClaim::getKind, MetricClaim::getTarget)
                .containsExactly(tuple("reduction", "cost"));
    }

    @Test
    void higherOrLowerThanSomethingIsAChange() {
        assertThat(brief("达成了平均精度比上下文学习高约8.6个百分点、延迟比基线低30%的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("improvement", 8.6), tuple("reduction", 30.0));
    }

    @Test
    void anAbsoluteValueDoesNotContinueTheKindOfAChangeInAnotherUnit() {
        assertThat(brief("达成了整体模型缩小约60倍、单图推理约12ms的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getUnit)
                .containsExactly(tuple("compression-ratio", "x"), tuple("score", "ms"));
        assertThat(abstractText("It cuts memory by 2x and latency by 3 ms."))
                .extracting(MetricClaim::getKind, MetricClaim::getUnit)
                .containsExactly(tuple("reduction", "x"), tuple("reduction", "ms"));
    }

    @Test
    void theSameVerbAgainInTheSentenceMeasuresTheSameThing() {
        assertThat(brief("达成了推理速度在CPU上比朴素加载提升4-5倍、在GPU上提升20-25倍的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 5.0), tuple("speedup", 25.0));
    }

    @Test
    void fallingSkippingAndFasterControlAreChangesOfCostAndSpeed() {
        assertThat(abstractText("Total inference compute falls by 36%, and it can skip up to 93.68% of the layers."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 36.0), tuple("reduction", 93.68));
        assertThat(brief("达成了在真实机械臂上控制频率提升15%的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getTarget)
                .containsExactly(tuple("improvement", "speed"));
    }

    @Test
    void aByAmountTakesItsKindFromTheVerbBeforeIt() {
        assertThat(abstractText("It accelerates decoding by up to 1.8x on MT-bench and by up to 4x with strong scaling on multiple GPUs."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 1.8), tuple("speedup", 4.0));
    }

    @Test
    void aRiseInAnErrorMetricIsALossOfQuality() {
        assertThat(abstractText("The model size drops by 40% with a 17% relative WER increase."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 40.0), tuple("reduction", 17.0));
        assertThat(abstractText("Accuracy increases by 2%."))
                .extracting(MetricClaim::getKind)
                .containsExactly("improvement");
    }

    @Test
    void aMetricReportedWithoutUnitTakesItsNameAsTheUnit() {
        assertThat(abstractText("The 4-bit model reaches an FID of 4.93, and FID drops by 0.3 against PTQ4DM."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("score", 4.93, "FID"), tuple("reduction", 0.3, "FID"));
        assertThat(brief("达成了WikiText-2困惑度为8.41、Frechet距离4.7 FID、困惑度仅增加0.18的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 8.41), tuple("score", 4.7), tuple("reduction", 0.18));
        // a bare number without a metric name before or after it stays no claim, and "fid" inside a word is none
        assertThat(abstractText("We train 12 layers for 3 epochs with high fidelity 2.5 and a perplexity-based filter of 30."))
                .isEmpty();
    }

    @Test
    void aCompressionRateAnExperimentRunsAtIsASetting() {
        assertThat(abstractText("It boosts performance by up to 21.4% at a 4x compression rate, "
                + "and achieves nearly lossless compression at compression ratios of 20% ~ 25%."))
                .extracting(MetricClaim::getValue)
                .containsExactly(21.4);
        assertThat(brief("达成了在20%压缩率下保持原模型约92%性能、以20%压缩比取得困惑度7.94、压缩50%的条件下困惑度仅增加0.18的效果"))
                .extracting(MetricClaim::getValue)
                .containsExactly(92.0, 7.94, 0.18);
        assertThat(abstractText("It compresses the KV cache 4.98x and runs at 2x lower cost."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("compression-ratio", 4.98), tuple("reduction", 2.0));
        // the rate may be named by "compression" alone, and words may qualify it
        assertThat(abstractText("At 40% compression it keeps 96.1% accuracy. At 60% channel sparsity mIoU drops by "
                + "0.7 points, and at an 8x KV compression rate the score falls by 1.1 points."))
                .extracting(MetricClaim::getValue)
                .containsExactly(96.1, 0.7, 1.1);
    }

    @Test
    void theSidesOfAResolutionAreNoRatio() {
        assertThat(abstractText("Super-resolving a 512 x 512 image takes 0.11 s, and it generates 1024 x 1024 images "
                + "2.3x faster."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 0.11), tuple("speedup", 2.3));
    }

    @Test
    void whatAPartContributesOrAddsIsAnImprovementAndWhatAStepCostsAReduction() {
        assertThat(abstractText("Ablations show that self-distilled recovery contributes 1.9 points of top-1 accuracy. "
                + "Router fine-tuning costs at most 0.3 points of MMLU accuracy, and pruning costs as little as 0.18 perplexity."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("improvement", 1.9), tuple("reduction", 0.3), tuple("reduction", 0.18));
        assertThat(abstractText("Recovery fine-tuning adds another 1.4 points of average accuracy at modest cost."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("improvement", 1.4));
    }

    @Test
    void beatingLiftingAndBeingAboveSomethingAreImprovements() {
        assertThat(abstractText("It beats DPO by up to 6.4 points, lifts QA accuracy by 5%, and lands 2.98 points above the original model."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("improvement", 6.4), tuple("improvement", 5.0), tuple("improvement", 2.98));
        assertThat(brief("达成了加速8.1倍且精度高1.3%的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 8.1), tuple("improvement", 1.3));
    }

    @Test
    void anotherSystemsValueInParenthesesAfterAResultIsTheComparison() {
        assertThat(brief("达成了Top-1精度75.16%（原DeiT-Tiny为74.52%）、胜率约61%（PPO为57%）的效果"))
                .extracting(MetricClaim::getValue)
                .containsExactly(75.16, 61.0);
    }

    @Test
    void aByVerbGovernsItsAmountAcrossJoinedObjects() {
        assertThat(abstractText("D-LLM reduces computational cost and KV cache storage by up to 45% and 50% respectively."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 45.0), tuple("reduction", 50.0));
        assertThat(abstractText("It outperforms FlashAttention2 and xformers by about 2.1x and 2.7x in operations per second."))
                .extracting(MetricClaim::getKind)
                .containsExactly("speedup", "speedup");
    }

    @Test
    void theThingComparedWithIsNoTargetWhenTheMeasureComesBeforeIt() {
        assertThat(brief("达成了吞吐量较原始解码分别提升91%和146%、相比现有推理系统吞吐量提升最高6.4倍的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getTarget)
                .containsExactly(tuple("improvement", "throughput"), tuple("improvement", "throughput"),
                        tuple("speedup", "throughput"));
    }

    @Test
    void pointsWrittenAs个点OrHyphenatedAreRead() {
        assertThat(brief("达成了较同规模模型平均提升约3.2个点的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("improvement", 3.2, "points"));
        assertThat(abstractText("Pruning it to the smaller size gives a 0.64-point gain over the original."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("improvement", 0.64, "points"));
    }

    @Test
    void aResultsOperatingPointAndAnotherSystemsCountAreNoChanges() {
        assertThat(abstractText("A speech recognition model saves 35% of FLOPs at a WER of 6.2%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 35.0), tuple("score", 6.2));
        assertThat(abstractText("2:4 sparsity brings a 1.4x wall-clock speedup, and the model is 1.3% more accurate "
                + "when pre-training on 2x A800-80GB GPUs."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 1.4), tuple("improvement", 1.3));
        assertThat(brief("达成了在Segment Anything上实现48.9倍GPU吞吐提升的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 48.9));
    }

    @Test
    void boundsLevelsAndHardwareUnitsOfVisionAndEdgePapers() {
        assertThat(brief("达成了重建时间小于30分钟、模型大小小于4MB、芯片面积6.8mm²、能效950 GOPS/W、单帧25微秒、WER为3.9%的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 30.0), tuple("score", 4.0), tuple("score", 6.8), tuple("score", 950.0),
                        tuple("score", 25.0), tuple("score", 3.9));
        assertThat(abstractText("It renders at 34.7 FPS, is 0.3 dB PSNR above the previous best, and its retraining costs "
                + "80-90% less than the original training."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 34.7), tuple("improvement", 0.3), tuple("reduction", 90.0));
        assertThat(brief("达成了FID仅上升约0.5、在COCO上提升1.5 AP的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 0.5), tuple("improvement", 1.5));
    }

    @Test
    void exceedingByIsAnImprovementAndTheComparedSystemsValueIsNoClaim() {
        assertThat(abstractText("TinyCLIP reaches 41.1% zero-shot accuracy, exceeding the original CLIP by 3.5%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 41.1), tuple("improvement", 3.5));
        assertThat(brief("达成了在2080Ti上达到52.6 FPS、速度高于BEVDepth-R50的41.3 FPS的效果"))
                .extracting(MetricClaim::getValue)
                .containsExactly(52.6);
        assertThat(abstractText("Under an attention sparsity of 90%, it runs 2.1x faster."))
                .extracting(MetricClaim::getValue)
                .containsExactly(2.1);
    }

    @Test
    void aMemorySizeBeforeADeviceWordIsTheDevicesCapacity() {
        assertThat(abstractText("Compute falls by 36% on 24GB consumer GPUs and memory drops to 12GB per device."))
                .extracting(MetricClaim::getValue)
                .containsExactly(36.0, 12.0);
        assertThat(brief("达成了在单张48GB显卡上微调65B模型且显存降低到24GB的效果"))
                .extracting(MetricClaim::getValue)
                .containsExactly(24.0);
    }

    @Test
    void aConjunctionBetweenTheThingsComparedSeparatesNothing() {
        assertThat(brief("达成了在相同延迟下吞吐量相比FasterTransformer和Orca提升2-4倍的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getTarget)
                .containsExactly(tuple("speedup", 4.0, "throughput"));
        assertThat(abstractText("Its memory use versus vLLM and SGLang drops by 35%."))
                .extracting(MetricClaim::getKind, MetricClaim::getTarget)
                .containsExactly(tuple("reduction", "memory"));
        assertThat(abstractText("Accuracy improves by 2% and latency drops by 35%."))
                .extracting(MetricClaim::getKind, MetricClaim::getTarget)
                .containsExactly(tuple("improvement", "accuracy"), tuple("reduction", "latency"));
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

    @Test
    void bareNumbersListedBeforeAUnitShareIt() {
        assertThat(abstractText("On three sets it reaches F1 scores of 71.25, 74.50, and 78.75% respectively."))
                .extracting(MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple(71.25, "%"), tuple(74.5, "%"), tuple(78.75, "%"));
        assertThat(brief("在甲、乙两个数据集上分别取得3.1和4.2个百分点的提升"))
                .extracting(MetricClaim::getValue).containsExactly(3.1, 4.2);
        assertThat(abstractText("Since 2021, 35% of requests are cached."))
                .extracting(MetricClaim::getValue).containsExactly(35.0);
    }

    @Test
    void theBaselinesOwnNumberIsNoClaim() {
        assertThat(brief("达成了平均准确率91.2%，远超基线63.4%的效果"))
                .extracting(MetricClaim::getValue).containsExactly(91.2);
    }

    @Test
    void aNumberInARelativeClauseOnABaselineIsTheBaselines() {
        assertThat(abstractText("Our policy reaches a success rate of 81.5%, far above baselines whose best "
                + "average is 40.2%."))
                .extracting(MetricClaim::getValue).containsExactly(81.5);
    }

    @Test
    void numbersInASentenceAboutPriorWorksShortcomingsAreNoClaims() {
        assertThat(abstractText("However, existing caching methods suffer from a 30% accuracy drop on long inputs. "
                + "We propose FooCache, which reduces latency by 40%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("reduction", 40.0));
    }

    @Test
    void aShareOfParametersOrOfANamedModelIsACompressionRatio() {
        assertThat(abstractText("The student activates only 35% of the expert parameters."))
                .extracting(MetricClaim::getKind).containsExactly("compression-ratio");
        assertThat(abstractText("Our detector is accurate while needing less than 40% of MobileViT."))
                .extracting(MetricClaim::getKind).containsExactly("compression-ratio");
        assertThat(abstractText("The adapter fine-tunes only 2% of the parameters.")).isEmpty();
    }

    @Test
    void aRatioThatImprovesSomethingOtherThanSpeedIsAnImprovement() {
        assertThat(abstractText("It supports 3.5× larger batches and 2.1× higher decoding throughput."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("improvement", 3.5), tuple("speedup", 2.1));
        assertThat(brief("生成长度比基线长30多倍"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("improvement", 30.0));
    }

    @Test
    void aModelNTimesSmallerIsCompressedNTimesAndMemoryNTimesSmallerIsReduced() {
        assertThat(brief("模型体积缩小6倍，检测器比对照模型小12×"))
                .extracting(MetricClaim::getKind).containsExactly("compression-ratio", "compression-ratio");
        assertThat(abstractText("The codec is 9× smaller than the float model."))
                .extracting(MetricClaim::getKind).containsExactly("compression-ratio");
        assertThat(abstractText("Its memory footprint is 3x smaller and activations use 2x less memory."))
                .extracting(MetricClaim::getKind).containsExactly("reduction", "reduction");
    }

    @Test
    void aTimeNTimesShorterIsAnNFoldSpeedupAndAPercentageCutStaysAReduction() {
        assertThat(abstractText("Keyformer reduces inference latency by 2.1x and prefill time by 40%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 2.1), tuple("reduction", 40.0));
        assertThat(brief("端到端推理延迟降低2.23倍"))
                .extracting(MetricClaim::getKind).containsExactly("speedup");
    }

    @Test
    void theValueAChangeArrivesAtIsAScoreAndItsStartIsNoClaim() {
        assertThat(abstractText("Serving lowers p99 latency from 800 ms to 350 ms."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getLow)
                .containsExactly(tuple("score", 350.0, null));
        assertThat(brief("分割mIoU提升5个百分点至72.4%"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("improvement", 5.0, "points"), tuple("score", 72.4, "%"));
        assertThat(abstractText("It cuts the error rate to 2.5% and runs up to 3x faster."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 2.5), tuple("speedup", 3.0));
    }

    @Test
    void aParentheticalNumberTakesTheKindStatedBeforeTheParenthesis() {
        assertThat(abstractText("The method improves answer quality markedly (e.g., ∼3.1 points on SomeBench)."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("improvement", 3.1));
        assertThat(brief("缓存内存减少40倍（至90MB以下）"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("reduction", 40.0, "x"), tuple("score", 90.0, "MB"));
    }

    @Test
    void aByAmountIsAChangeEvenNextToTheWordScore() {
        assertThat(abstractText("It improves BLEU scores by 2.4% over the strongest system."))
                .extracting(MetricClaim::getKind).containsExactly("improvement");
    }

    @Test
    void aParallelSecondValueContinuesTheKindOfTheFirst() {
        assertThat(abstractText("The probe attains a 4.1% gain in recall under setting A and 2.7% under setting B."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("improvement", 4.1), tuple("improvement", 2.7));
        assertThat(brief("带来3.2倍吞吐提升或41%能耗降低"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 3.2), tuple("reduction", 41.0));
    }

    @Test
    void sparsityReachedIsACompressionRatioButSparsityAsASettingIsNoClaim() {
        assertThat(abstractText("The solver reaches sparsity levels of up to 80% without retraining."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("compression-ratio", 80.0));
        assertThat(brief("达成了高达85%的结构化稀疏度")).extracting(MetricClaim::getKind).containsExactly("compression-ratio");
        assertThat(abstractText("At 60% sparsity accuracy barely moves.")).isEmpty();
    }

    @Test
    void foldsTimesAndHalfWrittenUnits() {
        assertThat(abstractText("This yields a 15-fold speedup and 2000 frames per second, using only 7.5 µJ per frame."))
                .extracting(MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple(15.0, "x"), tuple(2000.0, "fps"), tuple(7.5, "µJ"));
        assertThat(brief("可生成4分30秒的视频")).isEmpty();
    }

    @Test
    void metricsReportedAsBareNumbersAreLevelsReached() {
        assertThat(abstractText("The detector reaches 71.6 NDS, and the student an average MSE of 0.382."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("score", 71.6, "NDS"), tuple("score", 0.382, "MSE"));
        assertThat(abstractText("It achieves a real-time factor of 0.08, with a mean opinion score (MOS) of 4.21 and an F1 of 0.87."))
                .extracting(MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple(0.08, "RTF"), tuple(4.21, "MOS"), tuple(0.87, "F1"));
        assertThat(brief("在ETTh1上MSE为0.398，实时率（RTF）降至0.08"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 0.398), tuple("score", 0.08));
    }

    @Test
    void speechAndForecastingMetricsReportedAsBareNumbersAreLevelsReached() {
        assertThat(abstractText("It reaches a UTMOS of 4.21 and a speaker similarity of 0.67, and a SIM of 0.66 on accented speech."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("score", 4.21, "UTMOS"), tuple("score", 0.67, "SIM"), tuple("score", 0.66, "SIM"));
        assertThat(abstractText("The forecaster reaches a MASE of 0.81 and a CRPS of 0.54, and the depth head an AbsRel of 0.089."))
                .extracting(MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple(0.81, "MASE"), tuple(0.54, "CRPS"), tuple(0.089, "AbsRel"));
        // a SIM card is no metric
        assertThat(abstractText("Each phone holds one SIM card.")).isEmpty();
    }

    @Test
    void aValueBroughtDownToOrLoweredToAnAverageIsALevelAndTimeToFirstTokenIsALatency() {
        assertThat(abstractText("It brings P99 latency down to 38 ms and cuts GPU cost by 44%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 38.0), tuple("reduction", 44.0));
        assertThat(brief("达成了将音频token帧率从25 Hz降至平均6.2 Hz的效果")).extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 6.2));
        assertThat(abstractText("AgentKV reduces time to first token by 5.4x.")).extracting(MetricClaim::getKind, MetricClaim::getTarget)
                .containsExactly(tuple("speedup", "latency"));
    }

    @Test
    void theShareOfCasesWhereSomethingHeldIsALevelReached() {
        assertThat(abstractText("It stays within the budget for 96% of queries and outperforms the baseline on 81% of headline variables."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 96.0), tuple("score", 81.0));
        assertThat(abstractText("SwitchThink chooses direct answering for 68% of perception-heavy queries and extended reasoning for 91% of math problems."))
                .extracting(MetricClaim::getKind).containsExactly("score", "score");
        // a share the method cuts is still a reduction
        assertThat(abstractText("It reduces latency by 40% of the original.")).extracting(MetricClaim::getKind)
                .containsExactly("reduction");
    }

    @Test
    void numbersInTheProblemABriefSaysThePaperSolvesAreNoResults() {
        assertThat(brief("某大学发布了论文，使用异步rollout，解决了大模型RL后训练中rollout阶段占用超过70%时间的问题，达成了训练加速2.1倍的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("speedup", 2.1));
        assertThat(brief("某大学发布了论文，使用流式编码，解决了生成10秒音频耗时过长的问题，达成了首包延迟降至45毫秒的效果"))
                .extracting(MetricClaim::getValue).containsExactly(45.0);
        // without the problem's closing word, the problem ends where the result starts
        assertThat(brief("某大学发布了论文，使用异步rollout，解决了rollout占用70%时间，达成了训练加速2.1倍的效果"))
                .extracting(MetricClaim::getValue).containsExactly(2.1);
    }

    @Test
    void aTimeWithinWhichSomethingHappensIsTheTimeTakenButAGapWithinAnothersIsAReduction() {
        assertThat(abstractText("The first audio packet arrives within 150 ms, and the agent answers within 0.3 s."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 150.0), tuple("score", 0.3));
        assertThat(brief("达成了首包延迟控制在150毫秒以内的效果")).extracting(MetricClaim::getKind).containsExactly("score");
        assertThat(abstractText("It keeps latency within 5 ms of the FP16 model.")).extracting(MetricClaim::getKind)
                .containsExactly("reduction");
    }

    @Test
    void aRateAVerbRunsAtIsALevelAndARateOvertakingAnotherIsAGain() {
        assertThat(abstractText("It decodes at 23 tokens/s and reduces average power by 46%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 23.0), tuple("reduction", 46.0));
        assertThat(brief("达成了准确率反超全量缓存1.5个百分点的效果")).extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("improvement", 1.5));
    }

    @Test
    void aQualifiedRateAnExperimentRunsAtIsASetting() {
        assertThat(abstractText("At an extreme 5.6% retention ratio it still outperforms FastV by 4.9 points."))
                .extracting(MetricClaim::getValue).containsExactly(4.9);
        assertThat(abstractText("It runs at an impressive 45 FPS.")).extracting(MetricClaim::getValue).containsExactly(45.0);
    }

    @Test
    void secondsHertzAndOperationsPerSecondAreUnitsOfResults() {
        assertThat(abstractText("It lowers per-step latency from 4.1 s to 1.8 s and runs at 62 Hz; the accelerator delivers 1,860 GOPS."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("score", 1.8, "s"), tuple("score", 62.0, "Hz"), tuple("score", 1860.0, "GOPS"));
        assertThat(abstractText("It runs in 23 ms per frame on a Raspberry Pi 5."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("score", 23.0));
        assertThat(abstractText("Sensors of the 2020s record at up to 1250 Hz.")).isEmpty();
    }

    @Test
    void anAcceptanceLengthAndTokensPerSecondAreResults() {
        assertThat(abstractText("We reach an average acceptance length of 4.6 tokens."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("score", 4.6));
        assertThat(brief("达成了解码速度达到每秒11.2个token的效果"))
                .extracting(MetricClaim::getValue, MetricClaim::getUnit).containsExactly(tuple(11.2, "tokens/s"));
    }

    @Test
    void theHardwareAndTheBudgetOfAnExperimentAreNoResults() {
        assertThat(abstractText("On a single RTX 4090 with 24 GB of memory, it decodes 3.8x faster.")).extracting(MetricClaim::getValue)
                .containsExactly(3.8);
        assertThat(abstractText("At 30% structured sparsity and with a 20% cache budget, accuracy drops by only 0.4 points."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("reduction", 0.4));
        assertThat(brief("达成了在ImageNet 256×256上FID降至2.91的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("score", 2.91));
    }

    @Test
    void whatALossOrADifferenceOfAtMostNAmountsToIsAReduction() {
        assertThat(abstractText("4-bit quantization loses up to 11.5 points, and accuracy changes by less than 1 point."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 11.5), tuple("reduction", 1.0));
        assertThat(brief("达成了RULER准确率与全注意力相差不到1个百分点的效果"))
                .extracting(MetricClaim::getKind).containsExactly("reduction");
    }

    @Test
    void aShareOfQualityKeptOrMatchedIsAScore() {
        assertThat(brief("达成了保持LLaVA-1.5原始性能的96.2%的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("score", 96.2));
        assertThat(abstractText("CostRoute matches 97% of GPT-4's quality on MT-Bench."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("score", 97.0));
    }

    @Test
    void anAbstractThatNamesTheMethodSpeaksOfItsOwnWorkWithoutSayingWe() {
        String text = "Standard U-Net variants run too slowly on such hardware. UltraLiteUNet contains 0.3M parameters "
                + "and reaches a Dice of 0.812. It runs in 23 ms per frame. We release the weights.";
        AnalysedText analysed = AnalysedText.of(text,
                TermMatcher.combine(EXTRACTOR.vocabularies().toArray(TermMatcher<?>[]::new)));
        assertThat(EXTRACTOR.extract(text, Field.ABSTRACT)).isEmpty(); // without the name, all of it reads as background
        assertThat(EXTRACTOR.extract(analysed, Field.ABSTRACT, List.of(), "ultraliteunet"))
                .extracting(MetricClaim::getValue).containsExactly(0.812, 23.0);
    }

    @Test
    void aLevelNamedByOfOrSetAgainstAnothersIsAScoreWhateverCameBefore() {
        assertThat(abstractText("It decodes 2.4x faster with a draft acceptance rate of 82%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 2.4), tuple("score", 82.0));
        assertThat(abstractText("Throughput rises 3x, with an accuracy of 78.1% compared with 78.6% for the original decoding."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 3.0), tuple("score", 78.1));
    }

    @Test
    void shorteningIsAboutTimeAndShrinkingAModelCompressesIt() {
        assertThat(brief("达成了每个epoch训练时间缩短3.4倍、可服务的请求率最高提升4.3倍的效果"))
                .extracting(MetricClaim::getKind).containsExactly("speedup", "speedup");
        assertThat(abstractText("It reduces time-to-first-token by 30% and shrinks the model by 3.6x."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 30.0), tuple("compression-ratio", 3.6));
    }

    @Test
    void theShareRemovedOrTheRateSetBeforeMeasuringIsASettingInEnglishToo() {
        assertThat(abstractText("After removing 30% of the parameters, the model keeps 94% of its accuracy."))
                .extracting(MetricClaim::getValue).containsExactly(94.0);
        assertThat(brief("达成了在压缩率40%时WikiText-2困惑度11.3、PDMS达到89.1的效果"))
                .extracting(MetricClaim::getValue).containsExactly(11.3, 89.1);
    }

    @Test
    void aShareKeptOrRecoveredOfNothingNamedIsQualityAndALevelAfterIsOrRemainsAtIsAScore() {
        assertThat(abstractText("On LLaVA-NeXT it retains 97.1% while cutting prefill FLOPs by 78%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 97.1), tuple("reduction", 78.0));
        assertThat(brief("达成了仅用20亿token训练即恢复原模型96%长文本性能、保留26.0%参数的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 96.0), tuple("compression-ratio", 26.0));
        assertThat(abstractText("Throughput rises 2.2x while accuracy remains at 78.9% and the average is 58.7%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 2.2), tuple("score", 78.9), tuple("score", 58.7));
    }

    @Test
    void higherOrLowerAfterAComparisonWith较IsAChange() {
        assertThat(brief("达成了Top-1精度较MobileOne-S2高2.1个百分点的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("improvement", 2.1));
    }

    @Test
    void aChineseMeasureGluedToItsValueNamesALevelUnlessItListsWhatOneVerbChanged() {
        assertThat(brief("达成了推理加速2.1倍，词错误率6.2%的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 2.1), tuple("score", 6.2));
        assertThat(brief("达成了减少输出tokens达40%、推理延迟82%及成本59%的效果"))
                .extracting(MetricClaim::getKind).containsExactly("reduction", "reduction", "reduction");
        assertThat(abstractText("Keeping 11.1% of the visual tokens preserves 96.2% of the original average score."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).contains(tuple("score", 96.2));
    }

    @Test
    void surpassingByPointsIsAnImprovementAndPointsAreNeverASpeed() {
        assertThat(brief("达成了流式问答基准准确率超过现有方法2.3个点的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("improvement", 2.3));
        assertThat(abstractText("It reaches 78.2% mIoU, 1.6 points higher than PIDNet-S at similar speed."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 78.2), tuple("improvement", 1.6));
    }

    @Test
    void aKeptShareOfAQualityMetricIsAScoreAndRatesNamedBeforeMeasuringAreSettings() {
        assertThat(abstractText("It is 100x smaller and retains 94% of SAM's zero-shot mIoU on COCO."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("compression-ratio", 100.0), tuple("score", 94.0));
        assertThat(abstractText("Removing 30% of the parameters of LLaMA-3-8B keeps 93.5% of its accuracy. "
                + "At a 40% parameter compression ratio, perplexity is 7.41."))
                .extracting(MetricClaim::getValue).containsExactly(93.5, 7.41);
        assertThat(abstractText("It reaches average acceptance lengths of 4.8 and 4.3 tokens."))
                .extracting(MetricClaim::getValue).containsExactly(4.8, 4.3);
    }

    @Test
    void aGluedQualityMeasureAfterAChangeInAnotherUnitIsALevelAndRemovedSharesOrPhonesAreConditions() {
        assertThat(brief("达成了推理加速3.1倍、AISHELL-1字错误率5.8%的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 3.1), tuple("score", 5.8));
        assertThat(abstractText("With 25% of layers removed, accuracy drops by only 0.8 points."))
                .extracting(MetricClaim::getValue).containsExactly(0.8);
        assertThat(abstractText("On a Dimensity 9400 phone with 12 GB of memory, decoding runs 2.2x faster."))
                .extracting(MetricClaim::getValue).containsExactly(2.2);
    }

    @Test
    void aModelWithNTimesFewerParametersIsCompressedNTimesButFewerTrainableParametersAreAReduction() {
        assertThat(abstractText("The student has 14x fewer parameters than nnU-Net and 9.6x fewer GFLOPs."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("compression-ratio", 14.0), tuple("reduction", 9.6));
        assertThat(brief("达成了相比当前最优方法参数减少72倍的效果"))
                .extracting(MetricClaim::getKind).containsExactly("compression-ratio");
        assertThat(abstractText("VeRA reduces the number of trainable parameters by 10x compared with LoRA."))
                .extracting(MetricClaim::getKind).containsExactly("reduction");
        assertThat(abstractText("Quality is almost unchanged, while peak memory including the weights drops by 2.6x."))
                .extracting(MetricClaim::getKind).containsExactly("reduction");
    }

    @Test
    void aComparisonDecidesOverKindWordsInWhatItComparesWithOrAfterIt() {
        assertThat(brief("达成了RULER准确率比逐层低秩方法高2.7个百分点的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("improvement", 2.7));
        assertThat(abstractText("It stays 2.7 points above per-layer SVD at the same compression."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("improvement", 2.7));
    }

    @Test
    void aDecodingLatencyNTimesLowerIsAnNFoldSpeedup() {
        assertThat(abstractText("It delivers 4.2x higher energy efficiency and 1.8x lower decoding latency."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("improvement", 4.2), tuple("speedup", 1.8));
    }

    @Test
    void aGlossInParenthesesKeepsTheMeasureBeforeItInTheClause() {
        assertThat(brief("达成了有效吞吐（goodput）提升2.3倍的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getTarget)
                .containsExactly(tuple("speedup", 2.3, "throughput"));
    }

    @Test
    void bareScoresAndMetricDropsAreClaimsButAnIouThresholdOrABaselinesScoreIsNot() {
        assertThat(abstractText("MiniSight-1B scores 68.7 on MMBench, and a best Dice score of 0.31 is reached."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("score", 68.7, "points"), tuple("score", 0.31, "Dice"));
        assertThat(brief("达成了OpenCompass综合得分68.2、INT8量化后mAP仅下降0.3的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 68.2), tuple("reduction", 0.3));
        assertThat(abstractText("The small model achieves 44.9% AP 0.5 among S-scale models."))
                .extracting(MetricClaim::getValue).containsExactly(44.9);
        assertThat(abstractText("Ours reaches an FID of 4.31, while the full-precision DDIM baseline scores 4.22."))
                .extracting(MetricClaim::getValue).containsExactly(4.31);
    }

    @Test
    void theTimeTheMethodTakesIsAScoreButALatencyBudgetIsASetting() {
        assertThat(abstractText("Generating an image takes 90 ms, and each frame is processed in about 45 ms."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 90.0), tuple("score", 45.0));
        assertThat(brief("达成了在A100上生成一张图像约需207 ms的效果"))
                .extracting(MetricClaim::getValue).containsExactly(207.0);
        assertThat(abstractText("It reaches 80.1% top-1 at 9.6 ms latency."))
                .extracting(MetricClaim::getValue).containsExactly(80.1, 9.6);
        assertThat(abstractText("Under a 50 ms latency budget it keeps 91% accuracy."))
                .extracting(MetricClaim::getValue).containsExactly(91.0);
    }

    @Test
    void oneNthOfSomethingIsNTimesLessOfIt() {
        assertThat(brief("达成了参数量仅为PatchTST的1/50、动作推理延迟降低至原来的1/30、显存占用降低至1/8的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("compression-ratio", 50.0, "x"), tuple("speedup", 30.0, "x"),
                        tuple("reduction", 8.0, "x"));
        assertThat(abstractText("It runs 35x faster than PatchTST while using 1/500 of its parameters."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 35.0), tuple("compression-ratio", 500.0));
        assertThat(brief("达成了KV缓存压缩至1/8时准确率比H2O高6.3个点的效果"))
                .extracting(MetricClaim::getValue).containsExactly(6.3);
        assertThat(abstractText("On 1/2/2024 it served 11/30 of the requests.")).isEmpty();
    }

    @Test
    void nTimesMoreRequestsWithinAnSloIsASpeedup() {
        assertThat(abstractText("SLOpe serves up to 2.4x more requests per second within SLO than vLLM."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("speedup", 2.4));
    }

    @Test
    void howOftenSomethingHappensIsAScore() {
        assertThat(abstractText("The predictor identifies the correct experts about 91% of the time."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("score", 91.0));
    }

    @Test
    void theLevelAGapOrDropIsBroughtToIsTheQualityLost() {
        assertThat(abstractText("SmoothMix keeps the average accuracy loss on six zero-shot tasks to 1.2 points."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("reduction", 1.2));
        assertThat(brief("达成了与BF16相比平均精度差距缩小到1.2个点以内的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("reduction", 1.2));
        assertThat(abstractText("It renders with a PSNR drop of only 0.12 dB and a VBench score of 81.9%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 0.12), tuple("score", 81.9));
    }

    @Test
    void aNumberWithoutUnitThatStatesADifferenceIsInPoints() {
        assertThat(abstractText("It reaches 49.8 mIoU on ADE20K, 4.2 higher than Swin-T; its box AP is only 0.4 below "
                + "the unmerged model, with ROUGE-L within 0.3 of full-depth decoding."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("score", 49.8, "mIoU"), tuple("improvement", 4.2, "points"),
                        tuple("reduction", 0.4, "AP"), tuple("reduction", 0.3, "points"));
        assertThat(brief("达成了ADE20K上mIoU 49.3%（+1.7）、比Swin-T高4.2的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 49.3), tuple("improvement", 1.7), tuple("improvement", 4.2));
        assertThat(abstractText("It decodes at 32.5 tokens per second and renders at 34.7 frames/s with a MOS of 4.21."))
                .extracting(MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple(32.5, "tokens/s"), tuple(34.7, "fps"), tuple(4.21, "MOS"));
    }

    @Test
    void theEndOfAChangeFromAToBIsTheLevelReachedEvenWithoutAUnitOrInTokens() {
        assertThat(abstractText("Our planner raises PDMS from 85.3 to 89.1, and it shortens chains from 741 to 225 tokens."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("score", 89.1, "PDMS"), tuple("score", 225.0, "tokens"));
        assertThat(brief("达成了NAVSIM上PDMS从85.3提升到89.1的效果")).extracting(MetricClaim::getValue).containsExactly(89.1);
        assertThat(abstractText("It uses a budget of 64 tokens.")).isEmpty();
    }

    @Test
    void aConditionOpenedByWhenAndAnotherSystemAfterWhereasAreNoClaims() {
        assertThat(abstractText("When 40% of the parameters are removed, accuracy drops by only 1.2 points."))
                .extracting(MetricClaim::getValue).containsExactly(1.2);
        assertThat(abstractText("Attention runs 4.1x faster; when combined with step caching the total speedup reaches 3.5x."))
                .extracting(MetricClaim::getValue).containsExactly(4.1, 3.5);
        assertThat(abstractText("Ours reaches 3.6x, whereas EAGLE-2 obtains 2.9x on Vicuna-7B."))
                .extracting(MetricClaim::getValue).containsExactly(3.6);
        assertThat(abstractText("Under W4A8 the loss stays below 1 point, whereas under W4A4 it loses 3.2 points."))
                .extracting(MetricClaim::getValue).contains(3.2);
    }

    @Test
    void anAcceptanceLengthInTokensAndNTimesFasterAfterAnotherNounAreResults() {
        assertThat(brief("达成了无损加速3.6倍、平均接受长度达到5.6个token的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 3.6), tuple("score", 5.6));
        assertThat(abstractText("It reaches the same loss 1.8x faster than naive upcycling."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("speedup", 1.8));
    }

    @Test
    void chineseDropsAndReboundsAndAShortenedTextAreChangesNotSpeedups() {
        assertThat(brief("达成了在视觉token压缩至15%时Video-MME仅掉0.6分、LongVideoBench反升0.9分的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 0.6), tuple("improvement", 0.9));
        assertThat(brief("达成了KV缓存占用降至原来的1/7.3、LongBench平均分仅下降0.6、推理链长度缩短约8倍的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 7.3), tuple("reduction", 0.6), tuple("reduction", 8.0));
    }

    @Test
    void storageCutNTimesIsCompressionEvenContinuedAndConvergingInFewerStepsIsASpeedup() {
        assertThat(abstractText("Theoretical operations are reduced by 58x and storage by 29x."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 58.0), tuple("compression-ratio", 29.0));
        assertThat(abstractText("It converges in 2.1x fewer steps than LoRA."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue).containsExactly(tuple("speedup", 2.1));
        assertThat(brief("达成了约2倍的解码步数减少的效果")).extracting(MetricClaim::getKind).doesNotContain("speedup");
    }

    @Test
    void theValueOfWhatAResultIsLikenedToIsNoClaimButAShareOfItIs() {
        assertThat(abstractText("The student reaches 88.1% top-1, close to the teacher's 89.0% on ImageNet."))
                .extracting(MetricClaim::getValue).containsExactly(88.1);
        assertThat(abstractText("Its accuracy of 93.9% is comparable to the 94.2% of standard decoding."))
                .extracting(MetricClaim::getValue).containsExactly(93.9);
        assertThat(abstractText("The W4A4 model scores 78.2%, against 79.6% in FP16."))
                .extracting(MetricClaim::getValue).containsExactly(78.2);
        assertThat(abstractText("The pruned model reaches close to 90% of the teacher's accuracy."))
                .extracting(MetricClaim::getValue).containsExactly(90.0);
        assertThat(brief("达成了精度与原模型的84.3%基本持平、速度高于BEVDepth-R50的41.3 FPS的效果")).isEmpty();
        assertThat(brief("达成了GPU与CPU上的生成速度分别达到FP16实现的1.2倍和4倍以上的效果"))
                .extracting(MetricClaim::getValue).containsExactly(1.2, 4.0);
    }

    @Test
    void aShareRestatingACountAndTheShareOfDataOrTokensAnExperimentUsesAreSettings() {
        assertThat(abstractText("When keeping only 64 of 576 visual tokens (11.1%) on LLaVA-1.5-7B, it retains 96.2% of "
                + "the performance.")).extracting(MetricClaim::getValue).containsExactly(96.2);
        assertThat(abstractText("With only 10% of visual tokens retained, FrameSlim keeps 95% accuracy."))
                .extracting(MetricClaim::getValue).containsExactly(95.0);
        assertThat(abstractText("Our method with only 10% labeled scans achieves a Dice score of 82.6% for tumors."))
                .extracting(MetricClaim::getValue).containsExactly(82.6);
        assertThat(abstractText("It matches full fine-tuning using only 80% of the available training data."))
                .isEmpty();
        assertThat(brief("达成了仅使用10%标注数据时Dice达到82.6%的效果")).extracting(MetricClaim::getValue).containsExactly(82.6);
        assertThat(abstractText("It needs 80% less training data.")).extracting(MetricClaim::getValue).containsExactly(80.0);
    }

    @Test
    void aByAmountsVerbReachesAcrossItsObjectAndAFractionInAListIsItsOwnReduction() {
        assertThat(abstractText("It reduces median latency by 54%, and increases the number of adapters that can be served "
                + "concurrently on one GPU by 8x.")).extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 54.0), tuple("improvement", 8.0));
        assertThat(abstractText("The student improves the average score on eleven image understanding and reasoning "
                + "benchmarks by 5.8 points over the best model of the same size."))
                .extracting(MetricClaim::getKind).containsExactly("improvement");
        assertThat(abstractText("It improves accuracy on Video-MME and MLVU by 1.7 and 2.3 points because more frames "
                + "can be sampled within the same context.")).extracting(MetricClaim::getKind)
                .containsExactly("improvement", "improvement");
        assertThat(brief("达成了平均得分超越同规模模型5.8分、参数量仅为7B教师的1/14的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("improvement", 5.8), tuple("compression-ratio", 14.0));
    }

    @Test
    void whatIsSmallerOrKeptIsReadPastTheQualityNamedWithIt() {
        assertThat(abstractText("The model is 9.5x smaller than DS-CNN-L at comparable accuracy."))
                .extracting(MetricClaim::getKind).containsExactly("compression-ratio");
        assertThat(abstractText("2-bit KV cache quantization retains only 61% of the long-context accuracy."))
                .extracting(MetricClaim::getKind).containsExactly("score");
        assertThat(abstractText("The pruned model holds 30% of the parameters at the same accuracy."))
                .extracting(MetricClaim::getKind).containsExactly("compression-ratio");
        assertThat(abstractText("Pruning retains 30% of the parameters at the same accuracy.")).isEmpty();
    }

    @Test
    void theSharesAMethodKeepsOrAddsAndTheDataAndBudgetsItRunsWithAreSettings() {
        assertThat(abstractText("Keeping only 1% of the entries in the bank, it reaches 95.1% recall."))
                .extracting(MetricClaim::getValue).containsExactly(95.1);
        assertThat(abstractText("It keeps the top 1% of key channels by magnitude in FP16.")).isEmpty();
        assertThat(abstractText("The gates add less than 1% parameters and can be attached to a detector.")).isEmpty();
        assertThat(brief("达成了可训练参数仅占0.3%、精度提升1.2个点的效果")).extracting(MetricClaim::getValue).containsExactly(1.2);
        assertThat(abstractText("Under a 320 KB peak-memory budget, it reaches 71.2% accuracy."))
                .extracting(MetricClaim::getValue).containsExactly(71.2);
        assertThat(abstractText("Quantization-aware fine-tuning on 200 hours of speech recovers the accuracy.")).isEmpty();
        assertThat(abstractText("It retains 97.0% of the performance at a 22.2% retention ratio."))
                .extracting(MetricClaim::getValue).containsExactly(97.0);
        assertThat(abstractText("We train a vision model with 15 billion parameters that reaches 90.35% on ImageNet."))
                .extracting(MetricClaim::getValue).containsExactly(90.35);
    }

    @Test
    void energyEfficiencyTimesIsAGainAndALevelAfterWithIsAScore() {
        assertThat(abstractText("It achieves 8.6x the energy efficiency of an NVIDIA A100 GPU."))
                .extracting(MetricClaim::getKind, MetricClaim::getTarget).containsExactly(tuple("improvement", "energy-efficiency"));
        assertThat(brief("达成了能效为A100的8.6倍的效果")).extracting(MetricClaim::getKind).containsExactly("improvement");
        assertThat(abstractText("It predicts the experts with 92% accuracy and accelerates decoding by 3.1x."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 92.0), tuple("speedup", 3.1));
        assertThat(abstractText("It is 5.8x faster with less than 0.3% accuracy loss."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 5.8), tuple("reduction", 0.3));
        assertThat(abstractText("It recovers accuracy, closing 71% of the perplexity gap to the FP16 model."))
                .extracting(MetricClaim::getKind).containsExactly("reduction");
        assertThat(brief("达成了与原模型仅差0.4个百分点的效果")).extracting(MetricClaim::getKind).containsExactly("reduction");
    }

    @Test
    void aByAmountContinuesTheSentencesLastChangeInItsUnit() {
        assertThat(abstractText("It accelerates FLUX.1-dev by 2.8x with a CLIP score drop of only 0.1, HunyuanVideo by 2.1x, "
                + "and PixArt-α by up to 3.3x.")).extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 2.8), tuple("reduction", 0.1), tuple("speedup", 2.1), tuple("speedup", 3.3));
        assertThat(abstractText("It retains 96.4% of the performance while cutting FLOPs by 7.8x and latency by 42%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 96.4), tuple("reduction", 7.8), tuple("reduction", 42.0));
    }

    @Test
    void aRateOrTotalWrittenBeforeTheValueAndALevelKeptAtAreScores() {
        assertThat(brief("达成了推理加速2.1倍、草稿接受率超过90%、VBench总分83.9%的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 2.1), tuple("score", 90.0), tuple("score", 83.9));
        assertThat(brief("达成了命中率提升12%的效果")).extracting(MetricClaim::getKind).containsExactly("improvement");
        assertThat(abstractText("It generalizes to unseen garments with 58% success."))
                .extracting(MetricClaim::getKind).containsExactly("score");
        assertThat(abstractText("It reduces storage by 24x and keeps PSNR at 27.4 dB."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("compression-ratio", 24.0), tuple("score", 27.4));
    }

    @Test
    void theTimeAMethodTakesPerItemIsAResult() {
        assertThat(abstractText("It generates images in a single step and takes only 85 ms per image on an H100 GPU."))
                .extracting(MetricClaim::getValue).containsExactly(85.0);
        assertThat(abstractText("It achieves 43.8% mIoU with 14 ms per frame on a Snapdragon 8 Gen 3 phone."))
                .extracting(MetricClaim::getValue).containsExactly(43.8, 14.0);
        assertThat(abstractText("It achieves 79.6% top-1 accuracy at 1.2 ms on the Pixel 8 EdgeTPU."))
                .extracting(MetricClaim::getValue).containsExactly(79.6, 1.2);
        assertThat(abstractText("It is evaluated with 10 s clips.")).isEmpty();
    }

    @Test
    void fewerThanCountsWhatTheSentenceCountedAndAMetricOfAModelNamesItsBareValue() {
        assertThat(abstractText("With only 1.2M parameters, 25x fewer than nnU-Net, it achieves Dice scores of 90.8%."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("compression-ratio", 25.0), tuple("score", 90.8));
        assertThat(abstractText("It cuts the cost 3x, and its latency is 25x lower than the baseline's."))
                .extracting(MetricClaim::getKind).doesNotContain("compression-ratio");
        assertThat(abstractText("At 40% parameter reduction, the WikiText-2 perplexity of Llama-2-13B is 6.87 (dense: 4.88)."))
                .extracting(MetricClaim::getValue).containsExactly(6.87);
        assertThat(abstractText("It compresses the cache 4x with accuracy losses of 0.6 points on GSM8K."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("compression-ratio", 4.0), tuple("reduction", 0.6));
    }

    @Test
    void aByAmountReadsPastOnlyAndBackPastTheCommaItsClauseOpensWith() {
        assertThat(abstractText("It is nearly lossless, lowering the VBench total score by only 0.2% relative to FP16."))
                .extracting(MetricClaim::getKind).containsExactly("reduction");
        assertThat(abstractText("It outperforms prior linearization methods, including LoLCATs and Mamba-in-the-Llama, "
                + "by 3.4 points on average.")).extracting(MetricClaim::getKind).containsExactly("improvement");
        assertThat(abstractText("It generates 58% fewer tokens, while accuracy even rises slightly, by 0.4 points on GSM8K."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 58.0), tuple("improvement", 0.4));
    }

    @Test
    void theRetainVerbGovernsOfTheFullAndARatioContinuingASpeedupIsOne() {
        assertThat(abstractText("It retains 98.7% of the full model's performance."))
                .extracting(MetricClaim::getKind).containsExactly("score");
        assertThat(abstractText("It delivers a 2.35x-2.72x latency reduction on HunyuanVideo, depending on the threshold, "
                + "and 2.1x on Wan2.1.")).extracting(MetricClaim::getKind).containsExactly("speedup", "speedup");
        assertThat(abstractText("It reduces latency by 2.1x and memory by 3x."))
                .extracting(MetricClaim::getKind).containsExactly("speedup", "reduction");
    }

    @Test
    void aSecondBareValueJoinedToAMetricsValueSharesItsMetric() {
        assertThat(abstractText("It limits the VBench drop to 0.4 and 0.7 on Wan2.1-14B and HunyuanVideo."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("reduction", 0.4), tuple("reduction", 0.7));
        assertThat(abstractText("It attains WikiText2 perplexities of 6.52 and 7.03 on Llama-3-8B and Qwen2-7B."))
                .extracting(MetricClaim::getUnit).containsExactly("perplexity", "perplexity");
        assertThat(brief("达成了FID为2.87、20次采样的效果")).extracting(MetricClaim::getValue).containsExactly(2.87);
        // a list of values written alike, after commas or 分别为
        assertThat(abstractText("It attains WikiText-2 perplexities of 6.19, 5.41 and 3.87 on Llama-2-7B, 13B and 70B, "
                + "and an FID of 3.12, 2 steps fewer."))
                .extracting(MetricClaim::getValue).containsExactly(6.19, 5.41, 3.87, 3.12);
        assertThat(brief("达成了在Llama-2-7B/13B/70B上WikiText-2困惑度分别为6.19/5.41/3.87的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 6.19), tuple("score", 5.41), tuple("score", 3.87));
        assertThat(abstractText("It outperforms RECOMP by 3.2 EM on HotpotQA."))
                .extracting(MetricClaim::getKind, MetricClaim::getUnit).containsExactly(tuple("improvement", "EM"));
    }

    @Test
    void aValueAfterADifferenceContinuesTheLastLevelInItsUnitAndCommaToNamesTheLevelReached() {
        assertThat(abstractText("It reaches an average Dice of 87.4% on multi-organ CT, 1.3 points above full fine-tuning, "
                + "and 82.1% on AMOS-MRI."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 87.4), tuple("improvement", 1.3), tuple("score", 82.1));
        assertThat(abstractText("The student improves mIoU on ScanNet by 5.3 points, to 72.9%, and on nuScenes by 3.8 points."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("improvement", 5.3), tuple("score", 72.9), tuple("improvement", 3.8));
    }

    @Test
    void aRatioJoinedToNTimesAThroughputIsASpeedupToo() {
        assertThat(abstractText("It serves 2.3x more requests per second than vLLM and 2.0x more than DistServe."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("speedup", 2.3), tuple("speedup", 2.0));
        assertThat(abstractText("It reaches 2.3x higher SLO attainment than vLLM and 2.0x more than DistServe."))
                .extracting(MetricClaim::getKind).containsExactly("improvement", "improvement");
    }

    @Test
    void howOftenSomethingHappensIsALevelEvenAfterAChange() {
        assertThat(abstractText("It runs 2.1x faster, and the second token is accepted 78% of the time on MT-Bench."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getTarget)
                .containsExactly(tuple("speedup", 2.1, null), tuple("score", 78.0, null));
    }

    @Test
    void aStepTakenBeforeTheResultDoesNotGiveItsKind() {
        assertThat(brief("达成了将每层专家数减半后仍保持原模型96.7%的零样本性能的效果"))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .containsExactly(tuple("score", 96.7));
    }

    @Test
    void aMetricKeptAtOrBelowAValueNamesTheLevel() {
        assertThat(abstractText("It keeps WikiText-2 perplexity at 5.91 for LLaMA-3-8B, and it is the first 3-bit method "
                + "to keep perplexity below 4.0."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("score", 5.91, "perplexity"), tuple("score", 4.0, "perplexity"));
    }

    @Test
    void aSpeedTargetNamedBeforeTheRatioInChineseMakesItASpeedup() {
        assertThat(brief("达成了执行效率提升2.52倍、FPS约高21倍的效果"))
                .extracting(MetricClaim::getKind).containsExactly("speedup", "speedup");
    }

    @Test
    void noLargerThanHedgesAndAKeptShareOfAQualityNamedFurtherOnIsAScore() {
        assertThat(abstractText("It keeps accuracy, with an accuracy drop no larger than 0.5 points on any benchmark."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getApprox)
                .containsExactly(tuple("reduction", 0.5, true));
        assertThat(abstractText("The converted model recovers 98% of the original model's average commonsense "
                + "reasoning accuracy.")).extracting(MetricClaim::getKind).containsExactly("score");
        assertThat(brief("达成了LibriSpeech test-other词错率仅5.9%的效果")).extracting(MetricClaim::getKind)
                .containsExactly("score");
    }

    @Test
    void whatAMethodCostsInQualityIsAReductionAndTheTrainingItUsesIsASetting() {
        assertThat(abstractText("INT8 deployment through the vendor SDK costs just 0.2 mIoU."))
                .extracting(MetricClaim::getKind).containsExactly("reduction");
        assertThat(abstractText("It cuts backbone FLOPs by 47% at a cost of 0.4 AP."))
                .extracting(MetricClaim::getKind).containsExactly("reduction", "reduction");
        assertThat(abstractText("It uses a continued-training budget of 2% of its original pre-training compute.")).isEmpty();
        assertThat(abstractText("It freezes masks in the final 10% of training.")).isEmpty();
        assertThat(abstractText("It saves 40% of training iterations while reaching 83.4% top-1 accuracy."))
                .extracting(MetricClaim::getValue).containsExactly(40.0, 83.4);
        assertThat(abstractText("FedLoRA-Seg updates only 0.8% of the model parameters.")).isEmpty();
        assertThat(brief("达成了可在单张24GB消费级GPU上预训练7B模型的效果")).isEmpty();
    }

    @Test
    void aFirstTokenTimeShortenedAndAGenerationFrequencyRaisedNTimesAreSpeedups() {
        assertThat(brief("达成了端到端首token时间缩短６．１倍的效果")).extracting(MetricClaim::getKind).containsExactly("speedup");
        assertThat(abstractText("It raises action generation frequency by 2.5x."))
                .extracting(MetricClaim::getKind).containsExactly("speedup");
        assertThat(abstractText("It renders 1.7x faster because it keeps 62% fewer Gaussians."))
                .extracting(MetricClaim::getKind).containsExactly("speedup", "reduction");
    }
    @Test
    void aShareKeptOfANamedQualityMetricIsAScore() {
        assertThat(abstractText("The student retains 94% of the teacher's nDCG@10 on MTEB retrieval."))
                .extracting(MetricClaim::getKind).containsExactly("score");
        assertThat(abstractText("It retains 99.2% of the CRPS skill of full sampling."))
                .extracting(MetricClaim::getKind).containsExactly("score");
        assertThat(abstractText("The pruned model retains 96.4% of the original pass@1 on HumanEval+."))
                .extracting(MetricClaim::getKind).containsExactly("score");
    }

    @Test
    void aMetricNamedRightAfterABareNumberIsItsUnit() {
        assertThat(abstractText("RankLite reaches 54.7 nDCG@10 averaged over 13 BEIR datasets, and the detector "
                + "attains 0.912 AUROC."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple("score", 54.7, "nDCG@10"), tuple("score", 0.912, "AUROC"));
        assertThat(abstractText("It obtains 112.4 FVD on UCF-101, and a FVD of 98.1 on SkyTimelapse."))
                .extracting(MetricClaim::getValue, MetricClaim::getUnit)
                .containsExactly(tuple(112.4, "FVD"), tuple(98.1, "FVD"));
        assertThat(abstractText("The model reaches 0.414 MSE and 0.87 MASE on ETTh1."))
                .extracting(MetricClaim::getUnit).containsExactly("MSE", "MASE");
    }

    @Test
    void aValueInParenthesesAfterTheModelComparedWithIsThatModels() {
        assertThat(brief("达成了平均WER为14.2%（原模型13.9%）的效果"))
                .extracting(MetricClaim::getValue).containsExactly(14.2);
        assertThat(brief("达成了WER保持在2.4%/5.9%（全模型为2.3%/5.6%）的效果"))
                .extracting(MetricClaim::getValue).containsExactly(2.4, 5.9);
        assertThat(brief("达成了在Orin上以31 FPS运行（原模型7.5 FPS）的效果"))
                .extracting(MetricClaim::getValue).containsExactly(31.0);
        assertThat(brief("达成了保持原模型96.2%性能的效果")).extracting(MetricClaim::getValue).containsExactly(96.2);
    }

    @Test
    void pointsNeverContinueASpeedup() {
        assertThat(abstractText("StepEvict lowers peak KV cache by 73%, raises batched decoding throughput by 2.9x on "
                + "one H100, and changes AIME 2024 and MATH-500 accuracy by at most 1 point."))
                .extracting(MetricClaim::getKind, MetricClaim::getValue)
                .doesNotContain(tuple("speedup", 1.0)).contains(tuple("speedup", 2.9));
    }
}
