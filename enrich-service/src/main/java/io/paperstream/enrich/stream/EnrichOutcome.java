package io.paperstream.enrich.stream;

import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.Rejection;

/** What enriching one input record produced: a paper, or a rejection saying why not. Never both. */
public record EnrichOutcome(EnrichedPaper enriched, Rejection rejection) {

    public static EnrichOutcome of(EnrichedPaper paper) {
        return new EnrichOutcome(paper, null);
    }

    public static EnrichOutcome rejected(Rejection rejection) {
        return new EnrichOutcome(null, rejection);
    }

    public boolean isEnriched() {
        return enriched != null;
    }
}
