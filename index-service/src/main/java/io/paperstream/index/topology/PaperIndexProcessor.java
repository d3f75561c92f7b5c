package io.paperstream.index.topology;

import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.IndexedPaper;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges each enriched occurrence into papers-by-id and brings every derived store in line with the
 * change, by diffing the paper before and after: facet entries and counts, technique statistics. Forwards
 * the occurrence's report entry, keyed by report id, so the report's progress can be counted.
 */
final class PaperIndexProcessor implements Processor<String, EnrichedPaper, String, ReportEntry> {

    private static final Logger log = LoggerFactory.getLogger(PaperIndexProcessor.class);

    private final IndexMetrics metrics;
    private ProcessorContext<String, ReportEntry> context;
    private KeyValueStore<String, IndexedPaper> papers;
    private KeyValueStore<String, String> facets;
    private KeyValueStore<String, FacetCount> facetCounts;
    private KeyValueStore<String, Long> techniqueStats;

    PaperIndexProcessor(IndexMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, ReportEntry> context) {
        this.context = context;
        papers = context.getStateStore(IndexTopology.PAPERS_BY_ID);
        facets = context.getStateStore(IndexTopology.PAPER_FACETS);
        facetCounts = context.getStateStore(IndexTopology.FACET_COUNTS);
        techniqueStats = context.getStateStore(IndexTopology.TECHNIQUE_STATS);
    }

    @Override
    public void process(Record<String, EnrichedPaper> record) {
        String paperId = record.key();
        EnrichedPaper incoming = record.value();
        if (paperId == null || incoming == null) {
            // papers.enriched carries no deletions; a keyless record cannot be placed in the index.
            log.warn("Skipping paper record without key or value (key {}, title {}) at {}", paperId,
                    incoming == null ? null : incoming.getTitle(), context.recordMetadata()
                            .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("unknown offset"));
            return;
        }
        IndexedPaper previous = papers.get(paperId);
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        IndexedPaper merged = PaperMerge.merge(previous, incoming, now);
        if (merged != previous) {
            papers.put(paperId, merged);
            metrics.paperIndexed(incoming.getDiscoveredAt(), now);
            updateFacets(paperId, previous, merged);
            updateTechniqueStats(previous, merged);
        }
        // Forwarded even when nothing changed: the report side stores entries idempotently, so a replay
        // can only repair a lost entry, never count one twice.
        context.forward(record.withKey(incoming.getSource().getReport())
                .withValue(new ReportEntry(incoming.getSource().getEntry(), paperId)));
    }

    private void updateFacets(String paperId, IndexedPaper previous, IndexedPaper current) {
        for (Facet facet : Facet.values()) {
            Map<String, String> before = facet.valuesOf(previous);
            Map<String, String> after = facet.valuesOf(current);
            for (String value : before.keySet()) {
                if (!after.containsKey(value)) {
                    facets.delete(FacetKeys.entry(facet, value, paperId));
                    adjustCount(facet, value, before.get(value), -1);
                }
            }
            for (Map.Entry<String, String> value : after.entrySet()) {
                if (!before.containsKey(value.getKey())) {
                    facets.put(FacetKeys.entry(facet, value.getKey(), paperId), paperId);
                    adjustCount(facet, value.getKey(), value.getValue(), +1);
                }
            }
        }
    }

    private void adjustCount(Facet facet, String value, String name, long delta) {
        String key = FacetKeys.count(facet, value);
        FacetCount count = Objects.requireNonNullElse(facetCounts.get(key), new FacetCount(name, 0)).plus(delta);
        if (count.papers() > 0) {
            facetCounts.put(key, count);
        } else {
            facetCounts.delete(key);
        }
    }

    /**
     * Applies the difference between the paper's old and new claims to the counters: a paper whose
     * enrichment did not change (a new source only) writes nothing, a re-enriched one only the counters
     * whose count moved.
     */
    private void updateTechniqueStats(IndexedPaper previous, IndexedPaper current) {
        EnrichedPaper before = previous == null ? null : previous.getPaper();
        // PaperMerge keeps the stored enrichment object itself when the occurrence is not newer.
        if (before == current.getPaper()) {
            return;
        }
        for (Map.Entry<String, Long> change : TechniqueCounters.change(before, current.getPaper()).entrySet()) {
            Long stored = techniqueStats.get(change.getKey());
            long updated = (stored == null ? 0 : stored) + change.getValue();
            if (updated > 0) {
                techniqueStats.put(change.getKey(), updated);
            } else {
                techniqueStats.delete(change.getKey());
            }
        }
    }
}
