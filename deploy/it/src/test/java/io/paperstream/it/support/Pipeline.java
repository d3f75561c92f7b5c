package io.paperstream.it.support;

import io.paperstream.enrich.EnrichService;
import io.paperstream.index.IndexService;
import io.paperstream.ingest.IngestService;
import io.paperstream.runtime.ServiceRunner;
import io.paperstream.runtime.Settings;
import io.paperstream.schemas.PaperIngested;
import io.paperstream.serde.RegistryAvroSerdes;
import io.paperstream.stack.SharedStack;
import io.paperstream.topics.Topic;
import io.paperstream.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * The three services running in this JVM against the shared broker and registry. Each pipeline has its own
 * topic prefix, application ids, inbox and state, so tests in one run never see each other's papers.
 */
public final class Pipeline implements AutoCloseable {

    private final String prefix;
    private final Path home;
    private final Path inbox;
    private final Map<String, String> common;
    private ServiceRunner ingest;
    private ServiceRunner enrich;
    private final List<ServiceRunner> index = new ArrayList<>();

    private Pipeline(String name) {
        this(name, Map.of());
    }

    private Pipeline(String name, Map<String, String> extraSettings) {
        SharedStack stack = SharedStack.get();
        this.prefix = name + "-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        try {
            this.home = Files.createTempDirectory("paperstream-" + name);
            this.inbox = Files.createDirectories(home.resolve("inbox"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.common = new HashMap<>();
        common.put("kafka.bootstrap.servers", stack.bootstrapServers());
        common.put("registry.url", stack.registryCoreUrl());
        common.put("topics.prefix", prefix);
        common.put("http.host", "127.0.0.1");
        common.putAll(extraSettings);
    }

    /** Starts ingest, enrich and {@code indexInstances} index instances and waits until all are ready. */
    public static Pipeline start(String name, int indexInstances) {
        return start(name, indexInstances, Map.of());
    }

    /** As {@link #start(String, int)}, with {@code extraSettings} given to every service. */
    public static Pipeline start(String name, int indexInstances, Map<String, String> extraSettings) {
        Pipeline p = new Pipeline(name, extraSettings);
        try {
            p.startIngest(Map.of());
            p.enrich = ServiceRunner.start("enrich", p.settings("enrich", Map.of(
                    "streams.application.id", p.prefix + "enrich")), EnrichService::new);
            for (int i = 0; i < indexInstances; i++) {
                p.startIndex(i);
            }
            p.awaitReady();
            return p;
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /** Only ingest-service, for tests of ingestion alone. */
    public static Pipeline startIngestOnly(String name) {
        Pipeline p = new Pipeline(name);
        try {
            p.startIngest(Map.of());
            p.awaitReady();
            return p;
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /** Only ingest-service, with {@code extraIngestSettings} (e.g. an S3 source) over the test defaults. */
    public static Pipeline startIngestOnly(String name, Map<String, String> extraIngestSettings) {
        Pipeline p = new Pipeline(name);
        try {
            p.startIngest(extraIngestSettings);
            p.awaitReady();
            return p;
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    public ServiceRunner startIngest(Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(Map.of(
                "ingest.inbox", inbox.toString(),
                "ingest.settle", "100ms",
                "ingest.rescan.interval", "1s",
                "ingest.transactional.id", prefix + "ingest"));
        s.putAll(extra);
        ingest = ServiceRunner.start("ingest", settings("ingest", s), IngestService::new);
        return ingest;
    }

    public ServiceRunner startIndex(int instance) {
        return startIndex(instance, Map.of());
    }

    /** Starts one more index instance with {@code extra} settings over the test defaults (not yet ready). */
    public ServiceRunner startIndex(int instance, Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(Map.of(
                "http.port", Integer.toString(freePort()),
                "http.advertised.host", "127.0.0.1",
                "index.application.id", prefix + "index",
                "streams.application.id", prefix + "index",
                "index.standby.replicas", "1"));
        s.putAll(extra);
        ServiceRunner runner = ServiceRunner.start("index", settings("index-" + instance, s), IndexService::new);
        index.add(runner);
        return runner;
    }

    private Settings settings(String stateName, Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(common);
        s.put("http.port", "0");
        s.put("state.dir", home.resolve("state-" + stateName).toString());
        s.putAll(extra);
        return new Settings(s);
    }

    public void awaitReady() {
        List<ServiceRunner> all = new ArrayList<>(index);
        if (ingest != null) {
            all.add(ingest);
        }
        if (enrich != null) {
            all.add(enrich);
        }
        Awaitility.await("services ready").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> all.stream().allMatch(r -> r.service().isReady()));
    }

    public Path inbox() {
        return inbox;
    }

    public String prefix() {
        return prefix;
    }

    public String topic(String name) {
        return prefix + name;
    }

    public ServiceRunner ingest() {
        return ingest;
    }

    public ServiceRunner enrich() {
        return enrich;
    }

    public List<ServiceRunner> indexInstances() {
        return index;
    }

    /** The topic registry of this pipeline's prefix, with serdes talking to the shared registry. */
    public Topics topics() {
        return new Topics(new RegistryAvroSerdes(SharedStack.get().registryCoreUrl(), Map.of()), prefix);
    }

    /** Every committed record on this pipeline's papers.ingested. */
    public List<ConsumerRecord<String, PaperIngested>> papersIngested() {
        Topic<String, PaperIngested> topic = topics().papersIngested();
        return TopicReader.readCommitted(topic.name(), topic.valueSerde().deserializer());
    }

    /** A file's state as ingest's GET /files/{name} reports it, or "absent". */
    public String fileState(String name) {
        Http.Response r = Http.get(ingestUrl() + "/files/" + name);
        return r.status() == 200 ? r.body().get("state").asText() : "absent";
    }

    public void awaitFileState(String name, String state) {
        Awaitility.await(name + " " + state).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> fileState(name).equals(state));
    }

    public String ingestUrl() {
        return "http://127.0.0.1:" + ingest.port();
    }

    public String queryUrl(int instance) {
        return "http://127.0.0.1:" + index.get(instance).port();
    }

    /** Every paper the index serves, following cursors from the first page to the last. */
    public List<JsonNode> allPapers(int instance, int pageSize) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            Http.Response r = Http.get(queryUrl(instance) + "/papers?limit=" + pageSize
                    + (cursor == null ? "" : "&cursor=" + cursor));
            if (r.status() != 200) {
                throw new IllegalStateException("GET /papers answered " + r.status() + ": " + r.raw().body());
            }
            r.body().get("items").forEach(out::add);
            JsonNode next = r.body().get("next");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return out;
    }

    public void stopIngest() {
        if (ingest != null) {
            ingest.close();
            ingest = null;
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        index.forEach(ServiceRunner::close);
        if (enrich != null) {
            enrich.close();
        }
        stopIngest();
    }
}
