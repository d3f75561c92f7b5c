package io.paperstream.enrich.entities;

import io.paperstream.enrich.text.DataFile;
import io.paperstream.enrich.text.Phrases;
import io.paperstream.enrich.text.TermMatcher;
import io.paperstream.enrich.text.TermMatcher.Hit;
import io.paperstream.enrich.text.TermMatcher.Matches;
import io.paperstream.enrich.text.TextFolding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the brief's publisher ("浦项科技大学（POSTECH）发布了…") and the 主要机构 line into canonical
 * English institution names.
 *
 * <p>Known names and their aliases (Chinese and English) come from {@code /enrich/institutions.tsv}.
 * Unknown English names are kept when they look like an organisation; departments, schools, labs
 * and centres collapse into their university when one is named, and person names and city names that
 * leak into the line are dropped. Cut and redundant names are settled by {@link InstitutionNames}.
 */
public final class InstitutionNormalizer {

    /** Separate the publishers named in a brief ("A与B", "A、B"); 以及 too. */
    private static final String BRIEF_SEPARATORS = "、与和及,，;；";
    private static final Pattern PARENTHESIS = Pattern.compile("[（(]([^）)]*)[）)]");
    /** Every word of it starts with an ASCII capital, which {@link #namesOrganisation} relies on. */
    private static final Pattern ORGANISATION_WORD = Pattern.compile(
            "\\b(?:Universit(?:y|ies|é|à|at|ät)|Institute|Institut|Laborator(?:y|ies)|Labs?|Inc\\.?|Corp(?:oration)?\\.?"
                    + "|Ltd\\.?|LLC|GmbH|Company|Academy|College|School|Cent(?:re|er)|Research|Technologies|Group"
                    + "|Hospital|Foundation|Polytechnic|AI|Council|Agency|Observatory|Microsoft|Google|Meta|NVIDIA"
                    + "|Scuola|Politecnico|Istituto|Instituto|Hochschule|Ecole|Universidad|Universidade|Universitas|Pontificia"
                    + "|Centro)\\b");
    /** Words that end a company's name ("Cerebras Systems", "LG Electronics"); inside a name they may name a field. */
    private static final Set<String> COMPANY_LAST_WORDS = InstitutionWords.COMPANY_LAST_WORD.wordSet();
    /** A name that starts like a unit of an organisation (read with lookingAt). */
    private static final Pattern UNIT_NAME_START = Pattern.compile(
            "(?i)(?:the\\s+)?(?:graduate\\s+school|school|department|dept\\.?|faculty|college|division|centre|center|group"
                    + "|key\\s+laboratory|laboratory|lab|institute|research\\s+(?:center|centre|group)|program(?:me)?|unit)\\b");
    /** A name that ends like a unit of an organisation ("NLP Lab", "Cloud Research Team"). */
    private static final Set<String> UNIT_LAST_WORDS = InstitutionWords.UNIT_LAST_WORD.wordSet();
    /** "School of …", "Laboratory for …" anywhere in a name (read with find). */
    private static final Pattern UNIT_OF = Pattern.compile(
            "(?i)\\b(?:school|department|faculty|college|division|centre|center|laboratory)\\s+(?:of|for)\\b");
    /** "Institute of …", "Institute for …" anywhere in a name: a unit only beside a parent it belongs to. */
    private static final Pattern INSTITUTE_OF = Pattern.compile("(?i)\\binstitute\\s+(?:of|for)\\b");
    /** Words that make a name a parent organisation, anywhere in the lower-cased name. */
    private static final List<String> PARENT_WORDS = InstitutionWords.PARENT_WORD.words();
    /** Abbreviations that make a name a parent organisation as whole words. */
    private static final List<String> PARENT_ABBREVIATIONS = InstitutionWords.PARENT_ABBREVIATION.words();
    private static final Pattern BARE_COMPANY_SUFFIX = Pattern.compile("(?i)(?:inc|ltd|llc|corp|gmbh)\\.?");
    private static final Pattern CHINESE_ORGANISATION = Pattern.compile("(?:大学|学院|研究院|研究所|实验室|公司|集团|中心)$");
    private static final Pattern TRAILING_MARKERS = Pattern.compile("[\\d*†‡§¶¹²³⁰⁴⁵⁶⁷⁸⁹]+$");
    /** A company's legal form after its name ("ASAPP Inc.", "Mediavoice Srl"): the name is the company. */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            ",?\\s+(?:Inc\\.?|Srl|S\\.r\\.l\\.|S\\.p\\.A\\.|SpA|Ltd\\.?|LLC|GmbH|AG|B\\.V\\.|Co\\.,? Ltd\\.?|Corp\\.|"
                    + "Corporation|Pty\\.?(?: Ltd\\.?)?|Limited|Pvt\\.?(?: Ltd\\.?)?|Private Limited|N\\.V\\.|S\\.A\\.)$");
    /** The last words {@link #LEGAL_FORM} can end with. */
    private static final Set<String> LEGAL_FORM_WORDS = InstitutionWords.LEGAL_FORM.wordSet();
    /** An abbreviation in parentheses after a name ("International Computer Science Institute (ICSI)"). */
    private static final Pattern TRAILING_ABBREVIATION = Pattern.compile("\\s*\\([\\p{L}\\d&.@\\- ]{2,16}\\)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+\\s*");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+(?=[a-z]+\\s+universit)");
    private static final Set<String> ANONYMOUS_PUBLISHERS = InstitutionWords.ANONYMOUS_PUBLISHER.wordSet();

    /** A footnote number glued to the end of a name, before a separator or the end of the line. */
    private static final Pattern GLUED_FOOTNOTE = Pattern.compile("(?<=\\p{IsLatin}\\p{IsLatin})\\d{1,2}(?=\\s*(?:[,;，；]|$))");

    /** Whether a letter is directly followed by a digit somewhere: most lines have no glued footnote. */
    private static boolean mayHaveGluedFootnotes(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (isAsciiDigit(line.charAt(i)) && Character.isLetter(line.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Space before a hyphen that joins two words: "University of Wisconsin -Madison". */
    private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s+-(?=\\p{L})");

    private final TermMatcher<String> aliases;
    private final TermMatcher<Boolean> places;
    /** Lower-cased names of institutions with campuses: a place after one names the campus ("IIT Delhi"). */
    private final Set<String> campusSystems;
    private final InstitutionNames curated;

    private InstitutionNormalizer(TermMatcher<String> aliases, TermMatcher<Boolean> places, Set<String> campusSystems,
                                  InstitutionNames curated) {
        this.aliases = aliases;
        this.places = places;
        this.campusSystems = campusSystems;
        this.curated = curated;
    }

    public static InstitutionNormalizer fromClasspath() {
        TermMatcher.Builder<String> aliases = TermMatcher.builder();
        TermMatcher.Builder<Boolean> places = TermMatcher.builder();
        NavigableMap<String, String> canonicalByName = new TreeMap<>();
        Set<String> campusSystems = new HashSet<>();
        for (DataFile.Row row : DataFile.read("/enrich/institutions.tsv")) {
            switch (row.cell(0)) {
                case "institution" -> {
                    String canonical = row.cell(1);
                    aliases.add(canonical, canonical);
                    canonicalByName.put(canonical.toLowerCase(Locale.ROOT), canonical);
                    row.list(2).forEach(alias -> {
                        aliases.add(alias, canonical);
                        canonicalByName.putIfAbsent(alias.toLowerCase(Locale.ROOT), canonical);
                    });
                }
                case "place" -> row.list(1).forEach(place -> places.add(place, Boolean.TRUE));
                case "campus" -> row.list(1).forEach(system -> campusSystems.add(system.toLowerCase(Locale.ROOT)));
                default -> throw new IllegalArgumentException(
                        row.file() + ":" + row.line() + ": unknown record type " + row.cell(0));
            }
        }
        return new InstitutionNormalizer(aliases.build(), places.build(), Set.copyOf(campusSystems),
                new InstitutionNames(canonicalByName));
    }

    /** The curated list's name for an institution ("Google DeepMind" → "Google"); an unknown name stays. */
    public String canonical(String name) {
        return curated.canonical(name);
    }

    public List<String> normalize(String brief, String institutionsLine) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> unknownChinese = new ArrayList<>();
        List<String> unknownLatin = new ArrayList<>();
        for (String name : fromBrief(brief, unknownChinese, unknownLatin)) {
            names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        for (String name : fromLine(institutionsLine)) {
            String complete = curated.completed(name);
            names.putIfAbsent(complete.toLowerCase(Locale.ROOT), complete);
        }
        for (String name : confirmedByLine(unknownLatin, institutionsLine)) {
            names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        if (names.isEmpty()) {
            unknownChinese.forEach(n -> names.putIfAbsent(n, n));
        }
        return curated.withoutRedundant(collapseUnits(List.copyOf(names.values())));
    }

    /**
     * The brief's one-word Latin-script publishers that name no organisation word ("Anyscale",
     * "Canva") but stand as a whole fragment of the 主要机构 line too, or open one ("Zoom
     * Communications"): two sources naming the same publisher.
     */
    private List<String> confirmedByLine(List<String> unknownLatin, String line) {
        if (unknownLatin.isEmpty() || line == null) {
            return List.of();
        }
        List<String> confirmed = new ArrayList<>();
        for (Span fragment : splitFragments(line)) {
            String text = fragment.strip(line).of(line);
            for (String candidate : unknownLatin) {
                // the line may spell the name out ("Zoom" in the brief, "Zoom Communications" in the line)
                if (text.regionMatches(true, 0, candidate, 0, candidate.length())
                        && (text.length() == candidate.length() || text.charAt(candidate.length()) == ' ')) {
                    confirmed.add(cleanEnglish(text)); // "ASAPP Inc." is ASAPP
                }
            }
        }
        return confirmed;
    }

    private List<String> fromBrief(String brief, List<String> unknownChinese, List<String> unknownLatin) {
        if (brief == null) {
            return List.of();
        }
        int published = publishingVerb(brief);
        if (published <= 0) {
            return List.of();
        }
        String publishers = halfWidth(brief.substring(0, published));
        // one scan for aliases serves every publisher named (and the part in parentheses of each)
        Matches<String> aliasHits = aliases.match(TextFolding.foldToChars(publishers));
        List<String> names = new ArrayList<>();
        for (Span part : splitPublishers(publishers)) {
            Span span = part.strip(publishers);
            String candidate = span.of(publishers);
            if (candidate.isEmpty() || ANONYMOUS_PUBLISHERS.contains(candidate)) {
                continue;
            }
            String known = known(aliasHits, span);
            Span parenthesised = firstParenthesised(publishers, span);
            if (known == null && parenthesised != null) {
                known = known(aliasHits, parenthesised.strip(publishers));
            }
            String english = parenthesised == null ? null : parenthesised.strip(publishers).of(publishers);
            if (known != null) {
                names.add(known);
            } else if (english != null && !english.isEmpty() && english.chars().allMatch(c -> c < 128)
                    && namesOrganisation(english)) {
                names.add(cleanEnglish(english)); // "月之暗面（Moonshot AI）": the English name in parentheses
            } else if (candidate.chars().anyMatch(c -> c < 128 && Character.isLetter(c))
                    && namesOrganisation(candidate) && !ORGANISATION_WORD.matcher(candidate.strip()).matches()) {
                // an organisation word alone ("微软云与AI" split at 与) names nothing
                String outsideParentheses = parenthesised == null ? candidate
                        : PARENTHESIS.matcher(candidate).replaceAll("");
                names.add(cleanEnglish(outsideParentheses.strip()));
            } else if (candidate.chars().allMatch(c -> c < 128 && c != ' ')) {
                // one word: a brand ("Anyscale"); "Isaac Ong" would be a person, whatever the line says
                unknownLatin.add(candidate);
            } else if (candidate.length() <= 20 && CHINESE_ORGANISATION.matcher(candidate).find()) {
                unknownChinese.add(candidate);
            }
        }
        return names;
    }

    /** Verbs that end the brief's publishers: "X与Y发布了…", "X与Y提出…", "X推出…". */
    private static final String[] PUBLISHING_VERBS = {"发布", "提出", "推出"};

    /**
     * Where the brief's publishers end: the first publishing verb of its first clause, or else its
     * first 发布 anywhere (the reports' own phrasing), or -1.
     */
    private static int publishingVerb(String brief) {
        int clauseEnd = brief.length();
        for (int i = 0; i < brief.length(); i++) {
            char c = brief.charAt(i);
            if (c == '，' || c == ',' || c == '。' || c == '；' || c == ':' || c == '：') {
                clauseEnd = i;
                break;
            }
        }
        for (int at = 0; at < clauseEnd; at++) {
            for (String verb : PUBLISHING_VERBS) {
                if (brief.startsWith(verb, at)) {
                    return at;
                }
            }
        }
        return brief.indexOf("发布");
    }

    /**
     * What {@link #PARENTHESIS} finds first in {@code span} of {@code text}, read without it: the
     * inside of the first opening parenthesis that a closing one follows (of either width, as there),
     * or null. Most publishers have no parenthesis.
     */
    private static Span firstParenthesised(String text, Span span) {
        for (int open = span.start(); open < span.end(); open++) {
            char c = text.charAt(open);
            if (c == '(' || c == '（') {
                for (int close = open + 1; close < span.end(); close++) {
                    char d = text.charAt(close);
                    if (d == ')' || d == '）') {
                        return new Span(open + 1, close);
                    }
                }
                return null; // no closing parenthesis follows this one, nor so any later one
            }
        }
        return null;
    }

    /** Full-width Latin letters, digits and marks ("ＩＩＴ Ｂｏｍｂａｙ") as ASCII, so English names read as such. */
    private static String halfWidth(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // （）、，；remain: the publisher separators and parentheses are matched in full width
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '（' && c != '）' && c != '，' && c != '；' || c == '\u3000') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = c == '\u3000' ? ' ' : (char) (c - 0xFEE0);
            }
        }
        return chars == null ? text : new String(chars);
    }

    private List<String> fromLine(String rawLine) {
        if (rawLine == null || rawLine.isBlank() || rawLine.startsWith("**")) {
            return List.of();
        }
        String line = rawLine.indexOf(" -") >= 0 ? SPACED_HYPHEN.matcher(rawLine).replaceAll("-") : rawLine;
        // "Zhejiang University1, Shanghai AI Lab2": a footnote number glued to a name hides it from the aliases
        line = mayHaveGluedFootnotes(line) ? GLUED_FOOTNOTE.matcher(line).replaceAll("") : line;
        // one scan for aliases serves every fragment: its hits are those lying inside it
        Matches<String> aliasHits = aliases.match(TextFolding.foldToChars(line));
        // a curated name with a comma of its own ("University of California, Berkeley") spans fragments
        int[] lineHits = aliasHits.longest(null, 0, line.length());
        int claimedUntil = -1;
        int nextHit = 0; // the first line hit that starts at or after the current fragment
        List<String> names = new ArrayList<>();
        // the unknown institute named by the fragment before, if any: a university right after it is its parent
        int instituteBefore = -1;
        // whether the fragment before named a university, and where it ended: an unknown institute or
        // centre right after it, with no ';' between, is one of its units ("New York University, Courant Institute")
        boolean universityBefore = false;
        int previousEnd = 0;
        for (Span fragment : splitFragments(line)) {
            Span span = fragment.strip(line);
            if (span.isEmpty() || span.end() <= claimedUntil) {
                continue;
            }
            boolean afterUniversity = universityBefore && !hasSemicolon(line, previousEnd, span.start());
            universityBefore = false;
            previousEnd = span.end();
            int institute = instituteBefore;
            instituteBefore = -1;
            int namesBefore = names.size();
            while (nextHit < lineHits.length && aliasHits.start(lineHits[nextHit]) < span.start()) {
                nextHit++;
            }
            int crossing = crossingHit(aliasHits, lineHits, nextHit, span);
            if (crossing >= 0) {
                names.add(aliasHits.payload(crossing));
                claimedUntil = aliasHits.end(crossing);
                universityBefore = isUniversity(aliasHits.payload(crossing));
                previousEnd = claimedUntil;
                continue;
            }
            int[] hits = affiliated(line, span, aliasHits, aliasHits.longest(null, span.start(), span.end()));
            if (hits.length > 0) {
                String lab = hits.length == 1 ? namedLabOf(line, span, aliasHits, hits[0]) : null;
                if (lab != null) {
                    names.add(lab); // "SenseTime Research", "Tencent ARC Lab": a company's named lab stays named
                    universityBefore = false;
                    continue;
                }
                for (int hit : hits) {
                    names.add(aliasHits.payload(hit));
                }
                if (institute >= 0 && hits.length == 1 && isUniversity(names.get(namesBefore))) {
                    names.remove(institute); // "Language Technologies Institute, Carnegie Mellon University"
                }
                universityBefore = isUniversity(names.get(names.size() - 1));
                continue;
            }
            String text = span.of(line);
            if (namesOrganisation(text) && !BARE_COMPANY_SUFFIX.matcher(text).matches() && !describesAnother(text)
                    && !isStreet(text)) {
                String cleaned = cleanEnglish(text);
                if (afterUniversity && isUnitName(cleaned)) {
                    universityBefore = true; // "Carnegie Mellon University, Language Technologies Institute, …"
                } else if (!cleaned.isEmpty()) {
                    universityBefore = isUniversity(cleaned);
                    if (institute >= 0 && isUniversity(cleaned)) {
                        names.remove(institute);
                    }
                    names.add(cleaned);
                    if (isInstitute(cleaned) && !isParent(cleaned) && !startsWithPlace(cleaned)) {
                        instituteBefore = names.size() - 1;
                    }
                }
            }
        }
        return names;
    }

    /** Lower-case openings of a fragment that says what the name before it is part of. */
    private static final List<String> DESCRIBING_OPENINGS =
            InstitutionWords.DESCRIBING_OPENING.words().stream().map(w -> w + " ").toList();
    /** Last words of street names in an address ("661 University Ave"). */
    private static final Set<String> STREET_WORDS = InstitutionWords.STREET_WORD.wordSet();

    /** "Qualcomm AI Research, an initiative of Qualcomm Technologies": the fragment describes the name before it. */
    private static boolean describesAnother(String fragment) {
        return Phrases.startsWithAny(fragment, DESCRIBING_OPENINGS);
    }

    /** "661 University Ave": a street of an address, whatever organisation word its name holds. */
    private static boolean isStreet(String fragment) {
        int lastSpace = fragment.lastIndexOf(' ');
        return lastSpace > 0 && STREET_WORDS.contains(fragment.substring(lastSpace + 1));
    }

    /**
     * The hit that starts in {@code span} and runs on past its end into the next fragment, or -1;
     * {@code from} is the first of the sorted, non-overlapping line hits that starts in the span or after it.
     */
    private static int crossingHit(Matches<String> aliasHits, int[] lineHits, int from, Span span) {
        for (int k = from; k < lineHits.length && aliasHits.start(lineHits[k]) < span.end(); k++) {
            if (aliasHits.end(lineHits[k]) > span.end()) {
                return lineHits[k];
            }
        }
        return -1;
    }

    /**
     * Whether {@link #ORGANISATION_WORD} occurs in {@code text}. Its words all start with an ASCII
     * capital, so it is tried only at those (seeing the character before for its {@code \b}), not
     * at every character as a find would, and only where one of its words starts: most fragments
     * hold a few capitals (names of people and places) and no match.
     */
    private static boolean namesOrganisation(String text) {
        int lastSpace = text.lastIndexOf(' ');
        if (lastSpace > 0 && LEGAL_FORM_WORDS.contains(text.substring(lastSpace + 1))) {
            lastSpace = text.lastIndexOf(' ', lastSpace - 1); // "NXP Semiconductors N.V."
        }
        int lastWordEnd = lastSpace < 0 ? -1 : text.indexOf(' ', lastSpace + 1);
        if (lastSpace > 0 && COMPANY_LAST_WORDS.contains(
                text.substring(lastSpace + 1, lastWordEnd < 0 ? text.length() : lastWordEnd).replace(",", ""))) {
            return true;
        }
        Matcher word = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' && startsOrganisationWord(text, i, ORGANISATION_WORD_STARTS[c - 'A'])) {
                if (word == null) {
                    word = ORGANISATION_WORD.matcher(text).useTransparentBounds(true);
                }
                if (word.region(i, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How each word of {@link #ORGANISATION_WORD} begins, by its capital: text that starts with none
     * of them cannot match there. Kept with the pattern: a word added to it needs its start here.
     */
    private static final String[][] ORGANISATION_WORD_STARTS = byFirstLetter("Universit", "Institut", "Lab", "Inc",
            "Corp", "Ltd", "LLC", "GmbH", "Company", "Academy", "College", "School", "Cent", "Research",
            "Technologies", "Group", "Hospital", "Foundation", "Polytechnic", "AI", "Council", "Agency", "Observatory",
            "Microsoft", "Google", "Meta", "NVIDIA", "Scuola", "Politecnico", "Istituto", "Instituto", "Hochschule", "Ecole",
            "Universid", "Pontificia");

    private static String[][] byFirstLetter(String... starts) {
        String[][] byLetter = new String[26][];
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            char first = letter;
            byLetter[letter - 'A'] = Arrays.stream(starts).filter(start -> start.charAt(0) == first).toArray(String[]::new);
        }
        return byLetter;
    }

    private static boolean startsOrganisationWord(String text, int at, String[] starts) {
        for (String start : starts) {
            if (text.startsWith(start, at)) {
                return true;
            }
        }
        return false;
    }

    /** Drops city names and trailing digits or markers that leak in from the PDF's affiliation block. */
    private String cleanEnglish(String name) {
        String cleaned = name;
        // most names have neither: a look at the last and first character spares the two regexes
        if (mayEndWithMarkers(cleaned)) {
            cleaned = TRAILING_MARKERS.matcher(cleaned).replaceAll("");
        }
        if (!cleaned.isEmpty() && isAsciiDigit(cleaned.charAt(0))) {
            cleaned = LEADING_NUMBER.matcher(cleaned).replaceAll("");
        }
        cleaned = cleaned.strip();
        if (cleaned.endsWith(")")) {
            cleaned = TRAILING_ABBREVIATION.matcher(cleaned).replaceAll("");
        }
        // most names end with no legal form: a look at the last word spares the regex
        if (LEGAL_FORM_WORDS.contains(cleaned.substring(cleaned.lastIndexOf(' ') + 1))) {
            String withoutLegalForm = LEGAL_FORM.matcher(cleaned).replaceAll("");
            if (!withoutLegalForm.isEmpty() && !withoutLegalForm.equals(cleaned) && withoutLegalForm.indexOf(',') < 0) {
                cleaned = withoutLegalForm;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            String folded = TextFolding.fold(cleaned);
            for (Hit<Boolean> place : places.findLongest(folded)) {
                boolean atEnd = place.end() == cleaned.length();
                boolean beforeIsWord = place.start() > 0 && cleaned.charAt(place.start() - 1) == ' ';
                // a city repeated after a name ("Tsinghua University Beijing"), not part of it ("University of
                // Antwerp") nor a campus ("Indian Institute of Technology Delhi")
                String before = folded.substring(0, place.start()).strip();
                if (atEnd && beforeIsWord && !endsWithOfWord(before)
                        && !campusSystems.contains(before) && !onlyGenericWords(before)) {
                    cleaned = cleaned.substring(0, place.start()).strip();
                    changed = true;
                    break;
                }
            }
        }
        if (!cleaned.regionMatches(true, 0, "the", 0, 3)) {
            return cleaned;
        }
        return LEADING_THE.matcher(cleaned).replaceAll("").strip();
    }

    private static final Set<String> GENERIC_NAME_WORDS = InstitutionWords.GENERIC_NAME_WORD.wordSet();

    /** Whether a folded name holds nothing but words for a kind of organisation ("technische universität"). */
    private static boolean onlyGenericWords(String folded) {
        for (String word : folded.split(" ")) {
            if (!word.isEmpty() && !GENERIC_NAME_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "of" in the languages affiliation lines use ("University of", "Università di", "Universidad de", "Universität zu"). */
    private static final List<String> OF_WORDS = InstitutionWords.OF_WORD.words().stream().map(w -> " " + w).toList();

    private static boolean endsWithOfWord(String text) {
        return Phrases.endsWithAny(text, OF_WORDS);
    }

    /**
     * Whether {@link #TRAILING_MARKERS} can match: the last character is a marker, or a line
     * terminator (before which the regex's {@code $} also matches).
     */
    private static boolean mayEndWithMarkers(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char last = name.charAt(name.length() - 1);
        return isAsciiDigit(last) || "*†‡§¶¹²³⁰⁴⁵⁶⁷⁸⁹\n\r\u0085\u2028\u2029".indexOf(last) >= 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The institution an alias names that covers most (60 %) of {@code candidate}, in a scan of its text. */
    private static String known(Matches<String> aliasHits, Span candidate) {
        for (int hit : aliasHits.longest(null, candidate.start(), candidate.end())) {
            if (aliasHits.end(hit) - aliasHits.start(hit) >= candidate.length() * 0.6) {
                return aliasHits.payload(hit);
            }
        }
        return null;
    }

    /**
     * Departments, schools, labs and centres disappear when the line also names a university, a
     * company or any institution the curated list knows; known names are never units.
     */
    private List<String> collapseUnits(List<String> names) {
        boolean[] parent = new boolean[names.size()];
        boolean anyParent = false;
        for (int i = 0; i < parent.length; i++) {
            String name = names.get(i);
            parent[i] = curated.isKnown(name) || isParent(name) || isNamedLabOfKnownCompany(name);
            anyParent |= parent[i];
        }
        if (!anyParent) {
            return names;
        }
        List<String> kept = new ArrayList<>(names.size());
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] || !isUnit(names.get(i)) && !isInstituteOfAListedParent(names, parent, i)) {
                kept.add(names.get(i));
            }
        }
        return List.copyOf(kept);
    }

    /**
     * "Leiden Institute of Advanced Computer Science" beside Leiden University is one of its
     * institutes; "Hebei Institute of Communications" beside Columbia University is an institution of
     * its own. An "Institute of/for" name is a unit when its first word is the first word of a parent
     * listed with it.
     */
    private static boolean isInstituteOfAListedParent(List<String> names, boolean[] parent, int index) {
        String name = names.get(index);
        if (!INSTITUTE_OF.matcher(name).find()) {
            return false;
        }
        String first = firstWord(name);
        for (int p = 0; p < parent.length; p++) {
            if (parent[p] && p != index && first.length() >= 3 && first.equalsIgnoreCase(firstWord(names.get(p)))) {
                return true;
            }
        }
        return false;
    }

    private static String firstWord(String name) {
        int end = 0;
        while (end < name.length() && InstitutionNames.isWordChar(name.charAt(end))) {
            end++;
        }
        return name.substring(0, end);
    }

    /**
     * In "上海交通大学医学院附属瑞金医院" the fragment names the hospital; the university it is
     * affiliated with (附属) is not an affiliation of the authors: of the hits, those after 附属.
     */
    private static int[] affiliated(String line, Span span, Matches<String> aliasHits, int[] hits) {
        if (hits.length < 2) {
            return hits;
        }
        int mark = line.indexOf("附属", span.start());
        if (mark < 0 || mark >= span.end() || aliasHits.start(hits[hits.length - 1]) < mark) {
            return hits;
        }
        return Arrays.stream(hits).filter(hit -> aliasHits.start(hit) > mark).toArray();
    }

    /** Last words of a company's research lab ("SenseTime Research", "Xiaomi AI Lab", "Huawei Zurich Research Center"). */
    private static final Set<String> LAB_WORDS = InstitutionWords.LAB_WORD.wordSet();
    private static final int MAX_LAB_EXTRA_WORDS = 3;

    /**
     * The whole fragment when it is a curated company's name followed by the words of one of its labs
     * ("Tencent ARC Lab"), as the company's named research labs stay named; else null. A university's
     * unit is not a lab of this kind: its name goes to the university.
     */
    private String namedLabOf(String line, Span span, Matches<String> aliasHits, int hit) {
        String company = aliasHits.payload(hit);
        if (isUniversity(company) || aliasHits.start(hit) != span.start() || aliasHits.end(hit) >= span.end()) {
            return null;
        }
        if (line.charAt(aliasHits.end(hit)) != ' ' || !areLabWords(line.substring(aliasHits.end(hit) + 1, span.end()))) {
            return null;
        }
        String name = cleanEnglish(span.of(line));
        return name.isEmpty() ? null : name;
    }

    /** "Tencent ARC Lab": a curated company's name, then at most three words ending in a lab word. */
    private boolean isNamedLabOfKnownCompany(String name) {
        int end = name.length();
        for (int words = 0; words < MAX_LAB_EXTRA_WORDS; words++) {
            end = name.lastIndexOf(' ', end - 1);
            if (end <= 0) {
                return false;
            }
            String company = name.substring(0, end);
            if (curated.isKnown(company) && !isUniversity(company)) {
                return areLabWords(name.substring(end + 1));
            }
        }
        return false;
    }

    /** "ARC Lab", "Zurich Research Center": at most three words after a company's name, the last a lab word. */
    private static boolean areLabWords(String words) {
        String stripped = words.strip();
        int count = 0;
        int lastStart = 0;
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) != ' ' && (i == 0 || stripped.charAt(i - 1) == ' ')) {
                count++;
                lastStart = i;
            }
        }
        return count > 0 && count <= MAX_LAB_EXTRA_WORDS && LAB_WORDS.contains(stripped.substring(lastStart));
    }

    /** Whether the name's first word is a place ("Hebei Institute of Communications" is an institution of its own). */
    private boolean startsWithPlace(String name) {
        String first = firstWord(name);
        return !first.isEmpty() && !places.findLongest(TextFolding.fold(first)).isEmpty();
    }

    /**
     * An institute's name ("Wangxuan Institute of Computer Technology", "Language Technologies
     * Institute"): right before a university in the line, one of the university's institutes,
     * unless it is a parent itself ("Illinois Institute of Technology") or named after a place.
     */
    private static boolean isInstitute(String name) {
        return name.endsWith(" Institute") || INSTITUTE_OF.matcher(name).find();
    }

    private static boolean isUniversity(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("universit") || lower.contains("universid");
    }

    /** An institute or centre that, right after a university, is one of its units; not one that is a parent itself. */
    private static boolean isUnitName(String name) {
        return (isInstitute(name) || name.endsWith(" Center") || name.endsWith(" Centre") || name.startsWith("Instituto ")
                || name.startsWith("Institut ")) && !isParent(name)
                // "Toyota Research Institute", "Allen Institute for AI": research institutes stand on their own
                && !name.contains("Research Institute") && !name.contains("Research Cent") && !name.contains("Institute for");
    }

    private static boolean hasSemicolon(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == ';' || c == '；') {
                return true;
            }
        }
        return false;
    }

    private static boolean isParent(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : PARENT_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        for (String abbreviation : PARENT_ABBREVIATIONS) {
            if (containsWord(lower, abbreviation, true)) {
                return true;
            }
        }
        return containsWord(lower, "corp", false);
    }

    /** {@code word} starting at a word boundary in {@code text}, and ending at one when {@code wholeWord}. */
    private static boolean containsWord(String text, String word, boolean wholeWord) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !InstitutionNames.isWordChar(text.charAt(at - 1)))
                    && (!wholeWord || end == text.length() || !InstitutionNames.isWordChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> splitFragments(String line) {
        List<Span> fragments = new ArrayList<>();
        int from = 0;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (isFragmentSeparator(c)) {
                fragments.add(new Span(from, i));
                from = i + 1;
            } else if (isSpace(c) && i + 2 < n && line.charAt(i + 1) >= '0' && line.charAt(i + 1) <= '9'
                    && isSpace(line.charAt(i + 2))) {
                fragments.add(new Span(from, i));
                from = i + 3;
                i += 2;
            }
        }
        fragments.add(new Span(from, n));
        return fragments;
    }

    /**
     * Separates the fragments of an affiliation line, as do single digits between spaces (footnote
     * marks). A switch rather than a search of a string of separators: this runs for every character.
     */
    private static boolean isFragmentSeparator(char c) {
        return switch (c) {
            case ',', ';', '，', '；', '、', '|', '*', '†', '‡', '§', '¶', '—' -> true;
            default -> false;
        };
    }

    private static List<Span> splitPublishers(String text) {
        List<Span> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BRIEF_SEPARATORS.indexOf(c) >= 0) {
                parts.add(new Span(from, i));
                from = i + 1;
            } else if (c == '以' && i + 1 < text.length() && text.charAt(i + 1) == '及'
                    || c == '联' && i + 1 < text.length() && text.charAt(i + 1) == '合') {
                // 以及 "and", 联合 "jointly with" ("Sakana AI联合京都大学")
                parts.add(new Span(from, i));
                from = i + 2;
                i++;
            }
        }
        parts.add(new Span(from, text.length()));
        return parts;
    }

    /** A part of a text, [start, end); parts are scanned for aliases as part of their whole text. */
    private record Span(int start, int end) {

        /** Without the whitespace at either end, as {@link String#strip()} would leave it. */
        Span strip(String text) {
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            return new Span(from, to);
        }

        int length() {
            return end - start;
        }

        boolean isEmpty() {
            return start == end;
        }

        String of(String text) {
            return text.substring(start, end);
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isUnit(String name) {
        return mayStartAsUnit(name) && UNIT_NAME_START.matcher(name).lookingAt()
                || mayNameUnitOf(name) && UNIT_OF.matcher(name).find()
                || UNIT_LAST_WORDS.contains(InstitutionNames.lastWord(name, name.length()));
    }

    /** How the names that {@link #UNIT_NAME_START} reads begin, in any case. Kept with the pattern. */
    private static final List<String> UNIT_NAME_BEGINNINGS = InstitutionWords.UNIT_NAME_BEGINNING.words();

    private static boolean mayStartAsUnit(String name) {
        for (String beginning : UNIT_NAME_BEGINNINGS) {
            if (name.regionMatches(true, 0, beginning, 0, beginning.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a space precedes an 'o' or an 'f' (in either case), as in {@link #UNIT_OF}'s " of" and " for". */
    private static boolean mayNameUnitOf(String name) {
        for (int i = 1; i < name.length(); i++) {
            char c = (char) (name.charAt(i) | 0x20);
            if ((c == 'o' || c == 'f') && isSpace(name.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
