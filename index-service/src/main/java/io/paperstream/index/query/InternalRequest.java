package io.paperstream.index.query;

import io.paperstream.index.topology.Facet;

/**
 * What one instance asks another to answer from its own partitions only.
 *
 * @param id    paper or report id, for key queries
 * @param query paper search, for {@link Operation#PAPERS}
 * @param facet for {@link Operation#FACET_COUNTS}
 */
public record InternalRequest(PartitionScope scope, String id, PaperQuery query, Facet facet) {

    public InternalRequest withScope(PartitionScope newScope) {
        return new InternalRequest(newScope, id, query, facet);
    }
}
