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
    void stripsTrailingPunctuationFromCodeUrls() {
        assertThat(new CodeUrlFinder().find("Code: https://github.com/a/b. Also see (github.com/c/d), 代码见https://x.org/y。"))
                .containsExactly("https://github.com/a/b", "https://github.com/c/d", "https://x.org/y");
    }

    @Test
    void picksTheModalityTheTitleIsAbout() {
        assertThat(MODALITY.classify(new PaperText("Accelerating Diffusion Transformers for Text-to-Image Generation", null,
                "We speed up denoising in diffusion models.", null))).isEqualTo("diffusion");
        assertThat(MODALITY.classify(new PaperText("Token Pruning for Vision-Language Models", null,
                "Large vision-language models process many visual tokens.", null))).isEqualTo("vlm");
        assertThat(MODALITY.classify(new PaperText("A Note", null, "We study things.", null))).isEqualTo("general");
    }
}
