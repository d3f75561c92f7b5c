package io.paperstream.index.topology;

import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.IndexedPaper;
import io.paperstream.schemas.ReportSummary;
import io.paperstream.topics.Topic;
import io.paperstream.topics.Topics;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The index: enriched papers merged by id with a facet index, counts and technique statistics beside
 * them (one task per papers.enriched partition), and report summaries with the entries indexed so far
 * (one task per reports.summaries partition). Every node, store and internal topic has a fixed name, so
 * changelog and repartition topics survive changes to the topology.
 */
public final class IndexTopology {

    public static final String PAPERS_SOURCE = "papers-enriched-source";
    public static final String INDEX_PAPERS = "index-papers";
    /** Internal topic {@code <application.id>-report-entries-by-report-repartition}. */
    public static final String REPORT_ENTRIES_BY_REPORT = "report-entries-by-report";
    public static final String RECORD_REPORT_ENTRIES = "record-report-entries";
    public static final String SUMMARIES_SOURCE = "report-summaries-source";
    public static final String STORE_SUMMARIES = "store-report-summaries";

    /** paperId -> IndexedPaper. */
    public static final String PAPERS_BY_ID = "papers-by-id";
    /**
     * {@code <facet>\0<value>\0<paperId>} -> paperId for every facet. One store rather than one per facet:
     * the facets are always updated together, and each store costs a RocksDB instance and a changelog
     * topic per partition.
     */
    public static final String PAPER_FACETS = "paper-facets";
    /** {@code <facet>\0<value>} -> FacetCount. */
    public static final String FACET_COUNTS = "facet-counts";
    /**
     * Counters of the partition's papers per technique, {@code <technique>\0<counter>} -> count; layout in
     * {@link TechniqueCounters}.
     */
    public static final String TECHNIQUE_STATS = "technique-stats";
    /** reportId -> ReportSummary. */
    public static final String REPORTS = "reports";
    /** {@code <reportId>\0<entry>} -> paperId for every entry of the report that reached the index. */
    public static final String REPORT_ENTRIES = "report-entries";

    public static final List<String> PAPER_STORES = List.of(PAPERS_BY_ID, PAPER_FACETS, FACET_COUNTS, TECHNIQUE_STATS);
    public static final List<String> REPORT_STORES = List.of(REPORTS, REPORT_ENTRIES);

    private IndexTopology() {
    }

    public static Topology build(Topics topics, IndexOptions options, IndexMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<String> keys = Serdes.String();
        addStore(builder, PAPERS_BY_ID, options.storeSerdes().valueSerde(IndexedPaper.class));
        addStore(builder, PAPER_FACETS, Serdes.String());
        addStore(builder, FACET_COUNTS, FacetCountSerde.create());
        addStore(builder, TECHNIQUE_STATS, Serdes.Long());
        addStore(builder, REPORTS, options.storeSerdes().valueSerde(ReportSummary.class));
        addStore(builder, REPORT_ENTRIES, Serdes.String());

        Topic<String, EnrichedPaper> papers = topics.papersEnriched();
        builder.stream(papers.name(), Consumed.with(papers.keySerde(), papers.valueSerde()).withName(PAPERS_SOURCE))
                .process(() -> new PaperIndexProcessor(metrics), Named.as(INDEX_PAPERS), PAPER_STORES.toArray(String[]::new))
                .repartition(Repartitioned.with(keys, JsonSerde.of(ReportEntry.class))
                        .withName(REPORT_ENTRIES_BY_REPORT)
                        .withNumberOfPartitions(options.reportPartitions()))
                // Both report processors are connected to both report stores so that they form one
                // sub-topology: a report's summary and its entries then live in the same task and a key
                // query for the report is answered by one instance.
                .process(ReportEntryProcessor::new, Named.as(RECORD_REPORT_ENTRIES), REPORT_STORES.toArray(String[]::new));

        Topic<String, ReportSummary> summaries = topics.reportSummaries();
        builder.stream(summaries.name(), Consumed.with(summaries.keySerde(), summaries.valueSerde())
                        .withName(SUMMARIES_SOURCE))
                .process(ReportSummaryProcessor::new, Named.as(STORE_SUMMARIES), REPORT_STORES.toArray(String[]::new));
        return builder.build();
    }

    /** The input topic whose partitions number the tasks, and so the partitions, of a store. */
    public static String sourceTopicOf(Topics topics, String store) {
        if (PAPER_STORES.contains(store)) {
            return topics.papersEnriched().name();
        }
        if (REPORT_STORES.contains(store)) {
            return topics.reportSummaries().name();
        }
        throw new IllegalArgumentException("Not a store of the index: " + store);
    }

    private static <V> void addStore(StreamsBuilder builder, String name, Serde<V> valueSerde) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
                valueSerde));
    }
}
