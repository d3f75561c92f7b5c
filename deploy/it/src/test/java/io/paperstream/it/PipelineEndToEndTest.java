package io.paperstream.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.paperstream.it.support.Http;
import io.paperstream.it.support.Pipeline;
import io.paperstream.it.support.SampleReports;
import io.paperstream.stack.SharedStack;
import io.paperstream.topics.Topics;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The walking skeleton with real components: ingest, enrich and index in this JVM against the shared
 * KRaft broker and Apicurio registry. Dropping the five sample reports makes their 141 papers queryable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineEndToEndTest {

    private static final int SAMPLE_PAPERS = 141;

    private Pipeline pipeline;
    private Map<String, JsonNode> byTitle;

    @BeforeAll
    void dropTheSamples() {
        pipeline = Pipeline.start("e2e", 1);
        for (Path report : SampleReports.all()) {
            SampleReports.drop(report, pipeline.inbox(), report.getFileName().toString());
        }
        Awaitility.await("all sample papers queryable").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> pipeline.allPapers(0, 100).size() >= SAMPLE_PAPERS);
        byTitle = new HashMap<>();
        pipeline.allPapers(0, 100).forEach(p -> byTitle.put(p.get("title").asText(), p));
    }

    @AfterAll
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void everyNonBrokenSamplePaperIsQueryableExactlyOnce() {
        List<JsonNode> papers = pipeline.allPapers(0, 37);
        Set<String> ids = new HashSet<>();
        papers.forEach(p -> ids.add(p.get("id").asText()));
        assertThat(papers).hasSize(SAMPLE_PAPERS);
        assertThat(ids).hasSize(SAMPLE_PAPERS);
        assertThat(papers).allSatisfy(p -> {
            assertThat(p.get("title").asText()).isNotBlank();
            assertThat(p.get("sources")).hasSize(1);
        });
    }

    @Test
    void aPaperCarriesItsSourceAndCleanTitle() {
        JsonNode amq = byTitle.get(
                "AMQ: Enabling AutoML for Mixed-precision Weight-Only Quantization of Large Language Models");
        assertThat(amq).as("AMQ paper").isNotNull();
        JsonNode source = amq.get("sources").get(0);
        assertThat(source.get("file").asText()).isEqualTo("000_b37b441a3ae954a2.txt");
        assertThat(source.get("entry").asInt()).isEqualTo(1);
        assertThat(source.get("report").asText()).hasSize(16).matches("[0-9a-f]+");

        Http.Response single = Http.get(pipeline.queryUrl(0) + "/papers/" + amq.get("id").asText());
        assertThat(single.status()).isEqualTo(200);
        assertThat(single.body().get("title").asText()).isEqualTo(amq.get("title").asText());
        assertThat(single.body().get("sources").get(0).get("file").asText()).isEqualTo("000_b37b441a3ae954a2.txt");
    }

    @Test
    void noisyTitlesAreCleaned() {
        assertThat(byTitle.keySet()).noneMatch(t -> t.startsWith("Under review"));
        assertThat(byTitle.keySet()).anyMatch(t -> t.startsWith("SPECVLM: FAST SPECULATIVE DECODING"));
        assertThat(byTitle.keySet()).anyMatch(t -> t.contains("JOINT QUANTIZATION AND SPARSIFICATION"));
    }

    @Test
    void papersFromDifferentReportsNameTheirOwnReport() {
        Map<String, Set<String>> reportsByFile = new HashMap<>();
        byTitle.values().forEach(p -> {
            JsonNode s = p.get("sources").get(0);
            reportsByFile.computeIfAbsent(s.get("file").asText(), f -> new HashSet<>()).add(s.get("report").asText());
        });
        assertThat(reportsByFile).hasSize(5);
        assertThat(reportsByFile.values()).allSatisfy(reports -> assertThat(reports).hasSize(1));
    }

    @Test
    void unknownPaperIs404WithJsonError() {
        Http.Response r = Http.get(pipeline.queryUrl(0) + "/papers/0000000000000000");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().has("error")).isTrue();
    }

    @Test
    void ingestReportsEveryFileCompletedWithItsPaperCount() {
        Http.Response files = Http.get(pipeline.ingestUrl() + "/files");
        assertThat(files.status()).isEqualTo(200);
        Map<String, Integer> papersByFile = new HashMap<>();
        files.body().get("items").forEach(f -> {
            assertThat(f.get("state").asText()).as(f.get("name").asText()).isEqualTo("completed");
            papersByFile.put(f.get("name").asText(), f.get("papers").asInt());
        });
        assertThat(papersByFile.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(SAMPLE_PAPERS);
        assertThat(papersByFile).containsEntry("002_ee340ae9bd814c68.txt", 27);
    }

    /**
     * What a stock Confluent consumer does: magic byte 0, a 4-byte schema id, the writer schema fetched from
     * the Confluent-compatible API by that id, then plain Avro decoding.
     */
    @Test
    void enrichedTopicIsInTheConfluentWireFormat() throws Exception {
        String topic = pipeline.topic(Topics.PAPERS_ENRICHED);
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.get().bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (records.size() < SAMPLE_PAPERS && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        assertThat(records).hasSizeGreaterThanOrEqualTo(SAMPLE_PAPERS);

        Map<Integer, Schema> writerSchemas = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            ByteBuffer bytes = ByteBuffer.wrap(record.value());
            assertThat(bytes.get()).as("magic byte").isEqualTo((byte) 0);
            int id = bytes.getInt();
            Schema writer = writerSchemas.computeIfAbsent(id, this::schemaById);
            GenericRecord paper = new GenericDatumReader<GenericRecord>(writer).read(null,
                    DecoderFactory.get().binaryDecoder(record.value(), 5, record.value().length - 5, null));
            assertThat(paper.get("paperId").toString()).isEqualTo(record.key());
            assertThat(paper.get("title").toString()).isNotBlank();
            assertThat(((GenericRecord) paper.get("source")).get("file").toString()).endsWith(".txt");
        }
        assertThat(writerSchemas).hasSize(1);
        Http.Response subjects = Http.get(SharedStack.get().ccompatUrl() + "/subjects");
        List<String> names = new ArrayList<>();
        subjects.body().forEach(n -> names.add(n.asText()));
        assertThat(names).contains(topic + "-value");
    }

    private Schema schemaById(int id) {
        Http.Response r = Http.get(SharedStack.get().ccompatUrl() + "/schemas/ids/" + id);
        assertThat(r.status()).as("schema %d from the Confluent-compatible API", id).isEqualTo(200);
        return new Schema.Parser().parse(r.body().get("schema").asText());
    }
}
