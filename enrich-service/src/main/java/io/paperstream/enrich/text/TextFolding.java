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
        if (text == null) {
            return "";
        }
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(text.charAt(i));
        }
        return new String(chars);
    }

    public static char foldChar(char c) {
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
            case '\u00D7', '\u2715', '\u2716':
                return '×';
            case '\u2019', '\u2018':
                return '\'';
            default:
                return Character.toLowerCase(c);
        }
    }

    public static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    public static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
