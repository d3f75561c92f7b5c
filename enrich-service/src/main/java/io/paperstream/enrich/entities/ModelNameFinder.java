package io.paperstream.enrich.entities;

import io.paperstream.enrich.text.AnalysedText;
import io.paperstream.enrich.text.DataFile;
import io.paperstream.enrich.text.TermMatcher;
import io.paperstream.enrich.text.TextFolding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds model names: a curated family ("Llama", "SDXL") extended over the version and size that
 * follow it ("Llama-3.1-8B-Instruct"), plus any capitalised name ending in a parameter count
 * ("Foo-13B").
 */
public final class ModelNameFinder {

    public record Mention(int start, int end, String name) {
    }

    private record Family(String name, boolean exactCase) {
    }

    private final TermMatcher<Family> families;

    private ModelNameFinder(TermMatcher<Family> families) {
        this.families = families;
    }

    public static ModelNameFinder fromClasspath() {
        TermMatcher.Builder<Family> builder = TermMatcher.builder();
        for (DataFile.Row row : DataFile.read("/enrich/models.tsv")) {
            if (!row.cell(0).equals("family")) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": unknown record type " + row.cell(0));
            }
            boolean exactCase = row.cells().size() > 2 && row.cell(2).equals("case");
            builder.add(row.cell(1) + "*", new Family(row.cell(1), exactCase));
        }
        return new ModelNameFinder(builder.build());
    }

    /** The family dictionary, to be merged into a shared vocabulary. */
    public TermMatcher<?> matcher() {
        return families;
    }

    /** Mentions in text order, without overlaps, in a text analysed with a vocabulary that includes {@link #matcher()}. */
    public List<Mention> find(AnalysedText analysed) {
        if (analysed.isEmpty()) {
            return List.of();
        }
        String text = analysed.original();
        TermMatcher.Matches<?> matches = analysed.matches();
        long[] order = new long[matches.size()];
        int count = 0;
        for (int i = 0; i < matches.size(); i++) {
            if (matches.payload(i) instanceof Family) {
                // start ascending, then the longest family first
                order[count++] = ((long) matches.start(i) << 42) | ((long) (0x1FFFFF - matches.end(i)) << 21) | i;
            }
        }
        Arrays.sort(order, 0, count);
        List<Mention> mentions = new ArrayList<>();
        int coveredUntil = -1;
        for (int k = 0; k < count; k++) {
            int i = (int) (order[k] & 0x1FFFFF);
            Family family = (Family) matches.payload(i);
            int start = matches.start(i);
            int end = matches.end(i);
            // "FLUX" and "Flux" fold alike; a case-sensitive family only matches its own spelling
            if (start < coveredUntil || family.exactCase && !text.startsWith(family.name, start)) {
                continue;
            }
            if (end < text.length() && !continuesAsVersion(text, end)) {
                continue;
            }
            int extended = withoutDescriptiveSuffix(text, start, extend(text, end));
            coveredUntil = extended;
            int nameStart = withCapitalPrefix(text, start);
            mentions.add(new Mention(nameStart, extended, text.substring(nameStart, extended)));
        }
        int familyMentions = mentions.size();
        findSizedNames(text, (start, end) -> {
            for (int m = 0; m < familyMentions; m++) {
                if (mentions.get(m).start() < end && start < mentions.get(m).end()) {
                    return;
                }
            }
            mentions.add(new Mention(start, end, text.substring(start, end)));
        });
        if (mentions.size() > familyMentions) {
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return mentions;
    }

    /** Distinct names in order of first mention; the first spelling wins. */
    public List<String> distinctNames(AnalysedText... texts) {
        List<List<Mention>> mentions = new ArrayList<>();
        for (AnalysedText text : texts) {
            mentions.add(find(text));
        }
        return distinctNames(mentions);
    }

    /**
     * Distinct names of mentions already found, per text in order. Names that differ only in case,
     * hyphens, underscores or spaces are one ("U-NET", "UNet"); the first spelling wins unless it is
     * all capitals (a title's) and a later one is not.
     */
    public static List<String> distinctNames(List<List<Mention>> mentionsPerText) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (List<Mention> mentions : mentionsPerText) {
            for (Mention m : mentions) {
                byKey.merge(sameNameKey(m.name()), m.name(),
                        (kept, later) -> isAllCapitals(kept) && !isAllCapitals(later) ? later : kept);
            }
        }
        return List.copyOf(byKey.values());
    }

    private static String sameNameKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '-' && c != '_' && c != ' ') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    private static boolean isAllCapitals(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLowerCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Distinct names in raw texts (each analysed here with the family dictionary only). */
    public List<String> distinctNames(String... texts) {
        AnalysedText[] analysed = new AnalysedText[texts.length];
        for (int i = 0; i < texts.length; i++) {
            analysed[i] = AnalysedText.of(texts[i], families);
        }
        return distinctNames(analysed);
    }

    private interface SpanConsumer {
        void accept(int start, int end);
    }

    /**
     * Capitalised names ending in a parameter count ("Zeta-13B", "Foo-v2-1.5B-Chat" up to "1.5B"):
     * a word of letters and digits joined by '-' or '.', starting with a capital that is not glued
     * to a preceding word, up to its last "-&lt;number&gt;B" or "-&lt;number&gt;M" followed by a
     * non-word character. Every such name holds a '-' followed by a count, and those are rare, so
     * the scan jumps from dash to dash ({@code indexOf} is vectorised) and reads a word only around
     * a dash that a count follows.
     */
    private static void findSizedNames(String text, SpanConsumer out) {
        int dash = text.indexOf('-');
        while (dash >= 0) {
            int searchFrom = dash + 1;
            if (parameterCountEnd(text, dash + 1) > 0) {
                // words do not overlap and only a word's first character can start a name, so the
                // word around this dash is the only name it can belong to; its other dashes are done with it
                int start = wordStart(text, dash);
                int end = wordEnd(text, start);
                if (startsName(text, start)) {
                    int nameEnd = lastParameterCountEnd(text, start, end);
                    if (nameEnd > 0) {
                        out.accept(start, nameEnd);
                    }
                }
                searchFrom = end;
            }
            dash = text.indexOf('-', searchFrom);
        }
    }

    /** A capital letter not glued to a preceding word. */
    private static boolean startsName(String text, int i) {
        char c = text.charAt(i);
        return c >= 'A' && c <= 'Z' && (i == 0 || !isNameChar(text.charAt(i - 1)));
    }

    /** End of the last "-&lt;count&gt;" inside the word [start, end), or -1. */
    private static int lastParameterCountEnd(String text, int start, int end) {
        int nameEnd = -1;
        for (int dash = start + 1; dash < end; dash++) {
            if (text.charAt(dash) == '-') {
                int sizeEnd = parameterCountEnd(text, dash + 1);
                if (sizeEnd > 0 && sizeEnd <= end) {
                    nameEnd = sizeEnd;
                }
            }
        }
        return nameEnd;
    }

    /** Characters that glue a name to what precedes it: letters, digits, '_', '.', '-'. */
    private static boolean isNameChar(char c) {
        return TextFolding.isAsciiWordChar(c) || c == '_' || c == '.' || c == '-';
    }

    /** Start of the run {@link #wordEnd} reads through {@code at}, a character it reads. */
    private static int wordStart(String text, int at) {
        int start = at;
        while (start > 0 && (TextFolding.isAsciiWordChar(text.charAt(start - 1))
                || isJoiner(text.charAt(start - 1)) && TextFolding.isAsciiWordChar(text.charAt(start)))) {
            start--;
        }
        return start;
    }

    /** Longest capital prefix joined to a family by a hyphen that still names a variant ("SA-UNet", "MS-Mamba"). */
    private static final int MAX_CAPITAL_PREFIX = 5;

    /**
     * The start of a name whose family follows a short all-capital prefix and a hyphen ("SA-UNetv2",
     * "TS-Mamba"): the variant's name, not the family's. A longer or mixed-case word before the hyphen
     * ("Vision-Llama", "LoRA-Llama") describes the family and stays out.
     */
    private static int withCapitalPrefix(String text, int familyStart) {
        if (familyStart < 2 || text.charAt(familyStart - 1) != '-') {
            return familyStart;
        }
        int start = familyStart - 1;
        while (start > 0 && familyStart - 1 - start < MAX_CAPITAL_PREFIX
                && (Character.isUpperCase(text.charAt(start - 1)) && text.charAt(start - 1) < 128
                || TextFolding.isAsciiWordChar(text.charAt(start - 1)) && Character.isDigit(text.charAt(start - 1)))) {
            start--;
        }
        boolean wordStarts = start == 0 || !isNameChar(text.charAt(start - 1));
        boolean startsWithCapital = start < familyStart - 1 && Character.isUpperCase(text.charAt(start));
        return wordStarts && startsWithCapital ? start : familyStart;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '.';
    }

    /** End of a run of letters and digits, joined by single '-' or '.' between them. */
    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (TextFolding.isAsciiWordChar(c)) {
                end++;
            } else if (isJoiner(c) && end + 1 < text.length() && TextFolding.isAsciiWordChar(text.charAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** "13B" or "1.5M" at {@code from} followed by a non-word character: its end, else -1. */
    private static int parameterCountEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
            i++;
        }
        if (i == from) {
            return -1;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && isAsciiDigit(text.charAt(i + 1))) {
            i++;
            while (i < text.length() && isAsciiDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i >= text.length() || text.charAt(i) != 'B' && text.charAt(i) != 'M') {
            return -1;
        }
        i++;
        boolean wordFollows = i < text.length() && (TextFolding.isAsciiWordChar(text.charAt(i)) || text.charAt(i) == '_');
        return wordFollows ? -1 : i;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean continuesAsVersion(String text, int at) {
        char c = text.charAt(at);
        if (!(c < 128 && Character.isLetter(c))) {
            return true;
        }
        // a letter right after the family name starts another word ("GPTQ", "Phillips"), except a
        // 'v' followed by a digit, which is a version (YOLOv8, DINOv2)
        return (c == 'v' || c == 'V') && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1));
    }

    /** Words hyphenated onto a name that describe a relation to it ("Mamba-based", "EAGLE-2-style"). */
    private static final List<String> DESCRIPTIVE_SUFFIXES = List.of("based", "inspired", "style", "like", "fused",
            "series", "powered", "driven", "guided", "only", "compatible", "specific", "family", "level");

    /** The end of the name in [start, end) without a trailing "-based", "-style", …; names are never emptied. */
    private static int withoutDescriptiveSuffix(String text, int start, int end) {
        // the last dash inside the name; lastIndexOf would search on back through the whole text
        int dash = end - 1;
        while (dash > start && text.charAt(dash) != '-') {
            dash--;
        }
        if (dash <= start) {
            return end;
        }
        for (String suffix : DESCRIPTIVE_SUFFIXES) {
            if (end - dash - 1 == suffix.length() && text.regionMatches(true, dash + 1, suffix, 0, suffix.length())) {
                return dash;
            }
        }
        return end;
    }

    private static int extend(String text, int from) {
        int end = from;
        while (end < text.length()) {
            char c = text.charAt(end);
            boolean joiner = c == '-' || c == '.' || c == '_';
            if (TextFolding.isAsciiWordChar(c) || joiner && end + 1 < text.length()
                    && TextFolding.isAsciiWordChar(text.charAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }
}
