package io.paperstream.enrich.text;

/**
 * Folds text for matching while keeping every character at its index, so that a span found in the
 * folded text is the same span in the original: full-width ASCII becomes ASCII, dashes and tildes
 * collapse to one form, letters become lower case.
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        return text == null ? "" : new String(foldToChars(text));
    }

    /** The folded characters of a non-null text, index for index. */
    public static char[] foldToChars(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(chars[i]);
        }
        return chars;
    }

    /** Small enough to be inlined into every loop that folds: most characters take the first branch. */
    public static char foldChar(char c) {
        return c < 128 ? ASCII_FOLDED[c] : foldNonAscii(c);
    }

    private static char foldNonAscii(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return c; // CJK ideographs, most of a Chinese text, have no case and no variant forms
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000', '\u00A0', '\u2009', '\u202F', '\t', '\r', '\n':
                return ' ';
            case '\u2013', '\u2014', '\u2012', '\u2212', '\u2010', '\u2011':
                return '-';
            case '\u223C', '\u301C', '\u02DC':
                return '~';
            // PDF text extraction turns some fonts' × into a modifier circumflex ("7.8ˆ less")
            case '\u00D7', '\u2715', '\u2716', '\u02C6':
                return '×';
            case '\u2019', '\u2018':
                return '\'';
            default:
                return Character.toLowerCase(c);
        }
    }

    /** The common case: ASCII letters lower-cased, tab and line breaks to spaces, all else unchanged. */
    private static final char[] ASCII_FOLDED = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_FOLDED[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\t' || c == '\r' || c == '\n' ? ' ' : c;
        }
    }

    public static boolean isAsciiWordChar(char c) {
        return c < 128 && ASCII_WORD[c];
    }

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
    }

    public static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
