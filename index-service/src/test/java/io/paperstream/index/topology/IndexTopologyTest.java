package io.paperstream.index.topology;

import static io.paperstream.index.IndexFixture.claim;
import static io.paperstream.index.IndexFixture.paper;
import static io.paperstream.index.IndexFixture.summary;
import static io.paperstream.index.IndexFixture.technique;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.paperstream.index.IndexFixture;
import io.paperstream.index.query.PartitionScope;
import io.paperstream.schemas.IndexedPaper;
import io.paperstream.schemas.PaperSource;
import io.paperstream.serde.PlainAvroSerdes;
import io.paperstream.topics.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IndexTopologyTest {

    private final IndexFixture index = new IndexFixture();

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void mergesOccurrencesAcrossReportsKeepingEachSourceOnce() {
        index.pipe(paper("p1", "reportA", 3).build());
        index.pipe(paper("p1", "reportB", 7).build());
        index.pipe(paper("p1", "reportA", 3).build());

        IndexedPaper merged = index.<IndexedPaper>store(IndexTopology.PAPERS_BY_ID).get("p1");

        assertThat(merged.getSources()).extracting(PaperSource::getReport, PaperSource::getEntry)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reportA", 3),
                        org.assertj.core.groups.Tuple.tuple("reportB", 7));
        assertThat(facetKeys(Facet.REPORT)).containsExactly("report\0reporta\0p1", "report\0reportb\0p1");
    }

    @Test
    void newerEnrichmentWinsWhateverTheArrivalOrder() {
        index.pipe(paper("p1", "r1", 1).setEnrichmentVersion("1.10.0").setTitle("newest rules").build());
        index.pipe(paper("p1", "r2", 1).setEnrichmentVersion("1.9.0").setTitle("older rules")
                .setEnrichedAt(IndexFixture.T0.plusSeconds(3600)).build());
        index.pipe(paper("p2", "r1", 2).setTitle("first").build());
        index.pipe(paper("p2", "r1", 2).setTitle("later").setEnrichedAt(IndexFixture.T0.plusSeconds(60)).build());

        assertThat(index.<IndexedPaper>store(IndexTopology.PAPERS_BY_ID).get("p1").getPaper().getTitle())
                .isEqualTo("newest rules");
        assertThat(index.<IndexedPaper>store(IndexTopology.PAPERS_BY_ID).get("p1").getSources()).hasSize(2);
        assertThat(index.<IndexedPaper>store(IndexTopology.PAPERS_BY_ID).get("p2").getPaper().getTitle())
                .isEqualTo("later");
    }

    @Test
    void reEnrichmentRemovesStaleIndexEntriesAndCounts() {
        index.pipe(paper("p1", "r1", 1).build());
        index.pipe(paper("p2", "r1", 2).build());
        index.pipe(paper("p1", "r1", 1).setEnrichmentVersion("2.0.0")
                .setTechniques(List.of(technique("pruning-sparsity", 0.8)))
                .setInstitutions(List.of("Peking University"))
                .setModels(List.of())
                .setModality("vlm").build());

        assertThat(facetKeys(Facet.TECHNIQUE)).containsExactly(
                "technique\0pruning-sparsity\0p1", "technique\0quantization\0p2");
        assertThat(facetKeys(Facet.INSTITUTION)).containsExactly(
                "institution\0peking university\0p1", "institution\0tsinghua university\0p2");
        assertThat(facetKeys(Facet.MODEL)).containsExactly("model\0llama-3.1-8b\0p2");
        assertThat(facetKeys(Facet.MODALITY)).containsExactly("modality\0llm\0p2", "modality\0vlm\0p1");
        assertThat(index.localIndex().facetCounts(Facet.INSTITUTION, PartitionScope.ALL_LOCAL).value())
                .containsExactly(new FacetCount("Peking University", 1), new FacetCount("Tsinghua University", 1));
        assertThat(stats("quantization").papers()).isEqualTo(1);
    }

    @Test
    void techniqueStatisticsFollowClaimsAndReEnrichment() {
        index.pipe(paper("p1", "r1", 1).setClaims(List.of(claim("speedup", 2.0, "latency"),
                claim("reduction", 40, "memory"), claim("improvement", 1.5, "accuracy"))).build());
        index.pipe(paper("p2", "r1", 2).setClaims(List.of(claim("speedup", 3.0, null),
                claim("speedup", 5.0, "throughput"), claim("reduction", 75, "memory"))).build());
        index.pipe(paper("p3", "r1", 3).setClaims(List.of(claim("reduction", 50, null))).build());

        TechniqueStats stats = stats("quantization");
        assertThat(stats.papers()).isEqualTo(3);
        assertThat(stats.claims()).isEqualTo(7);
        assertThat(stats.medianSpeedup()).isEqualTo(3.0);
        assertThat(stats.maxSpeedup()).isEqualTo(5.0);
        assertThat(stats.bestReductions()).isEqualTo(Map.of("memory", 75.0, TechniqueStats.UNSPECIFIED_TARGET, 50.0));

        index.pipe(paper("p2", "r1", 2).setEnrichmentVersion("1.1.0")
                .setClaims(List.of(claim("speedup", 4.0, null))).build());

        TechniqueStats after = stats("quantization");
        assertThat(after.papers()).isEqualTo(3);
        assertThat(after.claims()).isEqualTo(5);
        assertThat(after.medianSpeedup()).isEqualTo(3.0);
        assertThat(after.maxSpeedup()).isEqualTo(4.0);
        assertThat(after.bestReductions()).isEqualTo(Map.of("memory", 40.0, TechniqueStats.UNSPECIFIED_TARGET, 50.0));

        index.pipe(paper("p3", "r1", 3).setEnrichmentVersion("1.1.0")
                .setTechniques(List.of(technique("distillation", 0.7))).build());
        assertThat(stats("quantization").bestReductions()).isEqualTo(Map.of("memory", 40.0));
        assertThat(stats("distillation").papers()).isEqualTo(1);
    }

    @Test
    void reEnrichmentSubtractsExactlyLeavingOnlyTheCountersOfCurrentClaims() {
        List<io.paperstream.schemas.MetricClaim> p1Claims = List.of(claim("speedup", 2.0, null),
                claim("speedup", 2.0, null), claim("reduction", 40, "memory"));
        index.pipe(paper("p1", "r1", 1).setClaims(p1Claims).build());
        index.pipe(paper("p2", "r1", 2).setClaims(List.of(claim("speedup", 2.0, null),
                claim("reduction", 60, null))).build());
        index.pipe(paper("p2", "r1", 2).setEnrichmentVersion("1.1.0")
                .setClaims(List.of(claim("speedup", 7.5, null))).build());
        index.pipe(paper("p1", "r1", 1).setEnrichmentVersion("1.1.0").setClaims(p1Claims)
                .setTechniques(List.of(technique("distillation", 0.7))).build());

        assertThat(counters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                TechniqueCounters.papersKey("quantization"), 1L,
                TechniqueCounters.claimsKey("quantization"), 1L,
                TechniqueCounters.speedupKey("quantization", 7.5), 1L,
                TechniqueCounters.papersKey("distillation"), 1L,
                TechniqueCounters.claimsKey("distillation"), 3L,
                TechniqueCounters.speedupKey("distillation", 2.0), 2L,
                TechniqueCounters.reductionKey("distillation", "memory", 40), 1L));
    }

    @Test
    void aNewSourceOfAnUnchangedPaperWritesNoCounter() {
        index.pipe(paper("p1", "r1", 1).setClaims(List.of(claim("speedup", 2.0, null))).build());
        Map<String, Long> before = counters();

        index.pipe(paper("p1", "r2", 4).setClaims(List.of(claim("speedup", 2.0, null))).build());

        assertThat(counters()).isEqualTo(before);
        assertThat(stats("quantization").papers()).isEqualTo(1);
        assertThat(stats("quantization").speedups()).isEqualTo(Map.of(2.0, 1L));
    }

    @Test
    void countsEachIndexedEntryOfAReportOnce() {
        index.summaries.pipeInput("r1", summary("r1", 3));
        index.pipe(paper("p1", "r1", 1).build());
        index.pipe(paper("p1", "r1", 1).build());
        index.pipe(paper("p2", "r1", 2).build());

        assertThat(index.localIndex().report("r1", PartitionScope.ALL_LOCAL).value().indexed()).isEqualTo(2);
        assertThat(index.localIndex().report("r1", PartitionScope.ALL_LOCAL).value().complete()).isFalse();

        index.pipe(paper("p2", "r1", 3).build());

        assertThat(index.localIndex().report("r1", PartitionScope.ALL_LOCAL).value().indexed()).isEqualTo(3);
        assertThat(index.localIndex().report("r1", PartitionScope.ALL_LOCAL).value().complete()).isTrue();
    }

    @Test
    void namesEveryNodeAndInternalTopic() {
        String description = IndexTopology.build(new Topics(new PlainAvroSerdes()),
                IndexOptions.defaults(new PlainAvroSerdes()), new IndexMetrics(new SimpleMeterRegistry()))
                .describe().toString();

        assertThat(description).doesNotContain("KSTREAM-").doesNotContain("KTABLE-")
                .contains(IndexTopology.REPORT_ENTRIES_BY_REPORT + "-repartition")
                .contains(IndexTopology.INDEX_PAPERS, IndexTopology.RECORD_REPORT_ENTRIES, IndexTopology.STORE_SUMMARIES);
    }

    private TechniqueStats stats(String technique) {
        return index.localIndex().techniques(PartitionScope.ALL_LOCAL).value().stream()
                .filter(t -> t.technique().equals(technique)).findFirst().orElseThrow();
    }

    private Map<String, Long> counters() {
        Map<String, Long> counters = new java.util.TreeMap<>();
        try (KeyValueIterator<String, Long> it = index.<Long>store(IndexTopology.TECHNIQUE_STATS).all()) {
            it.forEachRemaining(kv -> counters.put(kv.key, kv.value));
        }
        return counters;
    }

    private List<String> facetKeys(Facet facet) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, String> it = index.<String>store(IndexTopology.PAPER_FACETS)
                .prefixScan(facet.parameter() + FacetKeys.SEPARATOR, new StringSerializer())) {
            it.forEachRemaining((KeyValue<String, String> kv) -> keys.add(kv.key));
        }
        return keys;
    }
}
