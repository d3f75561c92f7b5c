package io.paperstream.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaperIdsTest {

    @Test
    void idIsTheFirstSixteenHexDigitsOfTheSha256OfTheFoldedTitle() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertThat(PaperIds.of("A-b, C!")).isEqualTo("ba7816bf8f01cfea");
    }

    @Test
    void caseSpacingPunctuationAndWidthDoNotChangeTheId() {
        String id = PaperIds.of("SpecVLM: Fast Speculative Decoding");

        assertThat(PaperIds.of("SPECVLM: FAST SPECULATIVE DECODING")).isEqualTo(id);
        assertThat(PaperIds.of("specvlm fast-speculative   decoding")).isEqualTo(id);
        assertThat(PaperIds.of("ＳｐｅｃＶＬＭ：Ｆａｓｔ Speculative Decoding")).isEqualTo(id);
        assertThat(PaperIds.of("SpecVLM: Slow Speculative Decoding")).isNotEqualTo(id);
    }

    @Test
    void foldKeepsLettersOfEveryScript() {
        assertThat(PaperIds.fold("γ-Quant: 低比特 Quantization")).isEqualTo("γquant低比特quantization");
    }

    @Test
    void asciiTitlesFoldAsThroughTheNormalizer() {
        StringBuilder everyAscii = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            everyAscii.append(c);
        }
        // a non-ASCII letter at the end sends the title through NFKC; it folds to itself
        assertThat(PaperIds.fold(everyAscii.toString()) + "é").isEqualTo(PaperIds.fold(everyAscii + "é"));
        assertThat(PaperIds.fold(everyAscii.toString())).isEqualTo("0123456789abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz");
    }
}
