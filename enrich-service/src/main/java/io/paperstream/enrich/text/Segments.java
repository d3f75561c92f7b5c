package io.paperstream.enrich.text;

/**
 * Which characters of folded text end a clause or a sentence. A clause ends at a comma, semicolon,
 * colon, parenthesis (not one around a gloss of a few words) or Chinese enumeration comma; a sentence at a full stop, question or
 * exclamation mark. A '.' between digits ("2.35") or inside an abbreviation ("e.g.") ends nothing,
 * nor does a ',' between digits ("10,000"). {@link AnalysedText} finds them once per text.
 */
public final class Segments {

    private Segments() {
    }

    /** A cheap first test: only these characters can end a clause or a sentence. */
    public static boolean mayEndClause(char c) {
        if (c < 128) {
            return ASCII_BOUNDARY[c];
        }
        return c >= '、' && c <= '。' || c >= '！' && c <= '？';
    }

    private static final boolean[] ASCII_BOUNDARY = new boolean[128];

    static {
        for (char c : ",;:().!?".toCharArray()) {
            ASCII_BOUNDARY[c] = true;
        }
    }

    public static boolean endsClause(CharSequence text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case ',' -> !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)));
            case ';', ':', '、', '，', '；', '：', '（', '）' -> true;
            case '(' -> !enclosesGloss(text, i, 1, ')');
            case ')' -> !enclosesGloss(text, i, -1, '(');
            default -> endsSentence(text, i);
        };
    }

    /** Longest gloss, in characters, that parentheses may hold without ending the clause. */
    private static final int MAX_GLOSS = 24;

    /**
     * "有效吞吐(goodput)提升2.3倍", "vision-language-action (VLA) models": parentheses around a few
     * words, without digits or marks, gloss the word before them; the clause goes on through them.
     * Looks from the parenthesis at {@code paren} in direction {@code step} for its partner {@code other}.
     */
    private static boolean enclosesGloss(CharSequence text, int paren, int step, char other) {
        for (int i = paren + step; i >= 0 && i < text.length() && Math.abs(i - paren) <= MAX_GLOSS; i += step) {
            char c = text.charAt(i);
            if (c == other) {
                return i != paren + step;
            }
            if (!isGlossChar(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isGlossChar(char c) {
        return Character.isLetter(c) || c == ' ' || c == '-' || c == '/' || c == '\'' || c == '&';
    }

    public static boolean endsSentence(CharSequence text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '。', '!', '?', '！', '？' -> true;
            case '.' -> i + 1 >= text.length() || (text.charAt(i + 1) == ' '
                    && !endsWith(text, i, "e.g") && !endsWith(text, i, "i.e")
                    && !endsWith(text, i, "vs") && !endsWith(text, i, "al"));
            default -> false;
        };
    }

    private static boolean endsWith(CharSequence text, int end, String suffix) {
        int start = end - suffix.length();
        if (start < 0) {
            return false;
        }
        for (int k = 0; k < suffix.length(); k++) {
            if (text.charAt(start + k) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
