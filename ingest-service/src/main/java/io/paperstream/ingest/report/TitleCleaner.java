package io.paperstream.ingest.report;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
  * Turns a title as PDF extraction left it into the paper's title: markdown emphasis, venue banners
  * ("Under review as a conference paper at ICLR 2026", "A PREPRINT") and arXiv stamps removed, a title
  * printed twice collapsed to one, line-break hyphens repaired, white space folded.
  */
public final class TitleCleaner {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A venue banner: "(Under review|Published|Accepted...) as a conference paper (at VENUE YEAR)". */
    private static final String VENUE_BANNER =
            "(?:under\\s+review|published|accepted|submitted|to\\s+appear|camera[-\\s]ready)"
                    + "(?:\\s+(?:as|at|in|to|for|by))?(?:\\s+an?)?"
                    + "(?:(?:\\s+(?:conference|workshop|journal|main|short|long|full|track|regular|oral|poster))*"
                    + "\\s+(?:paper|version|submission|article)"
                    + "(?:\\s+(?:at|in|to|for)\\s+(?:the\\s+)?" + venue() + ")?"
                    + "|\\s+(?:at|in|to|for)\\s+(?:the\\s+)?" + venue() + ")";

    private static String venue() {
        // a venue ends at its year ("ICLR 2026", "the 39th Conference on ... (NeurIPS 2025)") or is one acronym
        return "(?:(?:\\S+\\s+){0,14}?\\(?(?:19|20)\\d{2}\\)?|[A-Z][A-Za-z]*[A-Z]\\b(?:\\s*'?\\d{2,4})?)";
    }

    private static final String PREPRINT = "(?:a\\s+)?(?:arxiv\\s+)?preprint(?:\\s+version)?(?:[.,]?\\s+under\\s+review)?";
    private static final String NOISE = "(?:" + VENUE_BANNER + "|" + PREPRINT + ")";
    private static final String SEPARATORS = "[\\s:.,;|\\-–—]*";

