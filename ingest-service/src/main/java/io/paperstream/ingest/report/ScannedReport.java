package io.paperstream.ingest.report;

import java.util.List;

/** What one pass over a report's lines found, before joining and judging entries. */
record ScannedReport(
    String headerTitle,
    String generatedAtText,
    String declaredCountText,
    List<RawEntry> entries,
    List<String> warnings,
    boolean looksLikeReport,
    boolean sawDetailsSection,
    boolean sawBriefSection,
    boolean containsNul,
    boolean hasVisibleText,
    boolean lastLineTerminated,
    String start) {
}
