package io.paperstream.ingest.report;

/** What parsing one report file gives: either the report's papers, or a reason why the file is not a report. */
public sealed interface ParseOutcome permits ParsedReport, FileRejection {
}
