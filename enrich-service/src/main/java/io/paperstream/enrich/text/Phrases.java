package io.paperstream.enrich.text;

import java.util.List;

/** Tests of a text against a short list of phrases, shared by the rules that read word lists. */
public final class Phrases {

    private Phrases() {
    }

    public static boolean startsWithAny(String text, List<String> prefixes) {
        return startsWithAny(text, 0, prefixes);
    }

    /** Whether one of {@code prefixes} stands in {@code text} at {@code from}. */
    public static boolean startsWithAny(String text, int from, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (text.startsWith(prefix, from)) {
                return true;
            }
        }
        return false;
    }

    public static boolean endsWithAny(String text, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (text.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
