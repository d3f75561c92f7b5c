package io.paperstream.ingest.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
  * Splits one report into papers, entry rejections and warnings, or rejects the whole file.
  * Reads the input once, line by line, with bounded line length; never holds the raw file.
  */
public final class ReportParser {

    private ReportParser() {
    }

    /** Parses with {@link ParserOptions#defaults()}. */
    public static ParseOutcome parse(InputStream in) throws IOException {
        return parse(in, ParserOptions.defaults());
    }

    /** Detects the charset, then parses. The stream is read but not closed; it may be left unread after a rejection. */
    public static ParseOutcome parse(InputStream in, ParserOptions options) throws IOException {
        Decoding decoding = new ReportDecoder(options.charsetPrefixBytes()).decode(in);
        if (decoding instanceof Decoding.Empty) {
            return new FileRejection(ReasonCodes.EMPTY_FILE, "the file is empty", "");
        }
        if (decoding instanceof Decoding.Binary binary) {
            return new FileRejection(ReasonCodes.BINARY_FILE, "the file is " + binary.message(), binary.hexExcerpt());
        }
        Decoding.Text text = (Decoding.Text) decoding;
        ParseOutcome outcome = parse(text.reader(), text.charset().name(), options);
        if (text.lenient() && outcome instanceof ParsedReport report) {
            List<String> warnings = new ArrayList<>(report.warnings());
            warnings.add(WarningCodes.format(WarningCodes.LENIENT_DECODING,
                    "some bytes are not valid UTF-8 and were replaced with U+FFFD"));
            return new ParsedReport(report.header(), report.papers(), report.rejections(), warnings, report.charset());
        }
        return outcome;
    }

