package io.paperstream.ingest.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
  * One streaming pass over a report's lines: header fields, sections, and "### N. Title" entries with
  * their text and fields. Lines are matched after full-width folding, so "### １．", "生成时间：" work.
  */
final class ReportScanner {
    private static final Pattern LEVEL_ONE = Pattern.compile("^#(?!#)\\s*(.*)$");
    private static final Pattern LEVEL_TWO = Pattern.compile("^##(?!#)\\s*(.*)$");
    private static final Pattern NUMBERED_ENTRY = Pattern.compile("^###(?!#)\\s*(\\d{1,6})\\s*(?:[.)、:,](?!\\d)|\\s+|$)(.*)$");
    private static final Pattern UNNUMBERED_ENTRY = Pattern.compile("^###(?!#)\\s*(.*)$");
    private static final Pattern BOLD_FIELD = Pattern.compile("^(?:[-*+]\\s+)?\\*\\*\\s*([^*:]{1,24}?)\\s*:?\\s*\\*\\*\\s*:?\\s*(.*)$");
    private static final Pattern PLAIN_FIELD = Pattern.compile("^(?:[-*+]\\s+)?\\**\\s*([^*:]{1,24}?)\\s*\\**\\s*:\\s*\\**\\s*(.*?)\\s*\\**$");
    private static final Pattern MARKUP_START = Pattern.compile("^(?:[#>*|`\\-+]|\\d+[.)]\\s)");

    private enum Field { GENERATED_AT, DECLARED_COUNT, INSTITUTIONS, AUTHOR_COUNT, ABSTRACT }

    private final int maxFieldLength;
    private final List<RawEntry> entries = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final StringBuilder start = new StringBuilder();
    private RawEntry.Section section = RawEntry.Section.UNSPECIFIED;
    private boolean ignoringSection;
    private String ignoredSectionName = "";
    private boolean ignoredSectionWarned;
    private RawEntry current;
    private String headerTitle;
    private String generatedAtText;
    private String declaredCountText;
    private boolean sawSectionHeading;
    private boolean sawBriefSection;
    private boolean sawDetailsSection;
    private boolean sawField;
    private boolean containsNul;
    private boolean hasVisibleText;
    /** Folding keeps offsets, so "raw line from here" is the leading white space plus an offset in the folded line. */
    private int leadingWhitespace;

    ReportScanner(int maxFieldLength) {
        this.maxFieldLength = maxFieldLength;
    }

