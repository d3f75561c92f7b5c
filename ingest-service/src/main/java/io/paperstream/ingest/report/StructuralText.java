package io.paperstream.ingest.report;

/**
  * Character-level helpers for recognising report structure. Full-width folding keeps the length, so an
  * index found in the folded line is valid in the original line.
  */
final class StructuralText {
    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    /** The highest white-space character (U+3000, the ideographic space): CJK text is told apart by one comparison. */
    private static final char LAST_SPACE = lastSpace();
    /** {@link #isSpace} for every character up to {@link #LAST_SPACE}: Character's own tests are slow on CJK text. */
    private static final boolean[] SPACE = spaceTable();

    private StructuralText() {
    }

    /** Maps full-width ASCII (１．：（）) to ASCII, the ideographic space and no-break spaces to a space. */
    static String foldFullWidth(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = foldChar(c);
            if (folded != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** One character of {@link #foldFullWidth}. */
    static char foldChar(char c) {
        if (c < '\u00A0') {
            return c == '\t' ? ' ' : c; // ASCII text, the common case, in one comparison
        }
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_OFFSET);
        }
        if (c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
            return ' ';
        }
        if (c == '\u3001') {
            return ',';
        }
        return c;
    }

    /** Collapses runs of white space (including zero-width and ideographic spaces) and trims. */
    static String foldWhitespace(String text) {
        int folded = foldedPrefix(text);
        if (folded == text.length()) {
            return text; // most lines are: no copy
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, folded);
        boolean pendingSpace = false;
        for (int i = folded; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isZeroWidth(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
      * The length of the longest prefix that {@link #foldWhitespace} leaves as it is and that does not end in a space:
      * folding can start there with nothing pending. The whole length when the text needs no folding.
      */
    private static int foldedPrefix(String text) {
        int end = 0;
        boolean afterSpace = true; // a leading space is not folded
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return end;
                }
                afterSpace = true;
            } else if ((c < ' ' || c >= '\u007F') && (isZeroWidth(c) || isSpace(c))) {
                return end;
            } else {
                afterSpace = false;
                end = i + 1;
            }
        }
        return afterSpace && !text.isEmpty() ? end : text.length();
    }

    /** Java's white space or a Unicode space separator: what folding turns into one space. */
    static boolean isSpace(char c) {
        return c <= LAST_SPACE && SPACE[c];
    }

    /** Characters that folding drops: they separate nothing. */
    static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\uFEFF';
    }

    private static char lastSpace() {
        char last = 0;
        for (char c = 1; c != 0; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                last = c;
            }
        }
        return last;
    }

    private static boolean[] spaceTable() {
        boolean[] table = new boolean[LAST_SPACE + 1];
        for (char c = 0; c <= LAST_SPACE; c++) {
            table[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
        return table;
    }

    /**
      * Lower-cases ASCII letters and maps the four non-ASCII letters that Unicode case folding equates with ASCII
      * ones (dotted and dotless i, the Kelvin sign, the long s) to those, leaving everything else as it is.
      */
    static String asciiCaseFold(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = switch (c) {
                case '\u0130', '\u0131' -> 'i';
                case '\u212A' -> 'k';
                case '\u017F' -> 's';
                default -> c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            };
            if (folded != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? text : new String(chars);
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    static boolean containsCjk(String text) {
        return text.codePoints().anyMatch(StructuralText::isCjk);
    }

    static int countLettersOrDigits(String text) {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /** Same as {@code countLettersOrDigits(text) >= minimum}, stopping as soon as that many were seen. */
    static boolean hasLettersOrDigits(String text, int minimum) {
        int seen = 0;
        for (int i = 0; i < text.length() && seen < minimum; ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                seen++;
            }
            i += Character.charCount(codePoint);
        }
        return seen >= minimum;
    }
}
