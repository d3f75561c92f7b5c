package io.paperstream.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReportDecoderTest {
    private static final String CHINESE = "生成时间: 2025-09-16 18:28:13\n分析论文数量: 22篇\n量化与剪枝，推测解码。γ-Quant µJ\n";

    private static Decoding decode(byte[] bytes, int prefix) throws IOException {
        return new ReportDecoder(prefix).decode(new ByteArrayInputStream(bytes));
    }

    private static String readAll(Decoding decoding) throws IOException {
        try (Reader reader = ((Decoding.Text) decoding).reader()) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[256];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }

    @Test
    void plainUtf8() throws IOException {
        Decoding decoding = decode(CHINESE.getBytes(StandardCharsets.UTF_8), ReportDecoder.DEFAULT_PREFIX_BYTES);

        assertThat(decoding).isInstanceOfSatisfying(Decoding.Text.class, text -> {
            assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(text.byteOrderMark()).isFalse();
            assertThat(text.lenient()).isFalse();
        });
        assertThat(readAll(decoding)).isEqualTo(CHINESE);
    }

    @Test
    void multiByteCharacterCutByThePrefixBoundaryIsStillUtf8() throws IOException {
        byte[] bytes = (CHINESE.repeat(20)).getBytes(StandardCharsets.UTF_8);
        for (int prefix = 16; prefix < 40; prefix++) {
            Decoding decoding = decode(bytes, prefix);
            assertThat(((Decoding.Text) decoding).charset()).as("prefix %d", prefix).isEqualTo(StandardCharsets.UTF_8);
            assertThat(readAll(decoding)).isEqualTo(CHINESE.repeat(20));
        }
    }

    @Test
    void textReadsTheSameWhereverThePrefixEndsAndReplacesBadBytesAfterIt() throws IOException {
        String text = CHINESE.replace("µ", "").repeat(20);
        byte[] gb = text.getBytes(ReportDecoder.GB18030);
        byte[] utf8WithBadByte = (text + "尾").getBytes(StandardCharsets.UTF_8);
        utf8WithBadByte[utf8WithBadByte.length - 2] = (byte) 0xFF;
        for (int prefix = 16; prefix < 40; prefix++) {
            assertThat(readAll(decode(gb, prefix))).as("GB18030, prefix %d", prefix).isEqualTo(text);
            assertThat(readAll(decode(utf8WithBadByte, prefix))).as("UTF-8, prefix %d", prefix)
                    .isEqualTo(new String(utf8WithBadByte, StandardCharsets.UTF_8));
        }
    }

    @Test
    void byteOrderMarksChooseTheCharsetAndAreDropped() throws IOException {
        byte[] utf8 = CHINESE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Decoding utf8Bom = decode(withBom, ReportDecoder.DEFAULT_PREFIX_BYTES);
        assertThat(((Decoding.Text) utf8Bom).byteOrderMark()).isTrue();
        assertThat(readAll(utf8Bom)).isEqualTo(CHINESE);

        byte[] utf16 = ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_16LE);
        Decoding utf16Bom = decode(utf16, ReportDecoder.DEFAULT_PREFIX_BYTES);
        assertThat(((Decoding.Text) utf16Bom).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(readAll(utf16Bom)).isEqualTo(CHINESE);
    }

    @Test
    void gb18030AndGbkAreDetected() throws IOException {
        for (String name : new String[] {"GB18030", "GBK"}) {
            Decoding decoding = decode(CHINESE.replace("µ", "").getBytes(Charset.forName(name)), ReportDecoder.DEFAULT_PREFIX_BYTES);
            assertThat(((Decoding.Text) decoding).charset()).as(name).isEqualTo(ReportDecoder.GB18030);
            assertThat(readAll(decoding)).isEqualTo(CHINESE.replace("µ", ""));
        }
    }

    @Test
    void emptyAndBinaryInput() throws IOException {
        assertThat(decode(new byte[0], 64)).isInstanceOf(Decoding.Empty.class);
        assertThat(decode(new byte[] {'a', 0, 'b', 1, 2, 3}, 64)).isInstanceOfSatisfying(Decoding.Binary.class,
                binary -> assertThat(binary.hexExcerpt()).isEqualTo("61 00 62 01 02 03"));
        byte[] controls = new byte[200];
        java.util.Arrays.fill(controls, (byte) 0x07);
        assertThat(decode(controls, 64)).isInstanceOf(Decoding.Binary.class);
    }
}
