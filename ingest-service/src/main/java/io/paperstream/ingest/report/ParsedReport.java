package io.paperstream.ingest.report;

import java.util.List;

/**
  * A file that is a report. Broken entries are in {@code rejections}; problems that did not stop
  * ingestion (count mismatch, missing section, truncation, ...) are in {@code warnings} as "code: detail".
  */
public record ParsedReport(
        ReportHeader header,
        List<ParsedPaper> papers,
        List<EntryRejection> rejections,
        List<String> warnings,
        String charset) implements ParseOutcome {

    public ParsedReport {
        papers = List.copyOf(papers);
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }

    public boolean hasWarning(String code) {
        return warnings.stream().anyMatch(w -> w.startsWith(code + ":"));
    }
}
