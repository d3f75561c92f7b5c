package io.paperstream.ingest.report;

/** Bounds the input text we copy into rejections, so a broken giant entry cannot bloat an event. */
public final class Excerpt {
    public static final int MAX_CHARS = 1000;

    private Excerpt() {
    }

    public static String of(CharSequence text) {
        if (text == null) {
            return null;
        }
        if (text.length() <= MAX_CHARS) {
            return text.toString();
        }
        int end = MAX_CHARS;
        // never cut a surrogate pair in half: the excerpt must stay valid UTF-16
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(0, end).toString();
    }

    /** A short form for messages: at most {@code maxChars} characters, with an ellipsis when cut. */
    public static String abbreviate(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars) + "…";
    }
}
