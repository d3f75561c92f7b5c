package io.paperstream.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.paperstream.it.support.Http;
import io.paperstream.it.support.Pipeline;
import io.paperstream.it.support.SampleReports;
import io.paperstream.stack.SharedStack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * Every service's {@code /metrics} after one sample report went through the pipeline: Kafka client and
 * Streams meters, JVM meters, the pipeline's own meters with the values that run should give, and no secret
 * from the settings, neither there nor in the logs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsTest {

    /** Sample 002: 28 entries, of which entry 2 is a placeholder that ingest rejects. */
    private static final int SAMPLE = 2;
    /** Secrets under keys that reach every client without switching authentication on (PLAINTEXT, no registry auth). */
    private static final String KAFKA_SECRET = "kafka-key-secret-7f3a9c";
    private static final String REGISTRY_SECRET = "registry-secret-51e0d2";
    /** Every Kafka client logs its configuration through this logger when created (at INFO, which we mute). */
    private static final List<String> KAFKA_CONFIG_LOGGERS = List.of("org.apache.kafka.common.config.AbstractConfig");

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Map<String, Level> levelsBefore = new HashMap<>();
    private Pipeline pipeline;
    private double papersEmitted;

    @BeforeAll
    void runOneReportAndTwoUnreadableRecords() throws Exception {
        captureLogs();
        pipeline = Pipeline.start("metrics", 1, Map.of(
                "kafka.ssl.key.password", KAFKA_SECRET,
                "registry.apicurio.auth.password", REGISTRY_SECRET));
        SampleReports.drop(SampleReports.all().get(SAMPLE), pipeline.inbox(), "report.txt");
        Files.writeString(pipeline.inbox().resolve("empty.txt"), "");
        produceRaw("papers.ingested", "not-a-paper");
        produceRaw("papers.enriched", "not-an-enriched-paper");

        Awaitility.await("report ingested").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> value(scrape(ingestUrl()), "paperstream_ingest_files_total", Map.of("state", "completed")) >= 1);
        papersEmitted = value(scrape(ingestUrl()), "paperstream_ingest_papers_emitted_total", Map.of());
        Awaitility.await("every paper enriched, both unreadable records rejected").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300)).until(() -> {
                    String enrich = scrape(enrichUrl());
                    String index = scrape(indexUrl());
                    return value(enrich, "paperstream_enrich_papers_total", Map.of()) >= papersEmitted
                            && value(enrich, "paperstream_rejections_total", Map.of("stage", "enrich")) >= 1
                            && value(index, "paperstream_pipeline_end_to_end_seconds_count", Map.of()) >= papersEmitted
                            && value(index, "paperstream_rejections_total", Map.of("stage", "index")) >= 1;
                });
    }

    @AfterAll
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        restoreLogs();
    }

    @Test
    void ingestCountsFilesPapersAndRejectionsOfBothKinds() {
        String metrics = scrape(ingestUrl());

        assertThat(papersEmitted).isEqualTo(27);
        assertThat(value(metrics, "paperstream_ingest_files_total", Map.of("state", "rejected"))).isEqualTo(1);
        assertThat(value(metrics, "paperstream_rejections_total", Map.of("stage", "ingest", "reason", "empty-file")))
                .isEqualTo(1);
        assertThat(value(metrics, "paperstream_rejections_total",
                Map.of("stage", "ingest", "reason", "placeholder-entry"))).isEqualTo(1);
        assertThat(value(metrics, "paperstream_ingest_parse_time_seconds_count", Map.of())).isEqualTo(2);
        assertThat(metrics).contains("kafka_producer_");
    }

    @Test
    void enrichCountsAndTimesPapersAndCountsTheUnreadableRecord() {
        String metrics = scrape(enrichUrl());

        assertThat(value(metrics, "paperstream_enrich_papers_total", Map.of())).isEqualTo(papersEmitted);
        assertThat(value(metrics, "paperstream_enrich_time_seconds_count", Map.of())).isEqualTo(papersEmitted);
        assertThat(metrics).contains("paperstream_enrich_time_seconds_bucket{");
        assertThat(value(metrics, "paperstream_rejections_total",
                Map.of("stage", "enrich", "reason", "deserialization-failed"))).isEqualTo(1);
        assertThat(value(metrics, "paperstream_rejections_total",
                Map.of("stage", "enrich", "reason", "enrichment-failed"))).isZero();
        assertThat(metrics).contains("kafka_stream_", "kafka_consumer_", "kafka_producer_");
    }

    @Test
    void indexMeasuresEndToEndLatencyLagAndTheUnreadableRecord() {
        String metrics = scrape(indexUrl());

        assertThat(value(metrics, "paperstream_pipeline_end_to_end_seconds_count", Map.of())).isEqualTo(papersEmitted);
        assertThat(value(metrics, "paperstream_pipeline_end_to_end_seconds_sum", Map.of())).isPositive();
        assertThat(metrics).contains("paperstream_pipeline_end_to_end_seconds_bucket{");
        assertThat(value(metrics, "paperstream_rejections_total",
                Map.of("stage", "index", "reason", "deserialization-failed"))).isEqualTo(1);
        assertThat(value(metrics, "paperstream_index_lag_records", Map.of())).isGreaterThanOrEqualTo(0);
        assertThat(metrics).contains("kafka_stream_", "kafka_consumer_fetch_manager_");
    }

    @Test
    void everyServiceExposesJvmAndHttpMetricsUnderItsName() {
        for (String url : List.of(ingestUrl(), enrichUrl(), indexUrl())) {
            assertThat(Http.get(url + "/health").status()).isEqualTo(200);
            // A request is recorded once answered, so the /health just made shows up in a later scrape.
            Awaitility.await("/health recorded at " + url).atMost(Duration.ofSeconds(10))
                    .until(() -> scrape(url).contains("endpoint=\"/health\""));
            String metrics = scrape(url);
            assertThat(value(metrics, "paperstream_http_server_requests_seconds_count",
                    Map.of("endpoint", "/health", "method", "GET", "status", "200"))).isPositive();
            assertThat(metrics).as(url).contains("paperstream_http_server_requests_seconds_bucket{",
                    "jvm_memory_used_bytes{", "jvm_threads_live_threads{", "jvm_gc_", "process_cpu_usage{");
        }
        assertThat(scrape(ingestUrl())).contains("service=\"ingest\"").doesNotContain("service=\"index\"");
        assertThat(scrape(enrichUrl())).contains("service=\"enrich\"").doesNotContain("service=\"ingest\"");
        assertThat(scrape(indexUrl())).contains("service=\"index\"").doesNotContain("service=\"enrich\"");
    }

    @Test
    void noSecretFromTheSettingsAppearsInMetricsOrLogs() {
        for (String url : List.of(ingestUrl(), enrichUrl(), indexUrl())) {
            assertThat(scrape(url)).as(url).doesNotContain(KAFKA_SECRET, REGISTRY_SECRET);
        }
        List<String> lines = new ArrayList<>();
        synchronized (logs) {
            logs.list.forEach(e -> lines.add(e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()))));
        }
        // The check means something only if the settings and the client configurations were logged.
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("settings").contains("registry.apicurio.auth.password"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("ssl.key.password = [hidden]"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains(KAFKA_SECRET));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains(REGISTRY_SECRET));
    }

    private String ingestUrl() {
        return pipeline.ingestUrl();
    }

    private String enrichUrl() {
        return "http://127.0.0.1:" + pipeline.enrich().port();
    }

    private String indexUrl() {
        return pipeline.queryUrl(0);
    }

    private static String scrape(String url) {
        Http.Response r = Http.get(url + "/metrics");
        assertThat(r.status()).as("GET %s/metrics", url).isEqualTo(200);
        return r.raw().body();
    }

    /**
     * The sum of the samples of {@code name} whose labels include {@code labels}, from Prometheus text;
     * 0 when there is none.
     */
    private static double value(String scrape, String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            int valueStart = line.lastIndexOf(' ');
            String series = line.substring(0, valueStart);
            boolean matches = labels.entrySet().stream()
                    .allMatch(l -> series.contains(l.getKey() + "=\"" + l.getValue() + "\""));
            if (matches) {
                sum += Double.parseDouble(line.substring(valueStart + 1));
            }
        }
        return sum;
    }

    private void produceRaw(String topic, String text) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.get().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(pipeline.topic(topic), "unreadable",
                    text.getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
        }
    }

    private void captureLogs() {
        logs.setContext((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory());
        logs.start();
        root().addAppender(logs);
        for (String name : KAFKA_CONFIG_LOGGERS) {
            Logger logger = logger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(Level.INFO);
            // to the captured list only: the configuration dumps are long and would flood the console
            logger.setAdditive(false);
            logger.addAppender(logs);
        }
    }

    private void restoreLogs() {
        root().detachAppender(logs);
        for (String name : KAFKA_CONFIG_LOGGERS) {
            Logger logger = logger(name);
            logger.detachAppender(logs);
            logger.setAdditive(true);
            logger.setLevel(levelsBefore.get(name));
        }
        logs.stop();
    }

    private static Logger root() {
        return logger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static Logger logger(String name) {
        return (Logger) LoggerFactory.getLogger(name);
    }
}