    private static final Pattern LEADING_NOISE = Pattern.compile("^\\s*" + NOISE + "(?:" + SEPARATORS + "\\s|" + SEPARATORS + "$|[:.,;|])", FLAGS);
    private static final Pattern TRAILING_NOISE = Pattern.compile("(?:^|\\s|[:.,;|])" + SEPARATORS + NOISE + "\\.?\\s*$", FLAGS);
    private static final Pattern ARXIV_STAMP = Pattern.compile(
            "\\barxiv\\s*:\\s*(?:\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[a-z]{2})?/\\d{7})(?:v\\d+)?"
                    + "(?:\\s*\\[[^\\]]{1,20}\\])?(?:\\s+\\d{1,2}\\s+[a-z]{3,9}\\.?\\s+\\d{4})?", FLAGS);
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}*_])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}*_])");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final String LEADING_SEPARATORS = " :;,|#*_-–—";
    private static final String TRAILING_SEPARATORS = " :;,|-–—";

    /** Word endings that never stand alone: "QUANTIZA-TION", "STRATE-GIES". */
    private static final Set<String> SYLLABLE_FRAGMENTS = Set.of(
            "TION", "TIONS", "SION", "SIONS", "ATION", "ATIONS", "ZATION", "ZATIONS", "MENT", "MENTS",
            "NESS", "ITY", "ITIES", "IES", "GIES", "CIES", "ING", "INGS", "TING", "LING", "NING", "RING",
            "ENCE", "ENCES", "ANCE", "ANCES", "ABLE", "IBLE", "ICAL", "ALLY", "IZE", "IZED", "IZES",
            "OUS", "IVE", "IVES", "TIVE", "TIVES", "TURE", "TURES", "URE", "URES", "ED", "LY");

    private static final List<String> NOISE_KEYWORDS =
            List.of("review", "publish", "accept", "submit", "appear", "camera", "preprint");
    private static final int MAX_PASSES = 5;
    private static final int MAX_STUB_LETTERS = 3;

    private TitleCleaner() {
    }

    public static String clean(String rawTitle) {
        return clean(rawTitle, List.of());
    }

    /**
      * Cleans a title using word evidence from the paper's own text first, then from wider text (the report):
      * the first vocabulary that has seen either spelling of a hyphenated pair decides whether to join it.
      */
    public static String clean(String rawTitle, List<Vocabulary> evidence) {
        return repairHyphens(withoutNoise(rawTitle), evidence);
    }

    /**
      * The part of {@link #clean} that needs no word evidence: markdown, banners, stamps and a repeated title removed.
      * A report repeats each title (brief and details) and cleans it with different evidence, so this part is
      * worth doing once per title ({@link ReportTitles}).
      */
    static String withoutNoise(String rawTitle) {
        if (rawTitle == null) {
            return "";
        }
        String title = StructuralText.foldWhitespace(StructuralText.foldFullWidth(stripMarkdown(rawTitle)));
        String lower = title.toLowerCase(Locale.ROOT);
        if (lower.contains("arxiv")) {
            title = ARXIV_STAMP.matcher(title).replaceAll(" ");
        }
        // the noise patterns backtrack over every word; most titles have none of their keywords
        boolean mayHaveBanner = NOISE_KEYWORDS.stream().anyMatch(lower::contains);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String before = title;
            title = StructuralText.foldWhitespace(title);
            if (mayHaveBanner && mayHoldNoise(title)) {
                title = LEADING_NOISE.matcher(title).replaceFirst("");
            }
            if (mayHaveBanner && mayHoldNoise(title)) {
                title = TRAILING_NOISE.matcher(title).replaceFirst("");
            }
            title = trimSeparators(title);
            title = collapseRepetition(title);
            if (title.equals(before)) {
                break;
            }
        }
        return title;
    }

    /**
      * False when neither noise pattern can match: every match holds one of the keywords, and the only characters
      * that the patterns' Unicode case-insensitivity matches to a keyword's letters are those asciiCaseFold maps.
      * Once a banner is gone, this spares the later passes the patterns' backtracking.
      */
    private static boolean mayHoldNoise(String title) {
        String folded = StructuralText.asciiCaseFold(title);
        for (String keyword : NOISE_KEYWORDS) {
            if (folded.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** The rest of {@link #clean}: line-break hyphens repaired with the evidence, white space folded. */
    static String repairHyphens(String noiseFreeTitle, List<Vocabulary> evidence) {
        return StructuralText.foldWhitespace(repairHyphenation(noiseFreeTitle, evidence));
    }

    static String stripMarkdown(String text) {
        if (!containsAny(text, "*_`[")) {
            return text;
        }
        String result = MARKDOWN_LINK.matcher(text).replaceAll("$1");
        result = STRONG.matcher(result).replaceAll("$2");
        result = EMPHASIS.matcher(result).replaceAll("$2");
        return CODE.matcher(result).replaceAll("$1");
    }

    /** Drops separators a removed banner leaves behind ("-- Title:", "Title |"). */
    private static String trimSeparators(String title) {
        int start = 0;
        int end = title.length();
        while (start < end && LEADING_SEPARATORS.indexOf(title.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRAILING_SEPARATORS.indexOf(title.charAt(end - 1)) >= 0) {
            end--;
        }
        return title.substring(start, end);
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "Title TITLE" (the same words twice, any case or punctuation) becomes the better-cased half. */
    static String collapseRepetition(String title) {
        String folded = PaperIds.fold(title);
        if (folded.length() < 2 || folded.length() % 2 != 0
                || !folded.regionMatches(0, folded, folded.length() / 2, folded.length() / 2)) {
            return title;
        }
        int half = folded.length() / 2;
        int foldedSoFar = 0;
        for (int i = 0; i < title.length(); i++) {
            if (title.charAt(i) == ' ' && foldedSoFar == half) {
                String first = title.substring(0, i).trim();
                String second = title.substring(i + 1).trim();
                return lowerCaseLetters(second) > lowerCaseLetters(first) ? second : first;
            }
            char c = title.charAt(i);
            foldedSoFar += c < 0x80 ? (Character.isLetterOrDigit(c) ? 1 : 0) : PaperIds.fold(String.valueOf(c)).length();
        }
        return title;
    }

    private static long lowerCaseLetters(String text) {
        return text.codePoints().filter(Character::isLowerCase).count();
    }

    /** Drops the line-break hyphens from the hyphenated runs that stand on their own ({@link HyphenatedRuns}). */
    static String repairHyphenation(String title, List<Vocabulary> evidence) {
        if (title.indexOf('-') < 0) {
            return title;
        }
        StringBuilder out = null;
        int copied = 0;
        for (HyphenatedRuns hyphens = new HyphenatedRuns(title); hyphens.next(); ) {
            if (isLineBreakHyphen(hyphens.left(), hyphens.right(), evidence)) {
                out = out == null ? new StringBuilder(title.length()) : out;
                out.append(title, copied, hyphens.hyphen());
                copied = hyphens.hyphen() + 1;
            }
        }
        return out == null ? title : out.append(title, copied, title.length()).toString();
    }

    /**
      * Every key that {@link #repairHyphens} may look up in a vocabulary for this title, in lower case: both parts
      * of each hyphen, the parts joined, and the hyphenated pair. A vocabulary that counts only these
      * ({@link Vocabulary#countingOnly}) answers the same.
      */
    static Set<String> evidenceKeys(String noiseFreeTitle) {
        if (noiseFreeTitle.indexOf('-') < 0) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        for (HyphenatedRuns hyphens = new HyphenatedRuns(noiseFreeTitle); hyphens.next(); ) {
            String left = hyphens.left().toLowerCase(Locale.ROOT);
            String right = hyphens.right().toLowerCase(Locale.ROOT);
            keys.add(left);
            keys.add(right);
            keys.add(left + right);
            keys.add(left + "-" + right);
        }
        return keys;
    }

    /**
      * A hyphen is a line break when the right part is a bare word ending ("TION", "GIES"), or when the text
      * spells the pair joined more often than hyphenated and one part is a stub ("IN-FERENCE", "EX-PANDS").
      * Two long parts make a compound: abstracts lose those hyphens too ("crosscorpus"), so the text's
      * spelling is no evidence there.
      */
    static boolean isLineBreakHyphen(String left, String right, List<Vocabulary> evidence) {
        boolean upper = isUpperCase(left) && isUpperCase(right);
        boolean lower = isLowerCase(left) && isLowerCase(right);
        if (left.length() < 2 || right.length() < 2 || !(upper || lower) || bothKnownWords(left, right, evidence)) {
            return false;
        }
        if (left.length() >= 3 && SYLLABLE_FRAGMENTS.contains(right.toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (Math.min(left.length(), right.length()) > MAX_STUB_LETTERS) {
            return false;
        }
        for (Vocabulary vocabulary : evidence) {
            int joinedCount = vocabulary.wordCount(left + right);
            int hyphenatedCount = vocabulary.hyphenatedCount(left, right);
            if (joinedCount > 0 || hyphenatedCount > 0) {
                return joinedCount > hyphenatedCount;
            }
        }
        return false;
    }

    private static boolean bothKnownWords(String left, String right, List<Vocabulary> evidence) {
        boolean leftKnown = false;
        boolean rightKnown = false;
        for (Vocabulary vocabulary : evidence) {
            leftKnown |= vocabulary.wordCount(left) > 0;
            rightKnown |= vocabulary.wordCount(right) > 0;
        }
        return leftKnown && rightKnown;
    }

    private static boolean isUpperCase(String word) {
        return word.chars().allMatch(Character::isUpperCase);
    }

    private static boolean isLowerCase(String word) {
        return word.chars().allMatch(Character::isLowerCase);
    }
}
