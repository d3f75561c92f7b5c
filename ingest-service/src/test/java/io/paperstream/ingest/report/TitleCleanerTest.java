package io.paperstream.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleCleanerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Under review as a conference paper at ICLR 2026 SPARSE MIXERS FOR LLMS | SPARSE MIXERS FOR LLMS",
            "Published as a conference paper at ICLR 2025 Token Merging Revisited | Token Merging Revisited",
            "Accepted as a workshop paper at the 39th Conference on Neural Information Processing Systems (NeurIPS 2025) Lean KV | Lean KV",
            "Under review as a conference paper SPECVLM: FAST DECODING | SPECVLM: FAST DECODING",
            "Preprint. Under review. Early Exits for ViTs | Early Exits for ViTs",
            "GRAPH PRUNING WITH REINFORCEMENT LEARNING A PREPRINT | GRAPH PRUNING WITH REINFORCEMENT LEARNING",
            "Pruned Transformers - Preprint | Pruned Transformers",
            "arXiv:2509.01234v2 [cs.CL] 3 Sep 2025 Faster Speculative Decoding | Faster Speculative Decoding",
            "Faster Speculative Decoding arXiv:2509.01234 | Faster Speculative Decoding",
            "**Fast** _Sparse_ `Attention` | Fast Sparse Attention",
            "  Lots   of\t white\u3000space  | Lots of white space",
            "Ｑｕａｎｔ：Full-Width Title | Quant:Full-Width Title",
            "Accepted Tokens Are All You Need | Accepted Tokens Are All You Need",
            "Preprocessing Matters for Pruning | Preprocessing Matters for Pruning"})
    void removesNoiseButNotWordsThatMerelyLookLikeIt(String raw, String clean) {
        assertThat(TitleCleaner.clean(raw)).isEqualTo(clean);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VideoNSA: Native Sparse Attention Scales Video Understanding VIDEONSA: NATIVE SPARSE ATTENTION SCALES VIDEO UNDERSTANDING | VideoNSA: Native Sparse Attention Scales Video Understanding",
            "LOW-BIT KV CACHE QUANTIZA-TION Low-bit KV Cache Quantization | Low-bit KV Cache Quantization",
            "Attention Attention | Attention",
            "Mamba Mamba Mamba | Mamba Mamba Mamba"})
    void collapsesATitlePrintedTwice(String raw, String clean) {
        assertThat(TitleCleaner.clean(raw)).isEqualTo(clean);
    }

    @Test
    void repairsHyphensThatSplitAWordAtASuffix() {
        assertThat(TitleCleaner.clean("OPTIMAL BRAIN RESTORATION FOR JOINT QUANTIZA-TION AND SPARSIFICATION"))
                .isEqualTo("OPTIMAL BRAIN RESTORATION FOR JOINT QUANTIZATION AND SPARSIFICATION");
        assertThat(TitleCleaner.clean("ERROR MITIGATION STRATE-GIES")).isEqualTo("ERROR MITIGATION STRATEGIES");
        assertThat(TitleCleaner.clean("robust quantiza-tion of llms")).isEqualTo("robust quantization of llms");
    }

    @Test
    void repairsAStubHyphenWhenTheTextSpellsTheWordJoined() {
        Vocabulary abstractText = Vocabulary.of("We speed up inference and the design tailored to small models.");

        assertThat(TitleCleaner.clean("EFFICIENT IN-FERENCE WITH TRACES TAI-LORED FOR SMALL MODELS", List.of(abstractText)))
                .isEqualTo("EFFICIENT INFERENCE WITH TRACES TAILORED FOR SMALL MODELS");
        assertThat(TitleCleaner.clean("EFFICIENT IN-FERENCE")).isEqualTo("EFFICIENT IN-FERENCE");
    }

    @Test
    void keepsRealHyphens() {
        Vocabulary text = Vocabulary.of("a crosscorpus study with depressioninspired priors; low-rank and mixed precision weights only");

        assertThat(TitleCleaner.clean("Spec-LLaVA: Mixed-precision Weight-Only Quantization", List.of(text)))
                .isEqualTo("Spec-LLaVA: Mixed-precision Weight-Only Quantization");
        assertThat(TitleCleaner.clean("CROSS-CORPUS SPEECH WITH DEPRESSION-INSPIRED PRIORS", List.of(text)))
                .isEqualTo("CROSS-CORPUS SPEECH WITH DEPRESSION-INSPIRED PRIORS");
        assertThat(TitleCleaner.clean("LOW-RANK CO-DESIGN FOR SA-UNETV2 AND X-RAY", List.of(text)))
                .isEqualTo("LOW-RANK CO-DESIGN FOR SA-UNETV2 AND X-RAY");
    }

    @Test
    void blankOrMissingTitlesCleanToEmpty() {
        assertThat(TitleCleaner.clean(null)).isEmpty();
        assertThat(TitleCleaner.clean("  ** **  ")).isEmpty();
        assertThat(TitleCleaner.clean("Under review as a conference paper at ICLR 2026")).isEmpty();
    }

    @Test
    void repairsTheSameRunsAsTheHyphenatedRunPattern() {
        Pattern hyphenatedRun = Pattern.compile("(?<![\\p{L}\\p{N}-])[A-Za-z]+(?:-[A-Za-z]+)+(?![\\p{L}\\p{N}-])");
        String[] pieces = {"IN", "FERENCE", "TION", "quantiza", "tion", "Ab", "x", "-", "--", " ", "1", "é", "长", "_",
                "\uD835\uDC00", "\uD835\uDFCE", "\u216B", "\u00BD", "\uD835", "\uDC00", "(", "RANK", "low"};
        List<Vocabulary> evidence = List.of(Vocabulary.of("inference in-ference low-rank lowrank quantization"));
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder title = new StringBuilder();
            for (int p = random.nextInt(10); p >= 0; p--) {
                title.append(pieces[random.nextInt(pieces.length)]);
            }
            for (List<Vocabulary> words : List.of(List.<Vocabulary>of(), evidence)) {
                assertThat(TitleCleaner.repairHyphenation(title.toString(), words)).as("\"%s\"", title)
                        .isEqualTo(repairedByPattern(hyphenatedRun, title.toString(), words));
            }
        }
    }

    /** The repair as first written, with the pattern: what the hand-written scan must match. */
    private static String repairedByPattern(Pattern hyphenatedRun, String title, List<Vocabulary> evidence) {
        Matcher run = hyphenatedRun.matcher(title);
        StringBuilder out = new StringBuilder();
        while (run.find()) {
            String[] parts = run.group().split("-");
            StringBuilder repaired = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                if (!TitleCleaner.isLineBreakHyphen(parts[i - 1], parts[i], evidence)) {
                    repaired.append('-');
                }
                repaired.append(parts[i]);
            }
            run.appendReplacement(out, Matcher.quoteReplacement(repaired.toString()));
        }
        run.appendTail(out);
        return out.toString();
    }

    @Test
    void everyCharacterTheNoisePatternsMatchToAKeywordLetterFoldsToThatLetter() {
        // TitleCleaner skips the noise patterns when no keyword occurs after asciiCaseFold; that is exact only if so
        for (char letter : "reviwpublshacmton".toCharArray()) {
            Matcher sameLetter = Pattern.compile(String.valueOf(letter), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher("");
            for (char c = 1; c != 0; c++) {
                if (sameLetter.reset(String.valueOf(c)).matches()) {
                    assertThat(StructuralText.asciiCaseFold(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo(String.valueOf(letter));
                }
            }
        }
    }
}
