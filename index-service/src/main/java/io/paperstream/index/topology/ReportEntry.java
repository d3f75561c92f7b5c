package io.paperstream.index.topology;

/** One report entry that reached the index, sent to the partition of its report. */
public record ReportEntry(int entry, String paperId) {
}
