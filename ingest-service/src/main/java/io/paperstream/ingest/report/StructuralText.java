package io.paperstream.ingest.report;

/**
  * Character-level helpers for recognising report structure. Full-width folding keeps the length, so an
  * index found in the folded line is valid in the original line.
  */
final class StructuralText {
    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

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

    private static char foldChar(char c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_OFFSET);
        }
        if (c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\t') {
            return ' ';
        }
        if (c == '\u3001') {
            return ',';
        }
        return c;
    }

    /** Collapses runs of white space (including zero-width and ideographic spaces) and trims. */
    static String foldWhitespace(String text) {
        if (isWhitespaceFolded(text)) {
            return text; // most lines are: no copy
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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

    /** True when {@link #foldWhitespace} would return the text unchanged. */
    private static boolean isWhitespaceFolded(String text) {
        boolean afterSpace = true; // a leading space is not folded
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if ((c < ' ' || c >= '\u007F') && (c == '\u200B' || c == '\uFEFF' || Character.isWhitespace(c)
                    || Character.isSpaceChar(c))) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || text.isEmpty();
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