    /** Parses already decoded text; {@code charsetName} is only recorded in the result. */
    public static ParseOutcome parse(Reader reader, String charsetName, ParserOptions options) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(reader, options.maxLineLength());
        ScannedReport scanned = new ReportScanner(options.maxFieldLength()).scan(lines);
        if (lines.lineTooLong()) {
            return new FileRejection(ReasonCodes.LINE_TOO_LONG, "line " + (lines.lineNumber() + 1) + " is longer than "
                    + options.maxLineLength() + " characters; a report has no such lines", lines.overlongStart());
        }
        if (scanned.containsNul()) {
            return new FileRejection(ReasonCodes.BINARY_FILE, "the file contains NUL characters", scanned.start());
        }
        if (!scanned.hasVisibleText()) {
            return new FileRejection(ReasonCodes.EMPTY_FILE, "the file holds only white space", scanned.start());
        }
        if (!scanned.looksLikeReport()) {
            return new FileRejection(ReasonCodes.NOT_A_REPORT, "no report header (生成时间, 分析论文数量), no report section "
                    + "(论文技术简报, 论文详细信息) and no paper fields (主要机构, 作者数量, 摘要) were found", scanned.start());
        }
        return assemble(scanned, charsetName, lines.lastLineTerminated());
    }

    private static ParsedReport assemble(ScannedReport scanned, String charsetName, boolean lastLineTerminated) {
        List<String> warnings = new ArrayList<>();
        ReportHeader header = header(scanned, warnings);
        warnings.addAll(scanned.warnings());

        ReportTitles titles = new ReportTitles();
        List<JoinedEntry> joined = new EntryJoiner(titles, warnings).join(scanned.entries());
        List<ParsedPaper> papers = new ArrayList<>();
        List<EntryRejection> rejections = new ArrayList<>();
        EntryJudge judge = new EntryJudge(titles, vocabularyOf(scanned.entries(), titles.evidenceKeys(joined)), warnings);
        for (JoinedEntry entry : joined) {
            judge.judge(entry, papers, rejections);
        }

        boolean anyBrief = joined.stream().anyMatch(e -> e.brief() != null);
        boolean anyDetails = joined.stream().anyMatch(e -> e.details() != null);
        if (anyBrief && !anyDetails) {
            warnings.add(WarningCodes.format(WarningCodes.MISSING_DETAILS, scanned.sawDetailsSection()
                    ? "the details section (论文详细信息) has no entries" : "the report has no details section (论文详细信息)"));
        }
        if (anyDetails && !anyBrief) {
            warnings.add(WarningCodes.format(WarningCodes.MISSING_BRIEFS, scanned.sawBriefSection()
                    ? "the brief section (论文技术简报) has no entries" : "the report has no brief section (论文技术简报)"));
        }
        if (header.declaredCount() != null && header.declaredCount() != joined.size()) {
            warnings.add(WarningCodes.format(WarningCodes.COUNT_MISMATCH,
                    "declared " + header.declaredCount() + " papers, found " + joined.size() + " entries"));
        }
        String truncation = truncation(scanned, joined, header.declaredCount(), lastLineTerminated);
        if (truncation != null) {
            warnings.add(WarningCodes.format(WarningCodes.TRUNCATED, truncation));
        }
        return new ParsedReport(header, papers, rejections, warnings, charsetName);
    }

    private static ReportHeader header(ScannedReport scanned, List<String> warnings) {
        Instant generatedAt = HeaderParser.generatedAt(scanned.generatedAtText()).orElse(null);
        Integer declaredCount = HeaderParser.declaredCount(scanned.declaredCountText()).orElse(null);
        if (scanned.generatedAtText() == null) {
            warnings.add(WarningCodes.format(WarningCodes.MISSING_GENERATED_AT, "the header has no 生成时间 line"));
        } else if (generatedAt == null) {
            warnings.add(WarningCodes.format(WarningCodes.UNPARSEABLE_HEADER,
                    "生成时间 \"" + Excerpt.abbreviate(scanned.generatedAtText(), 80) + "\" is not a date and time"));
        }
        if (scanned.declaredCountText() == null) {
            warnings.add(WarningCodes.format(WarningCodes.MISSING_DECLARED_COUNT, "the header has no 分析论文数量 line"));
        } else if (declaredCount == null) {
            warnings.add(WarningCodes.format(WarningCodes.UNPARSEABLE_HEADER,
                    "分析论文数量 \"" + Excerpt.abbreviate(scanned.declaredCountText(), 80) + "\" is not a number"));
        }
        return new ReportHeader(scanned.headerTitle(), generatedAt, declaredCount);
    }

    /**
      * A cut-off file shows as: a last details entry without its abstract, a last entry with no text, or,
      * when the last line has no line end, text stopping mid-sentence or fewer entries than announced.
      */
    private static String truncation(ScannedReport scanned, List<JoinedEntry> joined, Integer declared, boolean lastLineTerminated) {
        if (scanned.entries().isEmpty()) {
            return declared != null && declared > 0 && !lastLineTerminated ? "the file ends before its first entry" : null;
        }
        RawEntry last = scanned.entries().get(scanned.entries().size() - 1);
        if (last.isDetails() && !last.abstractStarted()) {
            return "the last entry (" + last.number + ") ends before its abstract";
        }
        if (!last.isDetails() && last.bodyText() == null) {
            return "the last entry (" + last.number + ") has a title but no text";
        }
        if (lastLineTerminated) {
            return null;
        }
        if (!last.endsCleanly()) {
            return "the file ends mid-sentence in entry " + last.number;
        }
        long briefs = joined.stream().filter(e -> e.brief() != null).count();
        long details = joined.stream().filter(e -> e.details() != null).count();
        if (declared != null && declared > joined.size() || details > 0 && details < briefs) {
            return "the file ends without a line end after entry " + last.number + " and entries are missing";
        }
        return null;
    }

    /** The words of every entry's text, as far as {@code keys} (what the titles' cleaning may ask) go. */
    private static Vocabulary vocabularyOf(List<RawEntry> entries, Set<String> keys) {
        Vocabulary vocabulary = Vocabulary.countingOnly(keys);
        for (RawEntry entry : entries) {
            vocabulary.add(entry.bodyText());
            vocabulary.add(entry.abstractText.text());
        }
        return vocabulary;
    }
}
