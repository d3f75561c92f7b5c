package io.paperstream.enrich.stream;

import io.paperstream.enrich.Enricher;
import io.paperstream.enrich.Enrichment;
import io.paperstream.enrich.PaperText;
import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.Rejection;
import io.paperstream.topics.Topic;
import io.paperstream.topics.Topics;
import java.time.Clock;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * papers.ingested → enrich → papers.enriched, with anything that cannot be read or enriched sent to
 * pipeline.rejections instead of stopping the stream. The input is read as bytes so that a record that
 * does not deserialize is a rejection with its offset, not a crashed task.
 */
public final class EnrichTopology {

    public static final String SOURCE = "papers-ingested-source";
    public static final String ENRICH = "enrich-paper";
    public static final String ROUTE = "route-";
    public static final String ENRICHED_BRANCH = "enriched";
    public static final String REJECTED_BRANCH = "rejected";
    public static final String ENRICHED_VALUES = "take-enriched-paper";
    public static final String REJECTION_VALUES = "take-rejection";
    public static final String ENRICHED_SINK = "papers-enriched-sink";
    public static final String REJECTIONS_SINK = "rejections-sink";

    private EnrichTopology() {
    }

    public static Topology build(Topics topics, Enricher enricher, Clock clock, EnrichMetrics metrics) {
        return build(topics, enricher::enrich, clock, metrics);
    }

    /** With any enrichment function, so tests can make enrichment fail. */
    static Topology build(Topics topics, Function<PaperText, Enrichment> enricher, Clock clock, EnrichMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        Topic<String, EnrichedPaper> enriched = topics.papersEnriched();
        Topic<String, Rejection> rejections = topics.rejections();
        builder.stream(topics.papersIngested().name(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(SOURCE))
                .processValues(() -> new EnrichProcessor(topics.papersIngested().valueSerde().deserializer(),
                        enricher, clock, metrics), Named.as(ENRICH))
                .split(Named.as(ROUTE))
                .branch((key, outcome) -> outcome.isEnriched(), Branched.<String, EnrichOutcome>withConsumer(s -> s
                        .mapValues(EnrichOutcome::enriched, Named.as(ENRICHED_VALUES))
                        .to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde())
                                .withName(ENRICHED_SINK))).withName(ENRICHED_BRANCH))
                .defaultBranch(Branched.<String, EnrichOutcome>withConsumer(s -> s
                        .mapValues(EnrichOutcome::rejection, Named.as(REJECTION_VALUES))
                        .to(rejections.name(), Produced.with(rejections.keySerde(), rejections.valueSerde())
                                .withName(REJECTIONS_SINK))).withName(REJECTED_BRANCH));
        return builder.build();
    }
}
