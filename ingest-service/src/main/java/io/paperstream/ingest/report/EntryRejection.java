package io.paperstream.ingest.report;

/** One entry of a report that cannot become a paper; {@code excerpt} holds at most 1,000 characters of it. */
public record EntryRejection(int entry, String reasonCode, String message, String excerpt) {

    public EntryRejection {
        excerpt = Excerpt.of(excerpt);
    }
}
