package io.paperstream.ingest.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable paper ids: the same cleaned title gives the same id in every report, whatever its case or punctuation. */
public final class PaperIds {
    public static final int ID_HEX_CHARS = 16;
    /** Cloned for each id: looking SHA-256 up among the security providers costs more than hashing a title. */
    private static final MessageDigest SHA_256 = ContentDigest.sha256();

    private PaperIds() {
    }

    public static String of(String cleanTitle) {
        byte[] hash = sha256().digest(fold(cleanTitle).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, ID_HEX_CHARS / 2);
    }

    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return ContentDigest.sha256(); // a provider whose digest cannot be cloned
        }
    }

    /** NFKC, lower case, letters and digits only: the form two spellings of one title share. */
    public static String fold(String title) {
        if (isAscii(title)) {
            return foldAscii(title);
        }
        String lower = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@link #fold} of ASCII text, which NFKC leaves as it is: most titles, without the normalizer's cost. */
    private static String foldAscii(String title) {
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            }
        }
        return out.toString();
    }
}
