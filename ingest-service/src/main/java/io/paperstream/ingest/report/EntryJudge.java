package io.paperstream.ingest.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether a joined entry is a paper or a rejection, and builds either. */
final class EntryJudge {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

    private final ReportTitles titles;
    private final Vocabulary reportVocabulary;
    private final List<String> warnings;

    EntryJudge(ReportTitles titles, Vocabulary reportVocabulary, List<String> warnings) {
        this.titles = titles;
        this.reportVocabulary = reportVocabulary;
        this.warnings = warnings;
    }

    /** Adds the entry to {@code papers}, or its reason for not being a paper to {@code rejections}. */
    void judge(JoinedEntry entry, List<ParsedPaper> papers, List<EntryRejection> rejections) {
        String rawTitle = entry.rawTitle();
        String brief = firstPresent(entry.brief() == null ? null : entry.brief().briefText(),
                entry.details() == null ? null : entry.details().briefText());
        String abstractText = firstPresent(entry.details() == null ? null : entry.details().abstractOrLooseText(),
                entry.brief() == null ? null : entry.brief().abstractOrLooseText());
        Vocabulary paperVocabulary = Vocabulary.countingOnly(titles.evidenceKeys(rawTitle)).add(abstractText).add(brief);
        String title = TitleCleaner.repairHyphens(titles.noiseFree(rawTitle), List.of(paperVocabulary, reportVocabulary));

        boolean briefIsPlaceholder = PlaceholderDetector.isPlaceholder(brief);
        boolean abstractIsPlaceholder = PlaceholderDetector.isPlaceholder(abstractText);
        boolean titleIsPlaceholder = PlaceholderDetector.isPlaceholder(title);
        boolean placeholderSeen = briefIsPlaceholder || abstractIsPlaceholder || titleIsPlaceholder;
        boolean noBrief = lacksContent(brief, briefIsPlaceholder);
        boolean noAbstract = lacksContent(abstractText, abstractIsPlaceholder);
        boolean noTitle = StructuralText.countLettersOrDigits(title) == 0 || titleIsPlaceholder;

        if (noBrief && noAbstract) {
            if (placeholderSeen) {
                rejections.add(reject(entry, ReasonCodes.PLACEHOLDER_ENTRY, "entry " + entry.number()
                        + (noTitle ? " has no title and" : "") + " holds placeholder text instead of a brief or abstract"));
            } else if (noTitle) {
                rejections.add(reject(entry, ReasonCodes.NO_TITLE, "entry " + entry.number() + " has no title and no content"));
            } else {
                rejections.add(reject(entry, ReasonCodes.EMPTY_ENTRY, "entry " + entry.number() + " \""
                        + Excerpt.abbreviate(title, 80) + "\" has neither a brief nor an abstract"));
            }
            return;
        }
        if (noTitle) {
            rejections.add(reject(entry, ReasonCodes.NO_TITLE, "entry " + entry.number() + " has content but no title"));
            return;
        }
        if (briefIsPlaceholder || abstractIsPlaceholder) {
            warnings.add(WarningCodes.format(WarningCodes.PLACEHOLDER_TEXT,
                    "entry " + entry.number() + " has placeholder text in its " + (briefIsPlaceholder ? "brief" : "abstract")
                            + "; that field was left empty"));
        }
        RawEntry fields = entry.details() != null ? entry.details() : entry.brief();
        papers.add(new ParsedPaper(entry.number(), rawTitle.strip(), title, PaperIds.of(title),
                noBrief ? null : brief,
                noAbstract ? null : abstractText,
                firstPresent(fields.institutions(), entry.brief() == null ? null : entry.brief().institutions()),
                authorCount(firstPresent(fields.authorCountText(), entry.brief() == null ? null : entry.brief().authorCountText()))));
    }

    /** {@link PlaceholderDetector#lacksContent} with the placeholder check already made. */
    private static boolean lacksContent(String text, boolean isPlaceholder) {
        return text == null || isPlaceholder || !StructuralText.hasLettersOrDigits(text, PlaceholderDetector.MIN_CONTENT_LETTERS);
    }

    private static EntryRejection reject(JoinedEntry entry, String reasonCode, String message) {
        return new EntryRejection(entry.number(), reasonCode, message, entry.excerpt());
    }

    static Integer authorCount(String text) {
        if (text == null) {
            return null;
        }
        Matcher number = NUMBER.matcher(StructuralText.foldFullWidth(text));
        return number.find() ? Integer.valueOf(number.group()) : null;
    }

    private static String firstPresent(String first, String second) {
        return first != null && !first.isBlank() ? first : second != null && !second.isBlank() ? second : null;
    }
}
