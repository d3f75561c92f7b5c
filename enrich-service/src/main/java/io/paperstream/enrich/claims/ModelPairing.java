package io.paperstream.enrich.claims;

import io.paperstream.enrich.claims.ClaimExtractor.Draft;
import io.paperstream.enrich.entities.ModelNameFinder.Mention;
import io.paperstream.enrich.text.AnalysedText;
import io.paperstream.enrich.text.TextFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which model or dataset each claim is about. "SDXL/Flux … 24%/23%" pairs names and values
 * in order, as does "… on FinMTEB and ChemTEB, respectively"; otherwise the claim takes the nearest
 * model named in its clause, or the dataset after the "on"/"在" nearest after it (else before it),
 * unless that names hardware. The patterns run on a clause or a
 * sentence that holds a claim, never on the whole text.
 */
final class ModelPairing {

    private static final Pattern SLASH_NAMES =
            Pattern.compile("(?<![\\w./-])[A-Za-z][\\w.\\-]*(?:\\s*/\\s*[A-Za-z][\\w.\\-]*)+");
    private static final Pattern ON_NAME =
            Pattern.compile("(?:\\bon|在)\\s*(?:the\\s+)?([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)");
    private static final String LIST_SEPARATOR_REGEX = "\\s*(?:,\\s*and|,|and|和|与|及|、|以及)\\s*";
    private static final Pattern LIST_SEPARATOR = Pattern.compile(LIST_SEPARATOR_REGEX);
    private static final Pattern ON_LISTED_NAMES = Pattern.compile(
            "(?:\\bon|在)\\s*(?:the\\s+)?([A-Z][\\w.\\-]*(?:" + LIST_SEPARATOR_REGEX + "[A-Z][\\w.\\-]*)+)");

    private ModelPairing() {
    }

    static void assign(AnalysedText text, List<Draft> drafts, List<Mention> models) {
        String original = text.original();
        String folded = text.folded();
        for (int i = 0; i < drafts.size(); ) {
            int groupEnd = slashGroupEnd(folded, drafts, i);
            if (groupEnd - i >= 2) {
                List<String> names = slashNamesBefore(original, drafts.get(i), groupEnd - i);
                for (int k = i; k < groupEnd && names != null; k++) {
                    drafts.get(k).model = names.get(k - i);
                }
            }
            i = Math.max(groupEnd, i + 1);
        }
        assignRespectively(text, drafts, models);
        for (Draft draft : drafts) {
            if (draft.model == null) {
                draft.model = nearestInClause(original, draft, models);
            }
        }
    }

    private static int slashGroupEnd(String folded, List<Draft> drafts, int from) {
        int end = from + 1;
        while (end < drafts.size()) {
            String between = folded.substring(drafts.get(end - 1).number.end(), drafts.get(end).number.start()).strip();
            if (!between.equals("/")) {
                break;
            }
            end++;
        }
        return end;
    }

    private static List<String> slashNamesBefore(String text, Draft first, int count) {
        String before = text.substring(first.sentenceStart, first.number.start());
        Matcher m = SLASH_NAMES.matcher(before);
        List<String> best = null;
        while (m.find()) {
            List<String> names = List.of(m.group().split("\\s*/\\s*"));
            if (names.size() == count) {
                best = names;
            }
        }
        return best;
    }

    private static void assignRespectively(AnalysedText text, List<Draft> drafts, List<Mention> models) {
        int i = 0;
        while (i < drafts.size()) {
            int sentence = drafts.get(i).sentenceStart;
            int j = i;
            while (j < drafts.size() && drafts.get(j).sentenceStart == sentence) {
                j++;
            }
            if (j - i >= 2) {
                int sentenceEnd = text.sentenceEnd(drafts.get(i).number.end());
                String sentenceText = text.folded().substring(sentence, sentenceEnd);
                if (sentenceText.contains("respectively") || sentenceText.contains("分别")) {
                    List<String> names = listedNames(text.original(), sentence, sentenceEnd, models);
                    if (names.size() == j - i) {
                        for (int k = i; k < j; k++) {
                            if (drafts.get(k).model == null) {
                                drafts.get(k).model = names.get(k - i);
                            }
                        }
                    }
                }
            }
            i = j;
        }
    }

    /** Names joined by "and", commas or 和/、 in a sentence: "on FinMTEB and ChemTEB". */
    private static List<String> listedNames(String text, int from, int to, List<Mention> models) {
        Matcher on = ON_LISTED_NAMES.matcher(text.substring(from, to));
        if (on.find()) {
            return List.of(LIST_SEPARATOR.split(on.group(1)));
        }
        List<String> names = new ArrayList<>();
        for (Mention m : models) {
            if (m.start() >= from && m.end() <= to && !names.contains(m.name())) {
                names.add(m.name());
            }
        }
        return names;
    }

    private static String nearestInClause(String text, Draft draft, List<Mention> models) {
        Mention nearest = null;
        int best = Integer.MAX_VALUE;
        for (Mention m : models) {
            if (m.start() < draft.clauseStart || m.end() > draft.clauseEnd) {
                continue;
            }
            int distance = m.end() <= draft.number.start() ? draft.number.start() - m.end() : m.start() - draft.number.end();
            if (distance >= 0 && distance < best) {
                best = distance;
                nearest = m;
            }
        }
        if (nearest != null) {
            return nearest.name();
        }
        if (!mayNameAfterOn(text, draft.clauseStart, draft.clauseEnd)) {
            return null;
        }
        Matcher on = ON_NAME.matcher(text).region(draft.clauseStart, draft.clauseEnd);
        // the first name after the number, else the last one before it ("2.1% gain on ImageNet")
        String before = null;
        while (on.find()) {
            if (on.start(1) >= draft.number.end()) {
                return isHardware(on.group(1)) ? null : on.group(1);
            }
            before = on.group(1);
        }
        return before == null || isHardware(before) ? null : before;
    }

    /** Vendors, product lines and accelerator names: "1.46× speedup on NVIDIA A800" is about no model. */
    private static final Set<String> HARDWARE_WORDS = ClaimWords.HARDWARE.wordSet();
    private static final Pattern ACCELERATOR_NAME = Pattern.compile("(?:[AHLVTB]\\d{2,3}|(?:RTX|GTX|MI)[- ]?\\d+\\w*|\\d{4})");

    private static boolean isHardware(String name) {
        return HARDWARE_WORDS.contains(name.toLowerCase(Locale.ROOT)) || ACCELERATOR_NAME.matcher(name).matches();
    }

    /**
     * Whether [from, to) holds a "在", or an "on" that no ASCII letter, digit or '_' precedes:
     * without either {@link #ON_NAME} cannot match there, and most clauses have neither ("-tion"
     * words aside), so this cheap look spares them the regex.
     */
    private static boolean mayNameAfterOn(String text, int from, int to) {
        int zai = text.indexOf('在', from);
        if (zai >= 0 && zai < to) {
            return true;
        }
        for (int at = text.indexOf("on", from); at >= 0 && at + 2 <= to; at = text.indexOf("on", at + 1)) {
            char before = at > from ? text.charAt(at - 1) : ' ';
            if (!TextFolding.isAsciiWordChar(before) && before != '_') {
                return true;
            }
        }
        return false;
    }
}
