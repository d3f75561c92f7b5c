package io.paperstream.ingest.report;

import java.time.Instant;

/** The report's header lines; each part is null when the report lacks it. */
public record ReportHeader(String title, Instant generatedAt, Integer declaredCount) {
}
