package io.paperstream.enrich.technique;

import io.paperstream.enrich.PaperText;
import io.paperstream.schemas.TechniqueLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TechniqueClassifierTest {

    private static final TechniqueClassifier CLASSIFIER = TechniqueClassifier.fromClasspath();

    private static List<String> ids(String title, String brief, String abstractText) {
        return CLASSIFIER.classify(new PaperText(title, brief, abstractText, null)).stream()
                .map(TechniqueLabel::getId).toList();
    }

    @Test
    void labelsTheMainTechniqueFirstWithEvidence() {
        List<TechniqueLabel> labels = CLASSIFIER.classify(new PaperText(
                "FastKV: Low-Bit Quantization of the KV Cache",
                "某大学发布了FastKV论文，使用KV缓存量化技术，解决了长上下文内存瓶颈问题，达成了内存减少4倍的效果。",
                "We propose FastKV, which quantizes the key-value cache to 2 bits.", null));
        assertThat(labels).extracting(TechniqueLabel::getId).containsExactlyInAnyOrder("kv-cache", "quantization");
        assertThat(labels.get(0).getScore()).isBetween(0.0, 1.0);
        assertThat(labels.get(0).getEvidence()).anySatisfy(e -> assertThat(e.getField()).isEqualTo("title"));
        assertThat(labels).isSortedAccordingTo((a, b) -> Double.compare(b.getScore(), a.getScore()));
    }

    @Test
    void baselinesAndRelatedWorkDoNotCount() {
        List<String> ids = ids("Faster Early-Exit Transformers",
                "某团队发布了论文，使用早退机制，解决了推理延迟高的问题，达成了优于剪枝和量化方法的效果。",
                "We propose an early-exit method. Unlike pruning, and compared with quantization, it needs no retraining. "
                        + "Existing methods such as speculative decoding are orthogonal.");
        assertThat(ids).containsExactly("dynamic-inference");
    }

    @Test
    void quantifyIsNotQuantization() {
        List<String> ids = ids("Measuring Hallucination in Medical Question Answering",
                "某医院发布了论文，使用量化分析方法量化了模型的幻觉率，解决了缺乏评估的问题。",
                "We quantify hallucinations with a new benchmark.");
        assertThat(ids).doesNotContain("quantization");
        assertThat(ids("Removing Redundant Layers", "某公司发布了论文，先量化每一层对隐藏状态的贡献，再移除冗余层。", null))
                .doesNotContain("quantization");
    }

    @Test
    void pruningASearchTreeIsNotModelPruning() {
        List<String> ids = ids("Tree Search Planning for Agents",
                "某大学发布了论文，使用搜索空间剪枝的蒙特卡洛树搜索，解决了规划效率问题。",
                "Our planner uses search space pruning to discard bad branches.");
        assertThat(ids).doesNotContain("pruning-sparsity");
        assertThat(ids("Tree of Thoughts for Planning", "某大学发布了论文，使用结合广度优先搜索与对无望分支的剪枝的思维树框架，解决了规划问题。",
                "The model evaluates its states to expand promising branches and prune hopeless ones."))
                .doesNotContain("pruning-sparsity");
    }

    @Test
    void pruningBranchesOfAMonteCarloTreeSearchIsNotModelPruning() {
        assertThat(ids("Tree-Search Guided Decoding", "某大学发布了论文，使用类AlphaZero的树搜索框架（在蒙特卡洛树搜索中对低价值分支进行剪枝），"
                + "解决了搜索深度浅的问题，达成了准确率提升4.2个百分点的效果。", null))
                .doesNotContain("pruning-sparsity");
    }

    @Test
    void pruningAChainOfThoughtOrTheContextIsNotModelPruning() {
        assertThat(ids("ThinkPrune: Pruning Long Chain-of-Thought via Reinforcement Learning",
                "某大学发布了ThinkPrune论文，使用对长思维链进行剪枝的强化学习方法，解决了推理长度过长的问题，达成了思维链长度减少50%的效果。", null))
                .startsWith("efficient-reasoning").doesNotContain("pruning-sparsity");
        assertThat(ids("Compressing Context for Efficient Inference", "某大学发布了论文，使用基于自信息的上下文剪枝方法，解决了长输入开销大的问题。",
                "We prune redundant content in the input: context pruning removes low-information tokens."))
                .startsWith("token-reduction").doesNotContain("pruning-sparsity");
    }

    @Test
    void aTopicNamedOnlyAsABaselineSuppressesNothing() {
        assertThat(ids("VeRA: Vector-based Random Matrix Adaptation", null,
                "We propose VeRA, a parameter-efficient fine-tuning method that shares frozen low-rank matrices across layers, "
                        + "a LoRA variant with fewer trainable parameters than LoRA."))
                .containsExactly("efficient-training");
        assertThat(ids("Gradient Low-Rank Projection for Memory-Efficient Training", null,
                "Methods such as LoRA train a low-rank update, unlike full training, and methods such as QLoRA quantize it. "
                        + "We project gradients onto a low-rank subspace found by singular value decomposition."))
                .contains("low-rank");
    }

    @Test
    void fineTuningWithLoraAsAMeansIsNoEfficientTrainingTechnique() {
        assertThat(ids("TokenSkip: Controllable Chain-of-Thought Compression in LLMs",
                "某大学发布了TokenSkip论文，使用可控的思维链压缩方法（再以LoRA微调使模型学会跳过次要token），解决了长思维链解码延迟高的问题。",
                "We introduce TokenSkip for controllable CoT compression; the model is fine-tuned with LoRA on the compressed chains."))
                .containsExactly("efficient-reasoning");
    }

    @Test
    void predictedActivationSparsityIsSparsity() {
        assertThat(ids("LLM in a flash: Efficient Inference with Limited Memory",
                "某公司发布了论文，使用将参数存储在闪存、以稀疏性预测器只加载将被激活的神经元的推理方法，解决了设备内存不足的问题。",
                "We store parameters in flash memory and, exploiting activation sparsity, load only the neurons that will be non-zero. "
                        + "We show that this sparsity-aware loading cuts the data read from flash."))
                .containsExactlyInAnyOrder("systems-hardware", "pruning-sparsity");
    }

    @Test
    void quantizedOrCompressedAttentionIsAnAttentionTechnique() {
        assertThat(ids("SageAttention: Accurate 8-Bit Attention for Plug-and-play Inference Acceleration",
                "某大学发布了论文，使用面向注意力计算的8比特量化方法，解决了注意力在长序列下成为推理主要开销的问题。",
                "We propose an accurate 8-bit quantization method for attention, with kernels that beat FlashAttention2."))
                .contains("efficient-attention", "quantization");
    }

    @Test
    void aNewEncoderMeasuredByItsSpeedAndMemoryIsAnEfficientArchitecture() {
        assertThat(ids("Zipformer: A faster and better encoder for automatic speech recognition",
                "某公司发布了Zipformer论文，使用更快更优的语音识别编码器架构，解决了编码器计算冗余的问题，达成了推理速度快50%以上且显存占用更少的效果。",
                "We present a faster, more memory-efficient and better-performing transformer called Zipformer; "
                        + "it is more than 50% faster at inference and uses less GPU memory."))
                .containsExactly("efficient-architecture");
    }

    @Test
    void aBenchmarkOfOtherMethodsContributesNoTechniqueAndPruningADraftTreeIsSpeculation() {
        assertThat(ids("EffiBench-VLM: A Benchmark for Measuring the Accuracy-Efficiency Trade-off of Vision-Language Models",
                "某大学发布了论文，评测了量化、token剪枝与KV缓存压缩等方法。", "We benchmark quantization, token pruning and KV cache compression."))
                .containsExactly("other");
        assertThat(ids("DyTree: Dynamic Draft Trees for Speculative Decoding", "某大学发布了论文，使用动态草稿树，并对草稿树进行剪枝。",
                "We grow a draft tree by confidence and prune its low-confidence branches."))
                .containsExactly("speculative-decoding");
        assertThat(ids("ThoughtBudget: Allocating Reasoning Tokens under a Global Budget", null,
                "We learn to allocate reasoning tokens across problems under a global reasoning budget."))
                .containsExactly("efficient-reasoning");
    }

    @Test
    void aSurveyContributesNoTechnique() {
        assertThat(ids("A Survey on Efficient Inference for Large Language Models",
                "某大学发布了综述论文，梳理了量化、剪枝、KV缓存压缩与推理服务系统等技术。",
                "We review quantization, pruning, KV cache compression, speculative decoding and serving systems."))
                .containsExactly("other");
    }

    @Test
    void aTitleThatCallsThePaperABenchmarkAMeasurementOrAStudyContributesNoTechnique() {
        String brief = "某大学发布了论文，在12款手机与6种推理引擎上评测了4比特与8比特量化模型的端侧推理速度与能耗";
        String abstractText = "We run quantized language models through six inference engines on twelve phones "
                + "and report prefill and decode speed, energy and memory.";
        assertThat(ids("PhoneLLM: A Systematic Benchmark of On-Device Language Model Inference", brief, abstractText))
                .containsExactly("other");
        assertThat(ids("WattWise: Measuring the Energy of LLM Inference across Phones", brief, abstractText))
                .containsExactly("other");
        assertThat(ids("Watts per Token: Quantifying the Energy Cost of LLM Inference on Phones", brief, abstractText))
                .containsExactly("other");
        assertThat(ids("Lost in Quantization? How 4-Bit Weights Affect Multilingual Recall", brief, abstractText))
                .containsExactly("other");
        assertThat(ids("Does Quantization Hurt Reasoning on Phones?", brief, abstractText))
                .containsExactly("other");
        assertThat(ids("PhoneLLM: Fast On-Device Language Model Inference", brief, abstractText))
                .doesNotContain("other");
    }

    @Test
    void quantizationThatTokenizesValuesOrQuantifiesUncertaintyIsNoCompression() {
        assertThat(ids("Chronos: Learning the Language of Time Series", "某公司发布了论文，使用将时间序列数值经缩放与量化映射为固定词表词元的预训练框架。",
                "Chronos tokenizes time series values using scaling and quantization into a fixed vocabulary and trains "
                        + "language models on these tokenized series."))
                .containsExactly("other");
        assertThat(ids("Kernel Language Entropy: Fine-grained Uncertainty Quantification for LLMs", "某大学发布了论文，使用核语言熵进行细粒度的不确定性量化。", null))
                .containsExactly("other");
    }

    @Test
    void theFieldsWordsForStoppingEarlyForCompactModelsAndForActivationProjectionsAreTerms() {
        assertThat(ids("Not All Layers of LLMs Are Necessary During Inference", null,
                "AdaInfer adaptively terminates inference depending on the input; a classifier decides when to stop."))
                .containsExactly("dynamic-inference");
        assertThat(ids("MobileLLM: Optimizing Sub-billion Parameter Language Models for On-Device Use Cases", null,
                "We design small language models with fewer than a billion parameters for phones."))
                .startsWith("efficient-architecture");
        assertThat(ids("ESPACE: Dimensionality Reduction of Activations for Model Compression", "某公司发布了论文，使用以激活为中心的低秩压缩技术。",
                "Activation tensors are projected onto a pre-calibrated set of principal components."))
                .containsExactly("low-rank");
        assertThat(ids("Chain of Draft: Thinking Faster by Writing Less", "某公司发布了Chain of Draft论文，使用生成简洁草稿代替冗长思维链的提示策略，解决了推理token过多的问题。", null))
                .doesNotContain("speculative-decoding");
    }

    @Test
    void controllingHowLongAModelThinksIsEfficientReasoning() {
        assertThat(ids("L1: Controlling How Long A Reasoning Model Thinks With Reinforcement Learning", null,
                "We introduce Length Controlled Policy Optimization, which rewards adherence to a length target."))
                .containsExactly("efficient-reasoning");
        assertThat(ids("Reasoning Models Can Be Effective Without Thinking", "某大学发布了论文，使用直接跳过显式思考的提示方法，解决了推理模型冗长思考带来的高延迟问题。", null))
                .containsExactly("efficient-reasoning");
    }

    @Test
    void attentionWithLinearComplexityAndTokenReorganisationAreTheirTechniques() {
        assertThat(ids("Restormer: Efficient Transformer for High-Resolution Image Restoration",
                "某研究院发布了论文，使用转置注意力在通道维计算自注意力、使复杂度随分辨率线性增长的高效Transformer。",
                "We propose Restormer, whose transposed attention computes self-attention across channels, giving "
                        + "complexity linear in image size."))
                .containsExactly("efficient-attention");
        assertThat(ids("EViT: Expediting Vision Transformers via Token Reorganizations", null,
                "Inattentive tokens are fused into a single token by token reorganization."))
                .containsExactly("token-reduction");
        assertThat(ids("DynamicViT: Efficient Vision Transformers with Dynamic Token Sparsification", null,
                "We propose a dynamic token sparsification framework; redundant tokens are pruned hierarchically."))
                .startsWith("token-reduction");
    }

    @Test
    void servingAdaptersIsServingAndRoutingQueriesIsDynamicInference() {
        assertThat(ids("S-LoRA: Serving Thousands of Concurrent LoRA Adapters", "某大学发布了论文，使用统一分页与定制CUDA内核的服务系统，解决了同时服务成千上万个LoRA适配器时显存碎片化的问题。",
                "Serving thousands of LoRA adapters is an open problem; our serving system keeps adapters in main memory."))
                .startsWith("systems-hardware").doesNotContain("efficient-training");
        assertThat(ids("AdapterPool: Rank-Aware Batching for Multi-Adapter LoRA Serving",
                "某公司发布了论文，使用按适配器秩分组批处理的调度方法，解决了多个LoRA适配器同时服务时吞吐低的问题",
                "Fine-tuned LoRA adapters are cheap to train, but serving them is harder; we batch requests by adapter rank."))
                .startsWith("systems-hardware").doesNotContain("efficient-training");
        assertThat(ids("AutoMix: Automatically Mixing Language Models", "某大学发布了论文，使用模型路由方法，解决了成本与性能难以权衡的问题。",
                "AutoMix routes queries to larger models based on how correct the output of a smaller model appears to be."))
                .containsExactly("dynamic-inference");
        // choosing whether to think is reasoning made cheaper and compute adapted to the query (field5's label)
        assertThat(ids("Thinkless: LLM Learns When to Think", "某大学发布了论文，使用控制token决定何时思考的框架，解决了推理模型在简单问题上浪费算力的问题。", null))
                .containsExactly("efficient-reasoning", "dynamic-inference");
    }

    @Test
    void trainingOnTheDeviceAndFromDenseCheckpointsIsEfficientTrainingButSwissFederalIsNotFederated() {
        assertThat(ids("On-Device Training Under 256KB Memory", null,
                "We propose an algorithm-system co-design that makes on-device training possible on microcontrollers."))
                .startsWith("efficient-training");
        assertThat(ids("Sparse Upcycling: Training Mixture-of-Experts from Dense Checkpoints", null,
                "We propose sparse upcycling: a Mixture-of-Experts model is initialized from a dense checkpoint."))
                .containsExactly("mixture-of-experts", "efficient-training");
        assertThat(ids("Learning agile motor skills for legged robots", "苏黎世联邦理工学院发布了论文，使用在仿真中用强化学习训练神经网络策略的方法。", null))
                .doesNotContain("efficient-training");
    }

    @Test
    void acceleratingDiffusionNeedsADiffusionModel() {
        assertThat(ids("VLA-Cache: Efficient Vision-Language-Action Models via Adaptive Token Caching", null,
                "We reuse the cached computation of visual tokens that hardly change between control steps (token reuse)."))
                .doesNotContain("diffusion-acceleration").startsWith("token-reduction");
        assertThat(ids("Feature Caching", null, "We cache features.")).containsExactly("other");
        assertThat(ids("Token Caching for Diffusion Transformers", null,
                "We cache and reuse token features across denoising steps of diffusion transformers."))
                .startsWith("diffusion-acceleration");
    }

    @Test
    void aNoiseScheduleIsNoScheduler() {
        assertThat(ids("Fast-DDPM", "某大学发布了Fast-DDPM论文，使用仅10个时间步的快速去噪扩散模型（提出均匀与非均匀两种时间步调度），解决了采样步数多的问题。", null))
                .doesNotContain("systems-hardware");
    }

    @Test
    void runningFromFlashMemoryIsASystemsTechnique() {
        assertThat(ids("LLM in a flash: Efficient Inference with Limited Memory",
                "苹果公司发布了论文，使用将模型参数存储在闪存、按需加载到DRAM的推理方法，解决了终端设备内存不足的问题。",
                "We store the parameters in flash memory and bring them into DRAM on demand, reading larger contiguous chunks."))
                .startsWith("systems-hardware");
    }

    @Test
    void distillationInsideFederatedLearningIsNotCompression() {
        List<String> ids = ids("Federated Distillation for Heterogeneous Clients",
                "某大学发布了论文，使用联邦学习中的知识蒸馏，解决了联邦学习中的异构问题。",
                "In federated learning, clients exchange logits via distillation to cut communication cost.");
        assertThat(ids).startsWith("efficient-training").doesNotContain("distillation");
    }

    @Test
    void sparseUpdatesInsideFederatedLearningAreNotPruning() {
        assertThat(ids("FedSparse: Communication-Efficient Federated Fine-Tuning with Sparse Adapter Updates",
                "某大学发布了论文，使用联邦学习中对适配器更新做top-k稀疏化后再上传的方法，解决了联邦微调通信开销大的问题",
                "In federated fine-tuning, each client sparsifies the update of its adapters before sending it, so "
                        + "the federated rounds cost less communication."))
                .containsExactly("efficient-training");
    }

    @Test
    void tokenPruningIsTokenReductionNotWeightPruning() {
        assertThat(ids("Visual Token Pruning for Fast VLM Inference", null, "We prune visual tokens early."))
                .startsWith("token-reduction").doesNotContain("pruning-sparsity");
    }

    @Test
    void paperWithoutEfficiencyTechniqueIsOther() {
        List<TechniqueLabel> labels = CLASSIFIER.classify(new PaperText("A Benchmark of Poetry Generation",
                "某大学发布了诗歌生成评测基准论文。", "We collect 10,000 poems and evaluate models.", null));
        assertThat(labels).extracting(TechniqueLabel::getId).containsExactly("other");
    }

    @Test
    void aSecondaryTechniqueMustBeNamedNotOnlyHintedAt() {
        assertThat(ids("Token Merging with a Lightweight Controller",
                "某大学发布了论文，使用轻量级控制器进行token合并，解决了视觉模型推理慢的问题。",
                "We propose a token merging method guided by a lightweight controller."))
                .containsExactly("token-reduction");
    }

    @Test
    void hintWordsAloneMakeAMainTechniqueOnlyWhenTheyAreStrong() {
        assertThat(ids("Adaptive Weighting for Robust Image Classification", null,
                "We adjust the loss weights dynamically during training.")).containsExactly("other");
    }

    @Test
    void lightweightingIsNotQuantizationAndTrimmingReasoningIsNotPruning() {
        assertThat(ids("Compact Detectors", "某大学发布了论文，使用轻量化网络设计，解决了检测器部署难的问题。", null))
                .doesNotContain("quantization");
        assertThat(ids("Shorter Thoughts", "某大学发布了论文，使用推理修剪技术缩短思维链长度，解决了大模型过度思考的问题。", null))
                .startsWith("efficient-reasoning").doesNotContain("pruning-sparsity");
    }

    @Test
    void aTermHyphenatedOntoAModelNameIsPartOfTheName() {
        assertThat(ids("Early Exit Decoding for Qwen3-MoE", null, "We add early exits to a released model."))
                .containsExactly("dynamic-inference");
    }

    @Test
    void aCapitalisedTermHyphenatedOntoACapitalsNameOpensTheName() {
        assertThat(ids("Dynamic-SUPERB: Towards A Dynamic, Collaborative, and Comprehensive Instruction-Tuning Benchmark",
                null, "Dynamic-SUPERB gathers 33 tasks to evaluate universal speech models."))
                .containsExactly("other");
    }

    @Test
    void pruningWordsInATokenPruningPaperDoNotMakeItWeightPruning() {
        assertThat(ids("Pruning for Efficient Vision-Language Models", null,
                "We propose a pruning framework that performs token selection and prunes visual tokens at every layer. "
                        + "This token pruning keeps accuracy while pruning most of the image."))
                .startsWith("token-reduction");
    }

    @Test
    void hyphenatedStateSpaceModelsAreEfficientSequenceMixers() {
        assertThat(ids("Structured Transitions in State-Space Models", null, "We study transition matrices."))
                .containsExactly("efficient-attention");
    }

    @Test
    void aChineseOnlyTermTheEnglishAbstractNeverConfirmsCountsLess() {
        String brief = "某大学发布了论文，使用结合轻量级分类网络与损伤量化指标的框架，解决了离线识别难的问题。";
        String englishAbstract = "We propose a lightweight classification network for currency recognition with a "
                + "damage index, running offline on a phone.";
        assertThat(ids("Currency Recognition for Visually Impaired Users", brief, englishAbstract))
                .doesNotContain("quantization");
        // the same brief alone is all the evidence there is, so it still counts
        assertThat(ids("Low-Bit Currency Recognition", "某大学发布了论文，使用4比特量化的分类网络，解决了离线识别难的问题。",
                null)).contains("quantization");
    }

    @Test
    void routingInsideAMixtureOfExpertsIsExpertRoutingNotDynamicInference() {
        assertThat(ids("Hierarchical Experts with Dynamic Routing", null,
                "We propose a mixture-of-experts model whose dynamic routing picks expert levels per token. "
                        + "The MoE layers share a pool of experts."))
                .containsExactly("mixture-of-experts");
    }

    @Test
    void lettingEachTokenChooseHowManyExpertsItActivatesIsAlsoAdaptiveCompute() {
        assertThat(ids("AdaExperts: Token-Adaptive Expert Counts for Mixture-of-Experts Language Models",
                "某大学发布了论文，使用让每个token自适应决定激活专家数量的混合专家路由，解决了MoE模型固定Top-K路由浪费计算的问题",
                "We let each token of a mixture-of-experts model choose how many experts to use with a dynamic "
                        + "routing threshold. The MoE layers keep their experts."))
                .containsExactly("mixture-of-experts", "dynamic-inference");
    }

    @Test
    void aModelFamilyAsTheSubjectIsNotItsTechnique() {
        assertThat(ids("Mamba Forecasts Stock Prices Better Than Transformers", null,
                "We feed sentiment scores into a Mamba model and a Transformer and compare their errors."))
                .containsExactly("other");
    }

    @Test
    void kernelsAndHardwareAwarenessServeAnotherTechniqueWithoutBecomingOne() {
        assertThat(ids("Hardware-Aware Sparse Attention for Long Videos", null,
                "We propose a sparse attention scheme with fused CUDA kernels that scales to long videos."))
                .containsExactly("efficient-attention");
    }

    @Test
    void aParameterEfficientModelIsNotParameterEfficientFineTuning() {
        assertThat(ids("A Lightweight and Parameter-Efficient Foundation Model for PDEs", null,
                "We propose a lightweight model architecture with few parameters."))
                .doesNotContain("efficient-training");
        assertThat(ids("Parameter-Efficient Fine-Tuning of Vision Transformers", null, "We tune 0.1% of the weights."))
                .containsExactly("efficient-training");
    }

    @Test
    void speculativeAsAModifierOfAnotherTechniqueIsNotSpeculativeDecoding() {
        assertThat(ids("Self-Speculative Pruning of Visual Tokens", null,
                "We prune visual tokens with a speculative pruning pass checked by the full model."))
                .doesNotContain("speculative-decoding").startsWith("token-reduction");
    }

    @Test
    void termsJoiningLatinAndChineseAlsoMatchWithASpaceBetween() {
        assertThat(ids("视觉语言模型推理", "某大学发布了论文，使用token 合并技术，解决了视觉token过多的问题。", null))
                .containsExactly("token-reduction");
    }

    @Test
    void aPaperWithOneDescriptionKeepsTheLabelsThatDescriptionGives() {
        String abstractOnly = "We propose a method that prunes visual tokens and stores the weights in 4-bit.";
        assertThat(ids("Faster Vision-Language Models", null, abstractOnly))
                .containsExactlyInAnyOrder("token-reduction", "quantization");
        assertThat(ids("Faster Vision-Language Models", "某大学发布了论文，使用视觉token剪枝与4比特权重，解决了推理慢的问题。", null))
                .containsExactlyInAnyOrder("token-reduction", "quantization");
    }

    @Test
    void dynamicLayersAreNotAdaptiveInferenceButSkippedComputationIs() {
        assertThat(ids("Template-Aware Dynamic Convolution for Adaptive Pose Estimation",
                "某机构发布了论文，使用模板感知动态卷积技术，解决了位姿估计问题。", null)).containsExactly("other");
        assertThat(ids("Dynamic Token Pruning for Vision-Language-Action Models", null,
                "We propose dynamic token pruning: the model dynamically prunes tokens layer by layer."))
                .containsExactly("token-reduction", "dynamic-inference");
        assertThat(ids("Pixel-Level Masks for Super-Resolution", null,
                "We propose a mask that lets the network skip computation for flat pixels."))
                .containsExactly("dynamic-inference");
    }

    @Test
    void vectorQuantizationInsideAnAutoencoderIsARepresentationNotCompression() {
        assertThat(ids("Fast Decoding for Neural Image Compression", null,
                "We propose a low-rank decoder for an autoencoder with vector quantization. "
                        + "The autoencoder's codebook stays unchanged."))
                .containsExactly("low-rank");
        assertThat(ids("Vector Quantization for Large Language Models", null,
                "We propose a vector quantization method that stores LLM weights in 2-bit codebooks."))
                .containsExactly("quantization");
    }

    @Test
    void theTechniqueAppliedToAKvCacheOrToExpertsDecidesTheMainLabel() {
        assertThat(ids("Low-Bit Quantization for Long-Context Inference", null,
                "We propose a 2-bit quantization method for the KV cache with per-channel quantization scales."))
                .containsExactly("kv-cache", "quantization");
        List<TechniqueLabel> labels = CLASSIFIER.classify(new PaperText("Low-Bit Quantization for Long-Context Inference",
                null, "We propose a 2-bit quantization method for the KV cache with per-channel quantization scales.", null));
        assertThat(labels.get(0).getScore()).as("labels stay sorted by score").isGreaterThanOrEqualTo(labels.get(1).getScore());
        // the experts are what is pruned: a pruning paper first
        assertThat(ids("Expert Pruning for Mixture-of-Experts Models", null,
                "We prune redundant experts of mixture-of-experts LLMs with a Hessian-based expert pruning criterion."))
                .startsWith("pruning-sparsity").contains("mixture-of-experts");
    }

    @Test
    void aNewDesignMeasuredByItsOwnCostButNamingNoTechniqueIsAnEfficientArchitecture() {
        List<TechniqueLabel> labels = CLASSIFIER.classify(new PaperText(
                "Ripple: A Decoder for Crop Row Segmentation",
                "某农业大学发布了Ripple论文，使用多尺度卷积解码器，解决了现有分割模型计算成本高的问题，达成了更少参数、mIoU提升2.1点的效果。",
                "Segmenting crop rows on field robots is limited by computational resources. We propose Ripple, a "
                        + "multi-scale convolutional decoder. Ripple matches the best segmentation accuracy with fewer "
                        + "parameters and a third of the FLOPs.", null));
        assertThat(labels).extracting(TechniqueLabel::getId).containsExactly("efficient-architecture");
        assertThat(labels.get(0).getEvidence()).extracting(e -> e.getTerm())
                .contains("计算成本", "fewer parameters", "FLOPs");
        // one passing mention of cost is not a design measured by it
        assertThat(ids("A Benchmark of Poetry Generation", "某大学发布了诗歌生成评测基准论文。",
                "We collect 10,000 poems and report the computational cost of evaluating models on them."))
                .containsExactly("other");
    }

    @Test
    void aFallbackNeverOverridesANamedTechnique() {
        assertThat(ids("Pruning Convolutional Decoders", null,
                "We prune channels of segmentation decoders, cutting parameters, FLOPs and runtime: fewer parameters "
                        + "and lower computational cost at equal accuracy."))
                .containsExactly("pruning-sparsity");
    }

    /** The field's usual names for each technique, beyond the words the sample reports happen to use. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Integer-Only Inference for Transformers | We propose integer-only arithmetic with fixed-point quantization of all activations. | quantization",
            "Kronecker Factorization of Transformer Weights | We compress the weights of large models by Kronecker factorization. | low-rank",
            "Self-Drafting Language Models | We propose self-drafting with token tree verification for faster generation. | speculative-decoding",
            "Nyström Attention for Long Documents | We approximate softmax by kernelized attention in linear time. | efficient-attention",
            "Few-Step Generation by Rectified Flow Distillation | We propose few-step sampling for text-to-image models. | diffusion-acceleration",
            "Slimmable Vision Transformers | We train a slimmable network whose dynamic width adapts to each device. | dynamic-inference",
            "EfficientViT Backbones for Segmentation | We design an efficient backbone that is mobile-friendly. | efficient-architecture",
            "GaLore Meets Activation Checkpointing | We cut the memory of training with gradient compression and activation checkpointing. | efficient-training",
            "Cascading Language Models for Cheaper Answers | We send each query through cascading models, from cheap to expensive ones. | dynamic-inference",
            "Token-Budget-Aware Reasoning | Reasoning traces are unnecessarily lengthy; we estimate a token budget per problem. | efficient-reasoning",
            "ProbSparse Transformers for Long Sequences | Its sparse self-attention lets only informative queries attend, in O(L log L). | efficient-attention",
            "An Inference Framework for Language Models on Phones | We build an inference framework that runs language models on mobile GPUs. | systems-hardware",
            "Concise by Difficulty | We propose a length reward that adapts to difficulty so that easy answers get short. | efficient-reasoning",
            "Stop When You Know | We propose a probe after which thinking is terminated once the answers agree. | efficient-reasoning",
            "Blank-Frame Dropping for Streaming ASR | The encoder drops frames that the CTC head predicts as blank. | token-reduction",
            "Jacobi Decoding of Action Chunks | All action tokens are refined jointly by fixed-point iterations. | speculative-decoding",
            "Look Less, Act Sooner | We propose patch selection by a scorer that forwards only the top-ranked image patches. | token-reduction",
            "HelixHash for Genomic Models | We propose bucketing keys and queries by locality-sensitive hashing, so attention stays within buckets. | efficient-attention",
            "StrideAct for Robot Control | Each new action chunk of the diffusion policy is warm-started from the previous one, so fewer denoising steps run. | diffusion-acceleration"
    })
    void namesTheFieldUsesForATechniqueAreTerms(String title, String abstractText, String label) {
        assertThat(ids(title, null, abstractText)).startsWith(label);
    }

    @Test
    void pruningASearchTreeToSaveTestTimeComputeIsEfficientReasoning() {
        assertThat(ids("Prune the Tree, Not the Model: Value-Guided Branch Pruning for Efficient Test-Time Search",
                "某大学发布了论文，使用过程奖励模型引导的搜索树剪枝，在蒙特卡洛树搜索中提前剪去低价值推理分支，解决了测试时树搜索开销大的问题。",
                "Tree search over reasoning steps improves accuracy. We prune branches of the search tree early."))
                .containsExactly("efficient-reasoning");
    }

    @Test
    void decodingInParallelByIterationAndTwoStepDiffusionAreAccelerations() {
        assertThat(ids("Parallel Action Decoding for Vision-Language-Action Models via Jacobi Iteration", "",
                "We decode all action tokens of a chunk in parallel with Jacobi iteration."))
                .first().isEqualTo("speculative-decoding");
        assertThat(ids("FlashPolicy: Two-Step Diffusion Policies via Consistency Flow Matching", "",
                "Diffusion policies need many denoising steps; FlashPolicy generates actions in two integration steps."))
                .first().isEqualTo("diffusion-acceleration");
    }

    @Test
    void pruningTrainingDataIsCheaperTrainingAndPruningQueriesIsTokenReduction() {
        assertThat(ids("Learn From Less: Dynamic Data Pruning for Efficient Vision Transformer Pre-Training", "",
                "We propose a dynamic data pruning method that skips easy samples during pre-training."))
                .first().isEqualTo("efficient-training");
        assertThat(ids("QueryDrop: Dynamic Query Pruning for Sparse Multi-Camera 3D Detection", "",
                "QueryDrop prunes queries dynamically, keeping only those likely to contain objects."))
                .first().isEqualTo("token-reduction");
    }

    @Test
    void aSystematicStudyOrAnAuditContributesNoTechnique() {
        assertThat(ids("Does Low-Bit Quantization Break Long-Context Reasoning? A Systematic Study",
                "某大学发布了一项系统性评测，覆盖5种量化方法。", "We study five weight-only quantization methods on long inputs."))
                .containsExactly("other");
    }

    @Test
    void adaptiveSelfConsistencyIsEfficientReasoningAndMergingFramesIsTokenReduction() {
        assertThat(ids("Early-Agree: Adaptive Sampling Budgets for Self-Consistency", "",
                "We propose adaptive self-consistency with a sequential stopping rule that stops sampling once answers agree."))
                .first().isEqualTo("efficient-reasoning");
        assertThat(ids("SpeechSqueeze: Adaptive Frame Merging for Efficient Speech LLMs", "",
                "Frame merging of similar adjacent speech frames shortens the audio token sequence."))
                .first().isEqualTo("token-reduction");
    }

    @Test
    void aBriefWhoseFirstClauseCallsThePaperAnAnalysisContributesNoTechnique() {
        assertThat(ids("Lost in Compression? How Post-Training Quantization Affects Multilingual Factual Recall",
                "爱丁堡大学发布了关于量化对多语言事实回忆影响的实证分析论文，使用对GPTQ、AWQ和RTN的系统评测，得出了4比特量化使准确率下降7.3个百分点的结论。",
                "We evaluate GPTQ, AWQ and RTN at 4 and 8 bits across 23 languages.")).containsExactly("other");
        assertThat(ids("FastQ: 4-bit Quantization for Long Inputs",
                "某大学发布了FastQ论文，使用分组量化，经系统评测达成了精度损失小于1%的效果。", "We quantize weights to 4 bits."))
                .containsExactly("quantization");
    }

    @Test
    void sparseAttentionInAVideoDiffusionModelIsEfficientAttention() {
        assertThat(ids("STW-Sieve: Spatio-Temporal Window Sparse Attention for Fast Video Diffusion Transformers",
                "某大学发布了论文，使用时空窗口稀疏注意力，解决了视频扩散Transformer中3D全注意力计算开销大的问题。",
                "Sparse attention over spatio-temporal windows accelerates video diffusion sampling; the sparse attention kernel "
                        + "skips empty tiles."))
                .first().isEqualTo("efficient-attention");
    }

    @Test
    void acceleratingADiffusionLanguageModelIsParallelDecodingAndKvCachingNotDiffusionAcceleration() {
        assertThat(ids("ParaMask: Confidence-Calibrated Parallel Unmasking and Block-wise Cache Reuse for Diffusion Language Models",
                "某大学发布了ParaMask论文，使用在每个去噪步同时解码多个掩码token并复用已完成块的注意力键值的方法，解决了扩散语言模型推理慢的问题。",
                "Diffusion language models decode few tokens per step. ParaMask unmasks in parallel and reuses key-value states."))
                .doesNotContain("diffusion-acceleration").contains("speculative-decoding");
    }

    @Test
    void aServingSystemThatMovesKvCachesContributesNoKvCacheTechniqueUnlessItsTitleSaysSo() {
        String brief = "某大学发布了论文，使用弹性的prefill/decode分离调度，并在实例间逐层迁移KV缓存，解决了LLM服务在负载波动时GPU利用率低的问题。";
        String abstractText = "We present a serving system that disaggregates prefill and decode and schedules instances "
                + "elastically, streaming in-flight KV caches layer by layer so that no request is dropped.";
        assertThat(ids("ElasticServe: SLO-aware Disaggregated LLM Serving", brief, abstractText))
                .containsExactly("systems-hardware");
        assertThat(ids("PagedKV: KV Cache Paging for Disaggregated LLM Serving", brief, abstractText))
                .contains("systems-hardware", "kv-cache");
    }

    @Test
    void theDeviceALightweightDesignTargetsIsNotASystemsContribution() {
        assertThat(ids("NPU-NAS: Neural Architecture Search for Mobile NPUs",
                "某大学发布了论文，使用面向手机NPU的神经架构搜索与重参数化轻量骨干，解决了视觉模型在NPU上延迟高的问题。",
                "We search lightweight backbones whose operators suit the NPU of a phone; on the NPU they run 2x faster."))
                .containsExactly("efficient-architecture");
    }

    @Test
    void aStudentDistilledIntoALightweightDesignIsAlsoALightweightDesign() {
        String abstractText = "We distill a segmentation foundation model into a small student with a feature loss.";
        assertThat(ids("TinySeg: Distilling Segment Anything for Phones",
                "某大学发布了论文，使用解耦的知识蒸馏及轻量卷积图像编码器，解决了分割大模型计算量大的问题。", abstractText))
                .containsExactly("distillation", "efficient-architecture");
        assertThat(ids("TinySeg: Distilling Segment Anything for Phones",
                "某大学发布了论文，使用解耦的知识蒸馏，解决了分割大模型难以部署到轻量设备上的问题。", abstractText))
                .containsExactly("distillation");
    }

    @Test
    void aSmallLanguageModelAsTheStudentIsNoLightweightDesign() {
        assertThat(ids("Distilling Chain-of-Thought into a Small Language Model",
                "某大学发布了论文，使用多教师知识蒸馏，解决了推理能力难以迁移的问题。",
                "We propose a distillation recipe that transfers reasoning from a 70B teacher into a small language model."))
                .containsExactly("distillation");
    }

    @Test
    void mergingExpertsIsAMixtureOfExpertsTechniqueAndPruningThemIsPruning() {
        assertThat(ids("MergeMoE: Router-Guided Expert Merging for Compressing Sparse Mixture-of-Experts LLMs",
                "某大学发布了MergeMoE论文，使用依据路由频率对专家分组后合并的专家压缩方法，解决了MoE大模型部署显存门槛高的问题",
                "We merge the experts of a sparse mixture-of-experts model into fewer experts, unlike pruning."))
                .containsExactly("mixture-of-experts");
        assertThat(ids("Prune the Crowd: Router-Guided Expert Pruning for Mixture-of-Experts Language Models", "",
                "We prune the experts of a mixture-of-experts model that the router rarely selects."))
                .containsExactly("pruning-sparsity", "mixture-of-experts");
    }

    @Test
    void aSmallModelsSizeInTheTitleNamesALightweightDesign() {
        String brief = "清华大学发布了TinyMixer论文，使用由通道独立线性层构成的MLP架构，解决了时序预测模型参数多的问题";
        assertThat(ids("TinyMixer: A 50K-Parameter MLP for Long-Horizon Time Series Forecasting", brief, ""))
                .containsExactly("efficient-architecture");
        assertThat(ids("TinyASR: Sub-1MB Streaming Speech Recognition on Microcontrollers", "", ""))
                .containsExactly("efficient-architecture");
        assertThat(ids("On-Device Training Under 256KB Memory", "", "")).doesNotContain("efficient-architecture");
        assertThat(ids("Distilling Translators into 600M-Parameter Models", "", "")).doesNotContain("efficient-architecture");
    }

    @Test
    void aTitleThatNamesABenchmarkOrAsksHowMuchAMethodDoesContributesNoTechnique() {
        String brief = "某大学发布了论文，系统比较了14种KV缓存驱逐、量化与低秩投影方法在多轮对话中的表现";
        String abstractText = "We evaluate fourteen KV cache eviction, quantization and low-rank projection methods "
                + "on multi-turn conversations.";
        assertThat(ids("MT-KVBench: Do KV Cache Compression Methods Survive Multi-Turn Conversations?", brief,
                abstractText)).containsExactly("other");
        assertThat(ids("EffBench-2026: Efficient Inference Methods in Production", brief, abstractText))
                .containsExactly("other");
        assertThat(ids("How Much Do KV Cache Compression Methods Save in Production?", brief, abstractText))
                .containsExactly("other");
        assertThat(ids("Evaluating KV Cache Compression in Multi-Turn Chat", brief, abstractText))
                .containsExactly("other");
        // a benchmark the method is measured on names no benchmark of the paper's own
        assertThat(ids("TurnKV: Multi-Turn KV Cache Eviction, Measured on MT-Bench",
                "某大学发布了论文，使用按对话轮次分配预算的KV缓存驱逐方法，解决了多轮对话显存占用高的问题",
                "We evict KV cache entries with per-turn budgets.")).containsExactly("kv-cache");
    }

    @Test
    void kernelsATitleNamesAreASecondSystemsContributionNeverTheMainOne() {
        String brief = "某大学发布了论文，使用基于二阶信息的逐层自适应2:4半结构化剪枝，解决了大模型剪枝精度损失大的问题";
        String abstractText = "We select which layers to prune to the 2:4 pattern with a second-order sensitivity "
                + "score and update the remaining weights.";
        assertThat(ids("SparseFlow: Layer-Adaptive 2:4 Sparsity with Sparse Tensor-Core Kernels", brief, abstractText))
                .containsExactly("pruning-sparsity", "systems-hardware");
        assertThat(ids("SparseFlow: Layer-Adaptive 2:4 Sparsity for LLM Inference", brief, abstractText))
                .containsExactly("pruning-sparsity");
        // kernels in the abstract are as often a baseline's or a setting's
        assertThat(ids("SparseFlow: Layer-Adaptive 2:4 Sparsity for LLM Inference", brief,
                abstractText + " Existing sparse kernels then run the pruned model.")).containsExactly("pruning-sparsity");
        // the main label comes first with the highest score, even when the kernels scored higher
        List<TechniqueLabel> labels = CLASSIFIER.classify(new PaperText("Compact Splat Encoders with Batched CUDA Kernels",
                "", "We develop a pipeline with batched CUDA kernels, custom kernels and a lightweight input stem.", null));
        assertThat(labels).extracting(TechniqueLabel::getId).startsWith("efficient-architecture").contains("systems-hardware");
        assertThat(labels).extracting(TechniqueLabel::getScore).isSortedAccordingTo(Comparator.reverseOrder());
        // a convolution's large kernels are no compute kernels
        assertThat(ids("RepLite: Reparameterizable Large Kernels for Lightweight Segmentation",
                "某大学发布了论文，使用可重参数化的大核卷积轻量网络，解决了分割模型感受野小的问题",
                "We design a lightweight network whose large kernels are reparameterized at inference."))
                .containsExactly("efficient-architecture");
        // the sense "large kernel*" covers the whole word, as the stem does
        assertThat(ids("RepLite: Reparameterizable Large Kernels for Lightweight Segmentation", null, null))
                .containsExactly("efficient-architecture");
    }

    @Test
    void aQuantizationOrTrainingMethodThatBringsItsOwnKernelsOrPipelinesIsAlsoASystemsContribution() {
        String title = "FP4-Fast: Microscaling 4-Bit Weight and Activation Quantization for LLMs";
        String abstractText = "We quantize the weights and activations of large language models to 4 bits with "
                + "microscaling formats and a learned block-scale search.";
        assertThat(ids(title, "某大学发布了论文，使用微缩放4比特权重与激活量化及融合反量化的GPU kernel与硬件感知的调度，"
                + "解决了大模型推理显存占用高的问题", abstractText))
                .containsExactly("quantization", "systems-hardware");
        // a kernel mentioned in passing is not enough evidence of one
        assertThat(ids(title, "某大学发布了论文，使用微缩放4比特权重与激活量化（可在GPU上运行），解决了大模型推理显存占用高的问题",
                abstractText))
                .containsExactly("quantization");
        assertThat(ids("FastNeigh: Cache-Aware Neighbor Sampling for Billion-Edge GNN Training",
                "某大学发布了论文，使用GPU缓存感知的邻居采样与GPU端采样及特征加载的流水线，解决了图神经网络训练中特征加载成为瓶颈的问题",
                "We bias neighbor sampling towards nodes whose features already reside in a GPU cache, which makes "
                        + "mini-batch training of graph neural networks faster; sampling runs on the GPU."))
                .containsExactly("efficient-training", "systems-hardware");
    }

    @Test
    void aLengthRewardScaledByDifficultyIsEfficientReasoningNotAdaptiveInference() {
        assertThat(ids("Think Less: Difficulty-Aware Length Rewards for Efficient Chain-of-Thought",
                "某实验室发布了论文，使用按题目难度自适应调整长度惩罚的强化学习奖励，解决了推理大模型过度思考的问题",
                "We propose difficulty-aware length rewards for reinforcement learning of reasoning models."))
                .containsExactly("efficient-reasoning");
        assertThat(ids("Think When Needed: Difficulty-Aware Routing between Thinking Modes", "",
                "We route each query to a thinking or a non-thinking mode by its difficulty, which avoids overthinking "
                        + "and compresses chain-of-thought reasoning."))
                .contains("efficient-reasoning", "dynamic-inference");
    }

    @Test
    void aReasoningModelThatChoosesWhetherToThinkAlsoAdaptsItsCompute() {
        String abstractText = "Multimodal reasoning models think at length about every question. We train one model "
                + "to choose between a direct-answer mode and a thinking mode with reinforcement learning.";
        assertThat(ids("Glance or Gaze? Adaptive Thinking-Mode Switching for Multimodal Reasoning Models",
                "某大学发布了论文，使用基于难度估计的快思/慢思模式自适应切换与带长度惩罚的强化学习，解决了多模态推理模型对简单问题也生成冗长思维链的问题",
                abstractText)).containsExactly("efficient-reasoning", "dynamic-inference");
        assertThat(ids("ThinkGate: Learning When to Think for Multimodal Reasoning Models",
                "某大学发布了论文，使用轻量门控器预测问题难度、自适应选择直接作答或长链推理，解决了多模态推理模型过度思考的问题",
                abstractText)).containsExactly("efficient-reasoning", "dynamic-inference");
        // a shorter chain of thought alone chooses no mode
        assertThat(ids("ShortCoT: Compressing Chains of Thought for Multimodal Reasoning Models",
                "某大学发布了论文，使用思维链压缩与长度惩罚，解决了多模态推理模型过度思考的问题",
                "We compress chains of thought with a length penalty.")).containsExactly("efficient-reasoning");
    }

    @Test
    void theAttentionWindowsAndSinksAKvCacheMethodKeepsAreNoAttentionTechniqueUnlessTheTitleSaysSo() {
        String brief = "某大学发布了论文，使用按注意力头分配预算的KV缓存驱逐方法，对局部头仅保留窗口注意力与attention sink，解决了长文本推理显存占用高的问题";
        String abstractText = "We evict KV cache entries with a per-head budget; local heads keep only a window attention "
                + "span and the attention sinks, while retrieval heads keep more of the KV cache.";
        assertThat(ids("HeadBudget: Head-wise Budget Allocation for KV Cache Eviction", brief, abstractText))
                .containsExactly("kv-cache");
        assertThat(ids("HeadBudget: Sparse Attention and Head-wise KV Cache Eviction", brief, abstractText))
                .contains("kv-cache", "efficient-attention");
    }
    @Test
    void aTechniqueTheBriefsMethodPartNamesIsTheMainOneEvenWhenTheAbstractWordsItOtherwise() {
        String abstractText = "Listwise reranking with large language models is too expensive for production. We "
                + "transfer listwise preferences from an LLM into a small cross-encoder trained on its permutations.";
        assertThat(ids("Teaching a 300M reranker to imitate LLM listwise judgements",
                "某研究院提出RankLite，把70亿参数LLM的列表式排序偏好蒸馏进一个3亿参数的交叉编码器，训练只依赖伪标签。",
                abstractText)).containsExactly("distillation");
        // named only where the brief states the problem, it is not the paper's method
        assertThat(ids("Teaching a 300M reranker to imitate LLM listwise judgements",
                "某研究院发布了RankLite论文，使用列表式伪标签训练交叉编码器，解决了蒸馏后的重排序模型质量不足的问题。",
                abstractText)).containsExactly("other");
    }
    @Test
    void mechanismsDescribedWithoutTheFieldsWordNameTheirTechnique() {
        assertThat(ids("LazyVLA: Exiting Early on Easy Control Steps in Vision-Language-Action Models",
                "某研究院发布了LazyVLA论文，使用在语言主干中间层挂接动作头、预测一致时即停止前向计算的方法，解决了控制频率低的问题",
                "LazyVLA attaches action heads to intermediate layers and stops the forward pass as soon as the action "
                        + "agrees with the previous one.")).containsExactly("dynamic-inference");
        assertThat(ids("Zoom Only When Needed: Per-Image Resolution Selection for Multimodal LLMs",
                "某公司发布了AdaRes论文，使用轻量选择器为每个请求挑选输入分辨率的方法，解决了视觉token冗余的问题",
                "A small selector chooses one of four input resolutions before the vision encoder runs."))
                .first().isEqualTo("dynamic-inference");
        assertThat(ids("Draft with CTC, verify with attention for speech recognisers",
                "某公司发布了论文，利用CTC分支一次性生成整句候选转写，再由注意力解码器以单次前向批量核对，解决了逐词解码慢的问题",
                "The CTC head proposes an entire transcript and the attention decoder scores all proposed tokens in one "
                        + "forward pass.")).containsExactly("speculative-decoding");
    }

    @Test
    void britishSpellingsNameTheirTechniqueAsAmericanOnesDo() {
        assertThat(ids("Cross-Layer Weight Factorisation for Compact Vision Encoders", null,
                "We factorise the weights of consecutive layers into shared bases and private coefficients."))
                .containsExactly("low-rank");
        assertThat(ids("Outlier-Free Quantisation of Speech Recognisers", null,
                "Weights and activations are quantised to four bits after a learned rotation."))
                .containsExactly("quantization");
    }

    @Test
    void reparameterisingAQuantizerOrTheNoiseIsNoStructuralReparameterisation() {
        assertThat(ids("Rotation Reparameterization for Low-Bit LLM Quantization", null,
                "We propose a reparameterization that folds learned rotations into the weights before quantization."))
                .containsExactly("quantization");
        assertThat(ids("RepLite: a Re-parameterizable Mobile Backbone", null,
                "We train multi-branch blocks that are re-parameterized into single convolutions for inference."))
                .containsExactly("efficient-architecture");
    }

    @Test
    void aMechanismNamedInTwoPhrasesOfOneSentenceNamesItsTechnique() {
        String title = "Guess the Next Frames: Lookahead Heads for Codec-Based Speech Synthesis";
        assertThat(ids(title, null, "Codec language models synthesise speech one frame at a time. We propose a "
                + "lightweight head that guesses the next several codec frames, and the synthesiser checks all guesses "
                + "in a single forward pass.")).containsExactly("speculative-decoding");
        assertThat(ids("Settle Down: Streaming Speech Encoders", "某实验室发布了Settle论文，采用逐块监测编码器各层隐藏状态、"
                + "一旦表示趋于稳定便跳过剩余层的机制，解决了流式语音识别计算冗余的问题", null))
                .containsExactly("dynamic-inference");
        // the two phrases in different sentences, or in different parts of a brief, name nothing together
        assertThat(ids(title, null, "We propose a lightweight head that guesses the next several codec frames. "
                + "Listeners then checked the audio in a blind test.")).doesNotContain("speculative-decoding");
        assertThat(ids("Settle Down: Streaming Speech Encoders", "某实验室发布了Settle论文，采用跳过剩余层的编码器，"
                + "解决了流式语音识别输出不稳定的问题", null)).doesNotContain("dynamic-inference");
    }
}
