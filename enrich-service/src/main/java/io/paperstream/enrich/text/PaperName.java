package io.paperstream.enrich.text;

/**
 * The short name a paper gives its method in the title ("PocketSeg: Decoupled Distillation of …" names
 * PocketSeg): an abstract that says "PocketSeg runs at 38 FPS" speaks of its own work even without
 * "we" or "our".
 */
public final class PaperName {

    private static final int MAX_LENGTH = 40;
    private static final int MAX_WORDS = 3;

    private PaperName() {
    }

    /**
     * The folded name before the title's colon, or null when the title has none or what stands
     * there reads as a phrase rather than a name (more than three words, no capital or digit).
     * Report noise before the name ("Preprint. TQ-DiT: …") is cut at its last full stop.
     */
    public static String in(String title) {
        if (title == null) {
            return null;
        }
        int colon = firstColon(title);
        if (colon < 0) {
            return null;
        }
        String name = title.substring(0, colon).strip();
        int stop = name.lastIndexOf(". ");
        if (stop >= 0) {
            name = name.substring(stop + 2).strip();
        }
        return readsAsName(name) ? TextFolding.fold(name) : null;
    }

    /**
     * The name from the title ({@link #in(String)}), else the one the brief says was published:
     * "南洋理工大学发布了StopWise论文" names StopWise when the title ("Know When to Stop: …") names none.
     */
    public static String in(String title, String brief) {
        String name = in(title);
        return name != null || brief == null ? name : publishedIn(brief);
    }

    /** What the brief's first clause says was published ("发布了X论文"), if it reads as a name. */
    private static String publishedIn(String brief) {
        // the publishers and the verb open the brief: "南洋理工大学、阿里巴巴达摩院发布了StopWise论文"
        String head = brief.length() > PUBLISHED_NAME_REACH ? brief.substring(0, PUBLISHED_NAME_REACH) : brief;
        for (String verb : PUBLISHING_VERBS) {
            int at = head.indexOf(verb);
            if (at < 0) {
                continue;
            }
            int from = at + verb.length();
            int end = brief.indexOf("论文", from);
            if (end < 0 || end - from > MAX_LENGTH) {
                return null;
            }
            String name = brief.substring(from, end).strip();
            return isName(name) ? TextFolding.fold(name) : null;
        }
        return null;
    }

    private static final String[] PUBLISHING_VERBS = {"发布了", "提出了", "推出了"};
    /** How far into the brief the publishing verb may stand (publishers' names come first). */
    private static final int PUBLISHED_NAME_REACH = 120;

    /** Short, a few words, with a capital or digit: a name, not a phrase. */
    private static boolean readsAsName(String name) {
        return name.length() >= 2 && name.length() <= MAX_LENGTH && words(name) <= MAX_WORDS && hasCapitalOrDigit(name);
    }

    /** A name ({@link #readsAsName}) in Latin letters, digits and joiners only: no Chinese phrase. */
    private static boolean isName(String name) {
        if (!readsAsName(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == ' ' || c == '+'))) {
                return false;
            }
        }
        return true;
    }

    private static int words(String text) {
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                words++;
            }
        }
        return words;
    }

    private static boolean hasCapitalOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code name} (folded) first stands as a whole word in {@code folded}, or -1. */
    public static int firstMention(String folded, String name) {
        if (name == null) {
            return -1;
        }
        for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !TextFolding.isAsciiWordChar(folded.charAt(at - 1)))
                    && (end == folded.length() || !TextFolding.isAsciiWordChar(folded.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    private static int firstColon(String title) {
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == ':' || c == '：') {
                return i;
            }
        }
        return -1;
    }
}
