package io.paperstream.ingest.report;

/**
 * One paper of a report: its brief (section 论文技术简报) joined with its details (section 论文详细信息).
 * {@code title} is the cleaned title, {@code rawTitle} the title as written; text fields are null when absent.
 */
public record ParsedPaper(
    int entry,
    String rawTitle,
    String title,
    String paperId,
    String brief,
    String abstractText,
    String institutions,
    Integer authorCount) {
}
