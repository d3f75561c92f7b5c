package io.paperstream.ingest.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable paper ids: the same cleaned title gives the same id in every report, whatever its case or punctuation. */
public final class PaperIds {
    public static final int ID_HEX_CHARS = 16;

    private PaperIds() {
    }

    public static String of(String cleanTitle) {
        byte[] hash = ContentDigest.sha256().digest(fold(cleanTitle).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash).substring(0, ID_HEX_CHARS);
    }

    /** NFKC, lower case, letters and digits only: the form two spellings of one title share. */
    public static String fold(String title) {
        String lower = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
