package io.paperstream.index.view;

import io.paperstream.schemas.ReportSummary;
import java.util.List;

/**
 * A report and how far its papers have reached the index.
 *
 * @param found   paper entries ingest emitted for the report
 * @param indexed entries of the report the index holds
 */
public record ReportStatus(String id, String file, String location, String generatedAt, Integer declaredCount,
                           int found, int rejectedEntries, long indexed, List<String> warnings, boolean complete) {

    public static ReportStatus of(ReportSummary summary, long indexed) {
        return new ReportStatus(summary.getReportId(), summary.getFile(), summary.getLocation(),
                PaperViews.isoTime(summary.getGeneratedAt()), summary.getDeclaredCount(), summary.getPapers(),
                summary.getRejectedEntries(), indexed, List.copyOf(summary.getWarnings()),
                indexed >= summary.getPapers());
    }
}
