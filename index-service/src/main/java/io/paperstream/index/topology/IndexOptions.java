package io.paperstream.index.topology;

import io.paperstream.serde.AvroSerdes;
import io.paperstream.topics.Topics;
import java.util.Objects;

/**
 * What the index topology needs besides the topic registry.
 *
 * @param storeSerdes makes the Avro serdes of the state stores; the registry-backed one in real runs, so
 *                    changelogs carry registered schemas like every other topic
 * @param reportPartitions partitions of the internal report-entries topic; must equal those of
 *                         {@code reports.summaries}, because both feed the same report stores
 */
public record IndexOptions(AvroSerdes storeSerdes, int reportPartitions) {

    public IndexOptions {
        Objects.requireNonNull(storeSerdes, "storeSerdes");
        if (reportPartitions < 1) {
            throw new IllegalArgumentException("reportPartitions must be at least 1, got " + reportPartitions);
        }
    }

    public static IndexOptions defaults(AvroSerdes storeSerdes) {
        return new IndexOptions(storeSerdes, Topics.PAPER_PARTITIONS);
    }
}
