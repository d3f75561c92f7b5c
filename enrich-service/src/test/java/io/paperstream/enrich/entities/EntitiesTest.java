package io.paperstream.enrich.entities;

import io.paperstream.enrich.PaperText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntitiesTest {

    private static final InstitutionNormalizer INSTITUTIONS = InstitutionNormalizer.fromClasspath();
    private static final ModelNameFinder MODELS = ModelNameFinder.fromClasspath();
    private static final ModalityClassifier MODALITY = ModalityClassifier.fromClasspath();

    @Test
    void normalisesChineseAndEnglishInstitutionsWithoutDuplicates() {
        assertThat(INSTITUTIONS.normalize("浦项科技大学（POSTECH）、复旦大学与香港中文大学发布了某论文，使用…",
                "Graduate School of Artificial Intelligence, Pohang University of Science and Technology, Fudan University"))
                .containsExactly("POSTECH", "Fudan University", "The Chinese University of Hong Kong");
    }

    @Test
    void dropsPeopleCitiesAndDepartmentsFromTheInstitutionLine() {
        assertThat(INSTITUTIONS.normalize(null,
                "ZHONGYI ZHANG, Department of Computer Science, Ben-Gurion University of the Negev Beer Sheva, "
                        + "Linfeng Zhang †, Example University Beijing"))
                .containsExactly("Ben-Gurion University of the Negev", "Example University");
    }

    @Test
    void curatedNamesWithACommaCampusesAndIndependentInstitutesStay() {
        // a curated name may hold the comma the line is split on
        assertThat(INSTITUTIONS.normalize(null, "University of California, Berkeley, Google"))
                .containsExactly("University of California, Berkeley", "Google");
        // a place after an institution with campuses names the campus, after others it is dropped
        assertThat(INSTITUTIONS.normalize(null,
                "Indian Institute of Technology Kanpur, Indian Institute of Technology Delhi, Hebei Institute of Communications Shijiazhuang"))
                .containsExactly("Indian Institute of Technology Kanpur", "Indian Institute of Technology Delhi",
                        "Hebei Institute of Communications");
        // an institute is a unit only of a parent listed with it that it is named after
        assertThat(INSTITUTIONS.normalize(null, "Hebei Institute of Communications, Columbia University"))
                .containsExactly("Hebei Institute of Communications", "Columbia University");
        assertThat(INSTITUTIONS.normalize(null, "Leiden Institute of Advanced Computer Science, Leiden University"))
                .containsExactly("Leiden University");
    }

    @Test
    void anInstituteRightBeforeItsUniversityIsOneOfItsUnits() {
        assertThat(INSTITUTIONS.normalize(null, "Language Technologies Institute, Carnegie Mellon University, Honda Research Institute"))
                .containsExactly("Carnegie Mellon University", "Honda Research Institute");
        assertThat(INSTITUTIONS.normalize(null, "Wangxuan Institute of Computer Technology, Peking University, Peng-Shuai Wang"))
                .containsExactly("Peking University");
        assertThat(INSTITUTIONS.normalize(null, "Illinois Institute of Technology, University of Wisconsin-Madison"))
                .hasSize(2);
    }

    @Test
    void aLatinPublisherOfTheBriefThatTheLineAlsoNamesIsAnInstitution() {
        assertThat(INSTITUTIONS.normalize("加州大学伯克利分校、Anyscale与Canva发布了某论文，使用…",
                "UC Berkeley, Anyscale, Canva, Isaac Ong, Ion Stoica"))
                .containsExactly("University of California, Berkeley", "Anyscale", "Canva");
        assertThat(INSTITUTIONS.normalize("Isaac Ong发布了某论文，使用…", "UC Berkeley, Isaac Ong"))
                .containsExactly("University of California, Berkeley");
    }

    @Test
    void publishersJoinedBy联合AndEnglishNamesInParenthesesAreRead() {
        assertThat(INSTITUTIONS.normalize("Sakana AI（东京）联合京都大学发布了某论文，使用…", null))
                .containsExactly("Sakana AI", "Kyoto University");
        assertThat(INSTITUTIONS.normalize("星河智算（Galaxy Compute AI）与清华大学发布了某论文，使用…", null))
                .containsExactly("Galaxy Compute AI", "Tsinghua University");
        assertThat(INSTITUTIONS.normalize("Zoom发布了某论文，使用…", "Zoom Communications, San Jose, CA, Silei Xu"))
                .containsExactly("Zoom Communications");
    }

    @Test
    void footnoteSuperscriptsAbbreviationsInParenthesesAndLegalFormsLeaveTheName() {
        assertThat(INSTITUTIONS.normalize(null, "Acme Research Institute (ARI)², Nimbus Labs Inc., Roma, Orbita Group GmbH³"))
                .containsExactly("Acme Research Institute", "Nimbus Labs", "Orbita Group");
        assertThat(INSTITUTIONS.normalize("卡内基梅隆大学与Quorra发布了某论文，使用…", "Carnegie Mellon University, Quorra Inc., New York"))
                .containsExactly("Carnegie Mellon University", "Quorra");
    }

    @Test
    void affiliationsInOtherLanguagesAreOrganisationsWithTheirOwnOf() {
        assertThat(INSTITUTIONS.normalize(null, "Scuola Normale Superiore, Università di Pisa, Dipartimento di Informatica, Marco Rossi"))
                .contains("Scuola Normale Superiore", "Università di Pisa");
    }

    @Test
    void footnoteNumbersGluedToNamesDoNotHideThem() {
        assertThat(INSTITUTIONS.normalize(null, "Zhejiang University1, Shanghai AI Lab2, Westlake University3"))
                .containsExactly("Zhejiang University", "Shanghai AI Laboratory", "Westlake University");
    }

    @Test
    void anOrganisationWordAloneNamesNoPublisher() {
        assertThat(INSTITUTIONS.normalize("微软研究院与微软云与AI发布了某论文，使用…", null))
                .doesNotContain("AI");
    }

    @Test
    void anAffiliatedHospitalIsTheHospitalNotItsUniversity() {
        assertThat(INSTITUTIONS.normalize(null, "ShanghaiTech University, 上海交通大学医学院附属瑞金医院"))
                .containsExactly("ShanghaiTech University", "Ruijin Hospital");
    }

    @Test
    void anonymousPublisherAndMissingLineGiveNoInstitution() {
        assertThat(INSTITUTIONS.normalize("研究团队发布了某论文", "**作者数量**: 5人")).isEmpty();
    }

    @Test
    void findsModelNamesWithVersionsAndSizes() {
        assertThat(MODELS.distinctNames("We test Llama-3.1-8B-Instruct, Mistral-7B, Qwen2.5-VL-7B, SDXL, Flux and "
                + "OpenVLA; GPTQ is a baseline and 'phi' alone is not a model. A new Zeta-13B too."))
                .containsExactly("Llama-3.1-8B-Instruct", "Mistral-7B", "Qwen2.5-VL-7B", "SDXL", "Flux", "OpenVLA", "Zeta-13B");
    }

    @Test
    void findsSizedNamesUpToTheirLastCountAndOnlyFromACapitalThatStartsAWord() {
        assertThat(MODELS.distinctNames("Foo-v2-1.5B-Chat-7B beats Bar-3B.x, fooBar-2B, x_Baz-4B, Qux-9Bx and Zed--5M."))
                .containsExactly("Foo-v2-1.5B-Chat-7B", "Bar-3B");
    }

    @Test
    void aShortCapitalPrefixNamesTheVariantAndSpellingsOfOneNameAreOne() {
        assertThat(MODELS.distinctNames("SA-UNETV2: RETHINKING U-NET",
                "We propose SA-UNetv2, which improves on SA-UNet and the UNet, unlike Vision-Llama or LoRA-Mamba."))
                .containsExactly("SA-UNetv2", "UNet", "SA-UNet", "Llama", "Mamba");
    }

    @Test
    void aCodeUrlHasOneSpellingWhateverTheCaseOfItsSchemeAndHost() {
        assertThat(new CodeUrlFinder().find("CODE: HTTPS://GITHUB.COM/WebPAI/EfficientUICoder", "Code: https://github.com/WebPAI/EfficientUICoder"))
                .containsExactly("https://github.com/WebPAI/EfficientUICoder");
    }

    @Test
    void stripsTrailingPunctuationFromCodeUrls() {
        assertThat(new CodeUrlFinder().find("Code: https://github.com/a/b. Also see (github.com/c/d), 代码见https://x.org/y。"))
                .containsExactly("https://github.com/a/b", "https://github.com/c/d", "https://x.org/y");
    }

    @Test
    void joinsACodeLinkThatALineBreakCutAfterItsOwner() {
        assertThat(new CodeUrlFinder().find("Our code will be released in https://github.com/Leon221220/ MACC."))
                .containsExactly("https://github.com/Leon221220/MACC");
        // a word that goes on with the sentence is no repository
        assertThat(new CodeUrlFinder().find("See github.com/someorg/ and the models on huggingface.co/someorg/ for details."))
                .containsExactly("https://github.com/someorg/", "https://huggingface.co/someorg/");
    }

    @Test
    void picksTheModalityTheTitleIsAbout() {
        assertThat(MODALITY.classify(new PaperText("Accelerating Diffusion Transformers for Text-to-Image Generation", null,
                "We speed up denoising in diffusion models.", null))).isEqualTo("diffusion");
        assertThat(MODALITY.classify(new PaperText("Token Pruning for Vision-Language Models", null,
                "Large vision-language models process many visual tokens.", null))).isEqualTo("vlm");
        assertThat(MODALITY.classify(new PaperText("A Note", null, "We study things.", null))).isEqualTo("general");
    }

    @Test
    void aDiffusionPolicyForRobotsIsRoboticsAndMultimodalFoundationModelsAreVlms() {
        assertThat(modality("Consistency Policy: Accelerated Visuomotor Policies via Consistency Distillation",
                "某大学发布了论文，使用从预训练扩散策略蒸馏得到的一致性策略，解决了扩散策略推理需多次迭代去噪的问题。",
                "Diffusion policies denoise actions step by step; we distill them into a one-step visuomotor policy."))
                .isEqualTo("robotics");
        assertThat(modality("MathVista: Evaluating Mathematical Reasoning of Foundation Models in Visual Contexts",
                "某大学发布了MathVista论文，构建了评估多模态基础模型在视觉情境中数学推理能力的基准。",
                "We evaluate large multimodal models (LMMs) on mathematical reasoning.")).isEqualTo("vlm");
        assertThat(modality("Pre-gated MoE for Fast Inference", "某大学发布了论文，解决了MoE大模型参数量巨大、GPU显存不足的问题。", null))
                .isEqualTo("llm");
        assertThat(modality("Accelerating Transformer Inference for Translation via Parallel Decoding", null,
                "Autoregressive decoding limits transformers for machine translation.")).isEqualTo("llm");
        assertThat(modality("HyGCN: A GCN Accelerator with Hybrid Architecture", null,
                "Graph Convolutional Networks alternate aggregation and combination phases.")).isEqualTo("graph");
        assertThat(modality("Knowledge Distillation: A Good Teacher is Patient and Consistent", null,
                "We distill large image classification models on ImageNet into compact ResNets.")).isEqualTo("vision");
        assertThat(modality("DyTree: Dynamic Draft Trees for Speculative Decoding", "某大学发布了论文，达成了在Vicuna-13B和LLaMA-3.1-8B上分别加速3.9倍和3.4倍的效果。", null))
                .isEqualTo("llm");
        assertThat(modality("Think When Needed: Adaptive Thinking-Mode Switching", null,
                "Multimodal reasoning models think at length even for simple chart questions.")).isEqualTo("vlm");
        assertThat(modality("SimPO: Simple Preference Optimization with a Reference-Free Reward", null,
                "Direct preference optimization reparameterizes the reward of RLHF; we propose a simpler approach."))
                .isEqualTo("llm");
    }

    @Test
    void wordsThatOnlyLookLikeAModalityDoNotDecideIt() {
        // 聊天机器人 is a chatbot, not a robot; TTS in reasoning papers is test-time scaling
        assertThat(modality("A RAG-Based Telegram Assistant", "某大学发布了论文，使用检索增强的聊天机器人，解决了学生答疑问题。",
                "We build an assistant for students.")).isEqualTo("llm");
        assertThat(modality("Expert Search for Reasoning in MoE LLMs", null,
                "Test-time scaling (TTS) improves LLMs; our TTS strategy searches experts.")).isEqualTo("llm");
        // forecasting a serving workload is no time series, and diagnosing a model is no medicine
        assertThat(modality("Enhancing MoE LLM Serving with Data Movement Forecasting", null,
                "We serve large language models faster.")).isEqualTo("llm");
        assertThat(modality("Component Imbalance in Linear Attention", null,
                "We diagnose why hybrid attention ignores its linear part.")).isEqualTo("general");
        // detection alone (of intrusions, of faults) is not computer vision
        assertThat(modality("Federated Intrusion Detection", "某大学发布了论文，使用联邦学习进行入侵检测。", null))
                .isEqualTo("general");
    }

    @Test
    void domainVocabularyNamesTheDomain() {
        assertThat(modality("Brain Tumor Segmentation with an Efficient Decoder", null,
                "We segment tumors in MRI scans.")).isEqualTo("science-medical");
        assertThat(modality("Neural Operators for Plasma Fluid Simulation", null, "We solve PDEs faster.")).isEqualTo("science-medical");
        assertThat(modality("LocoMamba: Vision-Driven Locomotion", null, "A quadruped learns to walk from depth images."))
                .isEqualTo("robotics");
        assertThat(modality("Stock Prediction with Sentiments from LLMs", null, "We forecast prices.")).isEqualTo("time-series");
    }

    private static String modality(String title, String brief, String abstractText) {
        return MODALITY.classify(new PaperText(title, brief, abstractText, null));
    }

    @Test
    void completesNamesTheLineCutShortAndDropsTheCutPieces() {
        assertThat(INSTITUTIONS.normalize(null, "Lanzhou University, The University of Hong"))
                .containsExactly("Lanzhou University", "The University of Hong Kong");
        assertThat(INSTITUTIONS.normalize(null, "University of Southern, University of Michigan"))
                .containsExactly("University of Southern California", "University of Michigan");
        // several known names continue it: it stays as written
        assertThat(INSTITUTIONS.normalize(null, "University of California")).containsExactly("University of California");
        assertThat(INSTITUTIONS.normalize("上海交通大学、浙江大学发布了某论文，使用…",
                "Westlake University, Shanghai Jiao, Zhejiang University, Tong University"))
                .containsExactly("Shanghai Jiao Tong University", "Zhejiang University", "Westlake University");
    }

    @Test
    void aNameWithACityOrDepartmentAttachedIsTheSameInstitution() {
        assertThat(INSTITUTIONS.normalize("Texas Tech University发布了某论文", "Texas Tech University Lubbock, Department of Computer Science"))
                .containsExactly("Texas Tech University");
        assertThat(INSTITUTIONS.normalize("North South University Dhaka发布了某论文",
                "Dept. of ECE North South University Dhaka, ECE North South University Dhaka"))
                .containsExactly("North South University");
        assertThat(INSTITUTIONS.normalize(null, "University of Wisconsin -Madison"))
                .containsExactly("University of Wisconsin-Madison");
        // named after another institution, not a part of it
        assertThat(INSTITUTIONS.normalize("武汉理工大学发布了某论文", "Wuhan University, Chinese Academy of Sciences, "
                + "University of Chinese Academy of Sciences Beijing"))
                .containsExactly("Wuhan University of Technology", "Wuhan University", "Chinese Academy of Sciences",
                        "University of Chinese Academy of Sciences");
    }

    @Test
    void labsAndTeamsOfANamedOrganisationGoButKnownInstitutesStay() {
        assertThat(INSTITUTIONS.normalize("三星SDS发布了某论文", "Cloud Research Team, Samsung SDS")).containsExactly("Samsung SDS");
        assertThat(INSTITUTIONS.normalize(null, "Graduate School of Artificial Intelligence, Pohang University of Science and Technology"))
                .containsExactly("POSTECH");
        assertThat(INSTITUTIONS.normalize(null, "School of Computer Science and Engineering, Southeast University, AI Lab, Lenovo Research"))
                .containsExactly("Southeast University", "Lenovo Research");
        assertThat(INSTITUTIONS.normalize(null, "Emory University, Max Planck Institute for Intelligent Systems"))
                .containsExactly("Emory University", "Max Planck Institute for Intelligent Systems");
    }

    @Test
    void aWordDescribingARelationToAModelIsNotPartOfItsName() {
        assertThat(MODELS.distinctNames("We build a Mamba-based encoder, an EAGLE-2-style drafter and a U-Net-based decoder "
                + "on MobileNetV3-based features; Llama-3.1-8B-Instruct is the target."))
                .containsExactly("Mamba", "EAGLE-2", "U-Net", "MobileNetV3", "Llama-3.1-8B-Instruct");
    }

    @Test
    void readsAnEnglishPublisherWrittenInFullWidth() {
        assertThat(INSTITUTIONS.normalize("Ｈａｎａ　Ｉｎｓｔｉｔｕｔｅ ｏｆ Ｔｅｃｈｎｏｌｏｇｙ与复旦大学发布了某论文", null))
                .containsExactly("Hana Institute of Technology", "Fudan University");
    }

    @Test
    void aLineOfThousandsOfNamesIsStillReadWhole() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            line.append("Qx").append(Integer.toString(i, 36)).append(" University, ");
        }
        assertThat(INSTITUTIONS.normalize(null, line.toString())).hasSize(3000).contains("Qx0 University", "Qx2bb University");
    }

    @Test
    void aCompanyIsNamedByItsLastWordAndPublishersMayProposeAsWellAsPublish() {
        assertThat(INSTITUTIONS.normalize("沙特阿卜杜拉国王科技大学与Cerebras Systems提出LaSP，通过…", null))
                .contains("Cerebras Systems");
        assertThat(INSTITUTIONS.normalize(null, "Dept. of Electronics and Computer Engineering, Aalto University"))
                .containsExactly("Aalto University");
    }

    @Test
    void legalFormsAbbreviationsDescriptionsAndStreetsAreNotPartOfAName() {
        assertThat(INSTITUTIONS.normalize(null, "Canva Pty Ltd, Sydney; Tessera Labs Corporation"))
                .containsExactly("Canva", "Tessera Labs");
        assertThat(INSTITUTIONS.normalize(null, "Allen Institute for AI (AI2); Middle East Technical University (ODTÜ)"))
                .containsExactly("Allen Institute for AI", "Middle East Technical University");
        assertThat(INSTITUTIONS.normalize(null,
                "Qualcomm AI Research, an initiative of Qualcomm Technologies; Vector Institute, 661 University Ave, Toronto"))
                .containsExactly("Qualcomm AI Research", "Vector Institute");
    }

    @Test
    void videoLlmsAreVlmsAndForecastingTheMotionOfAgentsIsRobotics() {
        assertThat(modality("StreamMerge: Spatio-Temporal Token Merging and KV Compression for Streaming Video LLMs", null,
                "Streaming video LLMs must answer queries about hour-long streams in real time.")).isEqualTo("vlm");
        assertThat(modality("Lane-Aware Intention Queries for Multi-Agent Motion Forecasting", "某大学提出用于多智能体运动预测的方法。",
                "We forecast the motion of agents for autonomous vehicles.")).isEqualTo("robotics");
    }

    @Test
    void anUnknownInstituteRightAfterItsUniversityIsOneOfItsUnitsButAResearchInstituteIsNot() {
        assertThat(INSTITUTIONS.normalize(null, "New York University (NYU), Courant Institute of Mathematical Sciences"))
                .containsExactly("New York University");
        assertThat(INSTITUTIONS.normalize(null, "Universidade Estadual de Campinas, Instituto de Computação, Campinas, Brazil"))
                .containsExactly("University of Campinas");
        assertThat(INSTITUTIONS.normalize(null, "Stanford University, Toyota Research Institute"))
                .containsExactly("Stanford University", "Toyota Research Institute");
        assertThat(INSTITUTIONS.normalize(null, "Peking University; Orchid Reasoning Institute"))
                .contains("Orchid Reasoning Institute");
    }

    @Test
    void aNameEndingInDigitsKeepsThemAndAnEmDashSeparatesAuthorsFromTheirAffiliation() {
        assertThat(INSTITUTIONS.normalize(null, "MBZUAI, Abu Dhabi; G42")).contains("G42");
        assertThat(INSTITUTIONS.normalize(null, "Ricardo Hernández¹, Ana López² — ¹Universidad Nacional Autónoma de México (UNAM)"))
                .containsExactly("National Autonomous University of Mexico");
        assertThat(INSTITUTIONS.normalize(null, "Tessera Labs Pvt. Ltd., Bengaluru; Kestrel Systems N.V."))
                .containsExactly("Tessera Labs", "Kestrel Systems");
    }

    @Test
    void streamingVideoAssistantsAreVlmsAndServedLoraAdaptersLlms() {
        assertThat(modality("StreamKV: Hierarchical Key-Value Cache Compression for Streaming Video Understanding", null,
                "Streaming video assistants must answer questions about everything seen so far.")).isEqualTo("vlm");
        assertThat(modality("Paging for Thousands of Concurrent LoRA Adapters", null,
                "Platforms serve many fine-tuned LoRA adapters on the same base model.")).isEqualTo("llm");
    }

    @Test
    void aKnownCompanysNamedLabStaysNamedAndIsNoUnitOfAnotherOrganisation() {
        assertThat(INSTITUTIONS.normalize(null, "Xiamen University; Tencent ARC Lab, Shenzhen"))
                .containsExactly("Xiamen University", "Tencent ARC Lab");
        assertThat(INSTITUTIONS.normalize(null, "ETH Zürich; Huawei Zurich Research Center"))
                .containsExactly("ETH Zurich", "Huawei Zurich Research Center");
        assertThat(INSTITUTIONS.normalize(null, "Tencent, Shenzhen; Peking University")).contains("Tencent");
    }

    @Test
    void anInstituteOfTheChineseAcademyOfSciencesStaysWhole() {
        assertThat(INSTITUTIONS.normalize("中科院计算所与北京大学发布了论文，使用…",
                "Institute of Computing Technology, Chinese Academy of Sciences, Beijing; Peking University"))
                .containsExactly("Institute of Computing Technology, Chinese Academy of Sciences", "Peking University");
        assertThat(INSTITUTIONS.normalize(null, "Shenzhen Institutes of Advanced Technology, Chinese Academy of Sciences"))
                .containsExactly("Shenzhen Institutes of Advanced Technology, Chinese Academy of Sciences");
        assertThat(INSTITUTIONS.normalize("武汉大学与中国科学院空天信息创新研究院发布了论文，使用…",
                "Wuhan University; 中国科学院空天信息创新研究院，北京"))
                .containsExactly("Wuhan University", "Aerospace Information Research Institute, Chinese Academy of Sciences");
    }

    @Test
    void aUniversityNamedWithAnAmpersandIsNotTheShorterUniversityItsNameBeginsWith() {
        assertThat(INSTITUTIONS.normalize("中国气象局与南京信息工程大学发布了论文，使用…",
                "中国气象局 地球系统数值预报中心, 北京 100081; Nanjing University of Information Science & Technology (NUIST), Nanjing"))
                .containsExactly("China Meteorological Administration", "Nanjing University of Information Science and Technology");
    }

    @Test
    void aUniversitysLaboratoryOrSchoolGoesToTheUniversityButANationalLaboratoryStays() {
        assertThat(INSTITUTIONS.normalize(null, "Sonova AG; Integrated Systems Laboratory, ETH Zürich; m.keller@sonova.com"))
                .contains("ETH Zurich").doesNotContain("Integrated Systems Laboratory");
        assertThat(INSTITUTIONS.normalize(null, "Google DeepMind; 1 University of Washington, Paul G. Allen School"))
                .contains("University of Washington").doesNotContain("Paul G. Allen School");
        assertThat(INSTITUTIONS.normalize(null, "Lawrence Livermore National Laboratory; Stanford University"))
                .containsExactly("Lawrence Livermore National Laboratory", "Stanford University");
    }

    @Test
    void aPlaceAfterNothingButWordsForAKindOfOrganisationIsPartOfTheName() {
        assertThat(INSTITUTIONS.normalize(null, "Machine Learning Group, Technische Universität Berlin; Freie Universität Berlin"))
                .containsExactly("Technische Universität Berlin", "Freie Universität Berlin");
        assertThat(INSTITUTIONS.normalize(null, "Tsinghua University Beijing")).containsExactly("Tsinghua University");
    }
}
