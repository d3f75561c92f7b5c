package io.paperstream.enrich.text;

/**
 * Clause and sentence boundaries in folded text. A clause ends at a comma, semicolon, colon or
 * Chinese enumeration comma; a sentence at a full stop, question or exclamation mark. A '.' between
 * digits ("2.35") or inside a word ("e.g.") ends nothing.
 */
public final class Segments {

    private Segments() {
    }

    public static int clauseStart(String text, int position) {
        int i = Math.min(position, text.length()) - 1;
        while (i >= 0 && !endsClause(text, i)) {
            i--;
        }
        return i + 1;
    }

    public static int clauseEnd(String text, int position) {
        int i = position;
        while (i < text.length() && !endsClause(text, i)) {
            i++;
        }
        return i;
    }

    public static int sentenceStart(String text, int position) {
        int i = Math.min(position, text.length()) - 1;
        while (i >= 0 && !endsSentence(text, i)) {
            i--;
        }
        return i + 1;
    }

    public static int sentenceEnd(String text, int position) {
        int i = position;
        while (i < text.length() && !endsSentence(text, i)) {
            i++;
        }
        return i;
    }

    public static boolean endsClause(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case ',' -> !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)));
            case ';', ':', '、', '，', '；', '：', '(', ')', '（', '）' -> true;
            default -> endsSentence(text, i);
        };
    }

    public static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '。', '!', '?', '！', '？' -> true;
            case '.' -> i + 1 >= text.length() || (text.charAt(i + 1) == ' '
                    && !(i >= 3 && text.startsWith("e.g", i - 3)) && !(i >= 3 && text.startsWith("i.e", i - 3))
                    && !(i >= 2 && text.startsWith("vs", i - 2)) && !(i >= 2 && text.startsWith("al", i - 2)));
            default -> false;
        };
    }
}
