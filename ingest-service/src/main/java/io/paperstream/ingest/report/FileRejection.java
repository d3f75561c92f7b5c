package io.paperstream.ingest.report;

/** A whole file that is not a report; {@code reasonCode} is one of the file-level {@link ReasonCodes}. */
public record FileRejection(String reasonCode, String message, String excerpt) implements ParseOutcome {

    public FileRejection {
        excerpt = Excerpt.of(excerpt);
    }
}
