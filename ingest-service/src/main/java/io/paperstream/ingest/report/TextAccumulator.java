package io.paperstream.ingest.report;

/**
  * Joins a paragraph wrapped over several lines back into one: Chinese lines join without a space,
  * other lines with one; blank lines become paragraph breaks. Stops growing at a limit.
  */
final class TextAccumulator {
    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private boolean paragraphPending;
    private boolean overflowed;
    /** {@link #text()} as last built: callers ask for it several times, and an abstract is long. */
    private String built;

    TextAccumulator(int maxChars) {
        this.maxChars = maxChars;
    }

    void addLine(String line) {
        String content = StructuralText.foldWhitespace(line);
        if (content.isEmpty()) {
            paragraphBreak();
            return;
        }
        if (text.length() > 0) {
            if (paragraphPending) {
                append("\n\n");
            } else if (!joinsWithoutSpace(text.codePointBefore(text.length()), content.codePointAt(0))) {
                append(" ");
            }
        }
        paragraphPending = false;
        append(content);
    }

    void paragraphBreak() {
        paragraphPending = text.length() > 0;
    }

    private static boolean joinsWithoutSpace(int last, int first) {
        return StructuralText.isCjk(last) || StructuralText.isCjk(first) && !Character.isLetterOrDigit(last);
    }

    private void append(String piece) {
        built = null;
        int room = maxChars - text.length();
        if (room <= 0) {
            overflowed |= !piece.isEmpty();
            return;
        }
        if (piece.length() > room) {
            int end = Character.isHighSurrogate(piece.charAt(room - 1)) ? room - 1 : room;
            text.append(piece, 0, end);
            overflowed = true;
        } else {
            text.append(piece);
        }
    }

    /** The text so far, or null when nothing was added. */
    String text() {
        if (built == null && text.length() > 0) {
            built = text.toString();
        }
        return built;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    boolean overflowed() {
        return overflowed;
    }

    /** The last non-space character, or -1: tells a finished sentence from one cut off. */
    int lastCodePoint() {
        return text.length() == 0 ? -1 : text.codePointBefore(text.length());
    }
}