    ScannedReport scan(BoundedLineReader lines) throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            if (start.length() < Excerpt.MAX_CHARS) {
                start.append(line, 0, Math.min(line.length(), Excerpt.MAX_CHARS)).append('\n');
            }
            if (line.indexOf('\0') >= 0) {
                containsNul = true;
                break;
            }
            accept(line, lines.lineNumber());
        }
        for (RawEntry entry : entries) {
            if (entry.overflowed()) {
                warnings.add(WarningCodes.format(WarningCodes.TEXT_TRUNCATED,
                        "entry " + entry.number + " has more than " + maxFieldLength + " characters of text; the rest was dropped"));
            }
        }
        boolean looksLikeReport = sawSectionHeading || sawField || generatedAtText != null || declaredCountText != null;
        return new ScannedReport(headerTitle, generatedAtText, declaredCountText, List.copyOf(entries), List.copyOf(warnings),
                looksLikeReport, sawDetailsSection, sawBriefSection, containsNul, hasVisibleText,
                lines.lastLineTerminated(), Excerpt.of(start));
    }

    private void accept(String rawLine, long lineNumber) {
        if (current != null && !current.titleOpen() && startsPlainText(rawLine)) {
            // most lines are an entry's text: no need to fold them to see that they are no heading or field
            hasVisibleText = true;
            current.recordRawLine(rawLine);
            addText(rawLine);
            return;
        }
        String folded = StructuralText.foldFullWidth(rawLine);
        String line = folded.strip();
        leadingWhitespace = folded.length() - folded.stripLeading().length();
        if (!line.isEmpty()) {
            hasVisibleText = true;
        }
        if (line.startsWith("#")) {
            if (acceptHeading(line, rawLine, lineNumber)) {
                return;
            }
        }
        if (current == null) {
            acceptOutsideEntry(line);
            return;
        }
        current.recordRawLine(rawLine);
        acceptInsideEntry(line, rawLine);
    }

    /** Returns false for deeper headings ("#### ..."), which are ordinary text of the entry. */
    private boolean acceptHeading(String line, String rawLine, long lineNumber) {
        Matcher entry = NUMBERED_ENTRY.matcher(line);
        if (entry.matches()) {
            closeEntry();
            if (ignoringSection) {
                warnSkippedSection(lineNumber);
            } else {
                current = new RawEntry(section, Integer.parseInt(entry.group(1)), rawFrom(rawLine, entry.start(2)), maxFieldLength);
                current.recordRawLine(rawLine);
                entries.add(current);
            }
            return true;
        }
        Matcher unnumbered = UNNUMBERED_ENTRY.matcher(line);
        if (unnumbered.matches()) {
            closeEntry();
            if (!ignoringSection && (sawSectionHeading || !entries.isEmpty())) {
                warnings.add(WarningCodes.format(WarningCodes.UNNUMBERED_HEADING,
                        "line " + lineNumber + " \"" + Excerpt.abbreviate(line, 80) + "\" has no entry number and was skipped"));
            }
            return true;
        }
        Matcher levelTwo = LEVEL_TWO.matcher(line);
        if (levelTwo.matches()) {
            closeEntry();
            enterSection(levelTwo.group(1));
            return true;
        }
        Matcher levelOne = LEVEL_ONE.matcher(line);
        if (levelOne.matches()) {
            closeEntry();
            if (headerTitle == null && entries.isEmpty()) {
                headerTitle = StructuralText.foldWhitespace(levelOne.group(1));
            }
            return true;
        }
        return false;
    }

    /** The rest of the raw (unfolded) line from an offset found in the stripped, folded line. */
    private String rawFrom(String rawLine, int foldedOffset) {
        return rawLine.substring(Math.min(rawLine.length(), leadingWhitespace + foldedOffset)).strip();
    }

    private void enterSection(String heading) {
        String name = heading.toLowerCase(Locale.ROOT);
        ignoringSection = false;
        if (name.contains("简报") || name.contains("brief") || name.contains("summar")) {
            section = RawEntry.Section.BRIEF;
            sawBriefSection = true;
            sawSectionHeading = true;
        } else if (name.contains("详细") || name.contains("详情") || name.contains("detail")) {
            section = RawEntry.Section.DETAILS;
            sawDetailsSection = true;
            sawSectionHeading = true;
        } else {
            ignoringSection = true;
            ignoredSectionName = heading;
            ignoredSectionWarned = false;
        }
    }

    /** Other sections ("## 总结") are harmless; entries inside them are worth a warning, once per section. */
    private void warnSkippedSection(long lineNumber) {
        if (!ignoredSectionWarned) {
            ignoredSectionWarned = true;
            warnings.add(WarningCodes.format(WarningCodes.UNKNOWN_SECTION, "section \"" + Excerpt.abbreviate(ignoredSectionName, 80)
                    + "\" is not a report section; its entries (first at line " + lineNumber + ") were skipped"));
        }
    }

    private void acceptOutsideEntry(String line) {
        Matcher field = PLAIN_FIELD.matcher(line);
        if (!field.matches()) {
            return;
        }
        Field kind = fieldNamed(field.group(1));
        if (kind == Field.GENERATED_AT && generatedAtText == null) {
            generatedAtText = field.group(2);
        } else if (kind == Field.DECLARED_COUNT && declaredCountText == null) {
            declaredCountText = field.group(2);
        }
    }

    private void acceptInsideEntry(String line, String rawLine) {
        if (line.isEmpty()) {
            current.closeTitle();
            (current.abstractStarted() ? current.abstractText : current.body).paragraphBreak();
            return;
        }
        Matcher bold = BOLD_FIELD.matcher(line);
        Field field = bold.matches() ? fieldNamed(bold.group(1)) : null;
        if (field != null && field != Field.GENERATED_AT && field != Field.DECLARED_COUNT) {
            current.closeTitle();
            sawField = true;
            String value = rawFrom(rawLine, bold.start(2));
            switch (field) {
                case INSTITUTIONS -> current.setInstitutions(value);
                case AUTHOR_COUNT -> current.setAuthorCountText(value);
                default -> current.startAbstract(value);
            }
            return;
        }
        if (current.titleOpen() && continuesTitle(line)) {
            current.continueTitle(rawLine);
            return;
        }
        current.closeTitle();
        addText(rawLine);
    }

    private void addText(String rawLine) {
        (current.abstractStarted() ? current.abstractText : current.body).addLine(rawLine);
    }

    /**
      * Whether the line is visible and its first visible character, folded, starts no heading ("#"), field ("**")
      * or list item ("-", "*", "+"): then the line is plain text whatever follows.
      */
    private static boolean startsPlainText(String rawLine) {
        for (int i = 0; i < rawLine.length(); i++) {
            char c = StructuralText.foldChar(rawLine.charAt(i));
            if (!Character.isWhitespace(c)) {
                return c != '#' && c != '*' && c != '-' && c != '+';
            }
        }
        return false;
    }

    /** A title wrapped onto the next line: no blank line between, no markup, not Chinese prose. */
    private static boolean continuesTitle(String line) {
        return !MARKUP_START.matcher(line).find() && !StructuralText.containsCjk(line);
    }

    private static Field fieldNamed(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.contains("生成时间") || key.contains("生成日期") || key.equals("generated") || key.equals("generated at")) {
            return Field.GENERATED_AT;
        }
        if (key.contains("论文数量") || key.contains("论文数") || key.equals("paper count") || key.equals("papers")) {
            return Field.DECLARED_COUNT;
        }
        if (key.contains("机构") || key.contains("单位") || key.startsWith("institution") || key.startsWith("affiliation")) {
            return Field.INSTITUTIONS;
        }
        if (key.contains("作者数") || key.equals("作者") || key.startsWith("author")) {
            return Field.AUTHOR_COUNT;
        }
        if (key.contains("摘要") || key.equals("abstract")) {
            return Field.ABSTRACT;
        }
        return null;
    }

    private void closeEntry() {
        current = null;
    }
}
