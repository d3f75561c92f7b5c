package io.paperstream.enrich.entities;

import io.paperstream.enrich.text.TextFolding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * The curated institution names, and what they settle about names read from an affiliation line:
 * whether a name is a curated one, how a name the line cut short continues ("University of Hong"),
 * and which of two names where one extends the other says nothing more.
 */
final class InstitutionNames {

    /** Last words that end an organisation's name: a name ending in one is whole, not cut short. */
    private static final Set<String> ORGANISATION_LAST_WORDS = InstitutionWords.ORGANISATION_LAST_WORD.wordSet();
    /** Company suffixes that may end in a full stop ("Inc."). */
    private static final Set<String> ABBREVIATED_LAST_WORDS = InstitutionWords.ABBREVIATED_LAST_WORD.wordSet();
    /** More names than any affiliation line holds; beyond it names are not compared in pairs. */
    private static final int MAX_NAMES_COMPARED = 64;

    /** Every alias and canonical name, lower-cased, with its canonical name; sorted, to complete cut names. */
    private final NavigableMap<String, String> canonicalByName;
    private final Set<String> canonicalNames;

    InstitutionNames(NavigableMap<String, String> canonicalByName) {
        this.canonicalByName = Collections.unmodifiableNavigableMap(canonicalByName);
        this.canonicalNames = Set.copyOf(canonicalByName.values());
    }

    /** The canonical name of a curated name or alias, in any case; else the name itself. */
    String canonical(String name) {
        return canonicalByName.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    boolean isKnown(String name) {
        return canonicalNames.contains(name);
    }

    /**
     * A name the line cut short ("University of Southern", "The University of Hong") becomes the one
     * known name that continues it; a name several known names continue ("University of California")
     * stays as it is.
     */
    String completed(String name) {
        // a name ending in an organisation word ("Northeastern University") is whole already
        if (isKnown(name) || endsWithOrganisationWord(name)) {
            return name;
        }
        String prefix = name.toLowerCase(Locale.ROOT) + " ";
        String found = null;
        // the names that start with the prefix sort right after it, up to the prefix followed by the last char
        for (Map.Entry<String, String> entry : canonicalByName.subMap(prefix, true, prefix + Character.MAX_VALUE, false)
                .entrySet()) {
            if (Character.isLetter(entry.getKey().charAt(prefix.length()))) {
                if (found != null && !found.equals(entry.getValue())) {
                    return name;
                }
                found = entry.getValue();
            }
        }
        return found == null ? name : found;
    }

    /**
     * Of two names where one is the other with words added at either end, one says nothing more:
     * a cut piece ("Tong University" beside "Shanghai Jiao Tong University") or a name with a city or
     * department attached ("Texas Tech University Lubbock", "ECE North South University"). A known name
     * wins over an unknown one and, of two known names, the more specific stays ("University of
     * California, Berkeley"). Names that extend another with "of", "for" or "and" are other
     * institutions ("Wuhan University of Technology", "University of Chinese Academy of Sciences").
     */
    List<String> withoutRedundant(List<String> names) {
        // every pair is compared: a line with hundreds of names is no affiliation line, and would cost
        // a noticeable pause (a 64 KB line of distinct names takes a quarter of a second)
        if (names.size() < 2 || names.size() > MAX_NAMES_COMPARED) {
            return names;
        }
        List<String> kept = new ArrayList<>(names.size());
        for (String name : names) {
            boolean redundant = false;
            for (String other : names) {
                if (other != name && other.length() != name.length()) {
                    String shorter = name.length() < other.length() ? name : other;
                    String longer = shorter == name ? other : name;
                    Extension extension = Extension.of(longer, shorter);
                    if (extension != Extension.NONE) {
                        redundant |= redundantOf(shorter, longer, extension) == name;
                    }
                }
            }
            if (!redundant) {
                kept.add(name);
            }
        }
        return kept;
    }

    private String redundantOf(String shorter, String longer, Extension extension) {
        boolean shorterKnown = isKnown(shorter);
        if (shorterKnown != isKnown(longer)) {
            return shorterKnown ? longer : shorter;
        }
        if (shorterKnown) {
            return shorter;
        }
        // two unknown names: was the shorter one cut, or were words padded onto it?
        String lowerShorter = shorter.toLowerCase(Locale.ROOT);
        if (extension == Extension.AFTER) {
            String added = longer.toLowerCase(Locale.ROOT).substring(lowerShorter.length()).strip();
            boolean padded = endsWithOrganisationWord(shorter) || lowerShorter.endsWith(added);
            return padded ? longer : shorter;
        }
        // words before it: a department ("ECE North South University"), unless the shorter is a bare word
        return lowerShorter.indexOf(' ') < 0 ? shorter : longer;
    }

    /** Where {@code longer} adds whole words to {@code shorter}, if it does; not a new "of" or "and" name. */
    private enum Extension {
        NONE, BEFORE, AFTER;

        static Extension of(String longer, String shorter) {
            int extra = longer.length() - shorter.length();
            // compared in place: most pairs share neither end, and this runs for every pair of names
            if (longer.regionMatches(true, 0, shorter, 0, shorter.length()) && !isWordChar(longer.charAt(shorter.length()))) {
                String added = longer.substring(shorter.length()).strip().toLowerCase(Locale.ROOT);
                return startsWithConnective(added) ? NONE : AFTER;
            }
            if (longer.regionMatches(true, extra, shorter, 0, shorter.length()) && !isWordChar(longer.charAt(extra - 1))) {
                String added = longer.substring(0, extra).strip().toLowerCase(Locale.ROOT);
                return endsWithConnective(added) ? NONE : BEFORE;
            }
            return NONE;
        }
    }

    private static final List<String> CONNECTIVES = InstitutionWords.CONNECTIVE.words();

    private static boolean startsWithConnective(String words) {
        return CONNECTIVES.stream().anyMatch(c -> words.startsWith(c + " "));
    }

    private static boolean endsWithConnective(String words) {
        return CONNECTIVES.stream().anyMatch(c -> words.endsWith(" " + c) || words.equals(c));
    }

    /** Whether the name ends in a word such as University, Institute, Lab, Research or Inc. */
    private static boolean endsWithOrganisationWord(String name) {
        int end = name.length();
        if (end > 0 && name.charAt(end - 1) == '.') {
            return ABBREVIATED_LAST_WORDS.contains(lastWord(name, end - 1));
        }
        return ORGANISATION_LAST_WORDS.contains(lastWord(name, end));
    }

    /** The word ending at {@code end}, lower-cased: the run of letters, digits and '_' before it. */
    static String lastWord(String name, int end) {
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(name.charAt(start - 1)) || name.charAt(start - 1) == '_')) {
            start--;
        }
        return name.substring(start, end).toLowerCase(Locale.ROOT);
    }

    static boolean isWordChar(char c) {
        return TextFolding.isAsciiWordChar(c) || c == '_';
    }
}
