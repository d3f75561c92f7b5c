package io.paperstream.index;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.paperstream.index.query.LocalIndex;
import io.paperstream.index.query.LocalStores;
import io.paperstream.index.query.PartitionScope;
import io.paperstream.index.topology.IndexMetrics;
import io.paperstream.index.topology.IndexOptions;
import io.paperstream.index.topology.IndexTopology;
import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.Evidence;
import io.paperstream.schemas.MetricClaim;
import io.paperstream.schemas.PaperSource;
import io.paperstream.schemas.ReportSummary;
import io.paperstream.schemas.TechniqueLabel;
import io.paperstream.serde.PlainAvroSerdes;
import io.paperstream.topics.Topic;
import io.paperstream.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The index topology in a TopologyTestDriver, configured as index-service configures it (the counting
 * deserialization handler, meters in {@link #meters}), with builders for its input records.
 */
public final class IndexFixture implements AutoCloseable {

    public static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    public final TopologyTestDriver driver;
    public final TestInputTopic<String, EnrichedPaper> papers;
    /** papers.enriched written as raw bytes, for records the index cannot read. */
    public final TestInputTopic<String, byte[]> rawPapers;
    public final TestInputTopic<String, ReportSummary> summaries;

    public IndexFixture() {
        this(Instant.now());
    }

    /** With the driver's wall clock, which the index reads as the time a paper is stored, set to {@code wallClock}. */
    public IndexFixture(Instant wallClock) {
        Topics topics = new Topics(new PlainAvroSerdes());
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "index-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                CountingDeserializationHandler.class.getName());
        props.put(CountingDeserializationHandler.METER_REGISTRY_CONFIG, meters);
        try {
            props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("index-test").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        driver = new TopologyTestDriver(IndexTopology.build(topics, IndexOptions.defaults(new PlainAvroSerdes()),
                new IndexMetrics(meters)), props, wallClock);
        Topic<String, EnrichedPaper> p = topics.papersEnriched();
        papers = driver.createInputTopic(p.name(), p.keySerde().serializer(), p.valueSerde().serializer());
        rawPapers = driver.createInputTopic(p.name(), new StringSerializer(), new ByteArraySerializer());
        Topic<String, ReportSummary> s = topics.reportSummaries();
        summaries = driver.createInputTopic(s.name(), s.keySerde().serializer(), s.valueSerde().serializer());
    }

    public <V> KeyValueStore<String, V> store(String name) {
        return driver.getKeyValueStore(name);
    }

    /** The driver's single partition of each store, as Kafka Streams would give the query layer. */
    public LocalStores stores() {
        return new LocalStores() {
            @Override
            public <V> List<ReadOnlyKeyValueStore<String, V>> partitions(String store, PartitionScope scope) {
                return List.of(driver.<String, V>getKeyValueStore(store));
            }
        };
    }

    public LocalIndex localIndex() {
        return new LocalIndex(stores());
    }

    public void pipe(EnrichedPaper paper) {
        papers.pipeInput(paper.getPaperId(), paper);
    }

    @Override
    public void close() {
        driver.close();
    }

    public static EnrichedPaper.Builder paper(String id, String report, int entry) {
        return EnrichedPaper.newBuilder()
                .setPaperId(id)
                .setTitle("Paper " + id)
                .setRawTitle("### Paper " + id)
                .setBrief("简报 " + id)
                .setAbstractText("Abstract of " + id)
                .setInstitutionsRaw("清华大学")
                .setAuthorCount(3)
                .setSource(source(report, entry))
                .setTechniques(List.of(technique("quantization", 0.9)))
                .setClaims(List.of())
                .setModality("llm")
                .setInstitutions(List.of("Tsinghua University"))
                .setModels(List.of("Llama-3.1-8B"))
                .setCodeUrls(List.of("https://github.com/example/" + id))
                .setEnrichmentVersion("1.0.0")
                .setDiscoveredAt(T0)
                .setEnrichedAt(T0.plusSeconds(entry));
    }

    public static PaperSource source(String report, int entry) {
        return PaperSource.newBuilder()
                .setFile(report + ".txt")
                .setLocation("file:/bucket/" + report + ".txt")
                .setReport(report)
                .setEntry(entry)
                .setReportGeneratedAt(T0)
                .setContentSha256(report + "0".repeat(64 - report.length()))
                .build();
    }

    public static TechniqueLabel technique(String id, double score) {
        return new TechniqueLabel(id, score, List.of(new Evidence(id, "title")));
    }

    public static MetricClaim claim(String kind, double value, String target) {
        return MetricClaim.newBuilder().setKind(kind).setValue(value).setUnit("speedup".equals(kind) ? "x" : "%")
                .setTarget(target).setSource("brief").setText(value + " " + kind).build();
    }

    public static ReportSummary summary(String report, int papers) {
        return ReportSummary.newBuilder()
                .setReportId(report)
                .setFile(report + ".txt")
                .setLocation("file:/bucket/" + report + ".txt")
                .setContentSha256(report + "0".repeat(64 - report.length()))
                .setGeneratedAt(T0)
                .setDeclaredCount(papers)
                .setPapers(papers)
                .setRejectedEntries(0)
                .setWarnings(List.of())
                .setDiscoveredAt(T0)
                .setIngestedAt(T0)
                .build();
    }
}
