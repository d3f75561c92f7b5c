package io.paperstream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paperstream.stack.Endpoints;
import io.paperstream.stack.LocalStack;
import io.paperstream.stack.LocalStackConfig;
import io.paperstream.stack.Ports;
import io.paperstream.stack.StackBuild;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Whole-pipeline figures in one run on the local stack (in-JVM KRaft broker, registry and the three services as
 * child processes, a temporary data directory and a free base port):
 * <ol>
 *   <li>throughput: a generated corpus dropped into the inbox at once (written aside, renamed in); ingest papers/s
 *       (until every file is {@code completed}) and end-to-end papers/s (until every report is complete in the index);</li>
 *   <li>drop-to-queryable latency of single small reports dropped one at a time into the idle pipeline;</li>
 *   <li>key lookups and filtered lists under concurrent keep-alive load;</li>
 *   <li>the ceiling: Kafka's ProducerPerformance with the same record size and producer settings as ingest.</li>
 * </ol>
 * Writes {@code bench/results/<date>-<sha>.json} and a markdown summary beside it. See docs/benchmarks.md.
 */
public final class PipelineBenchmark {

    static final double GOAL_RATIO = 0.25;
    static final double GOAL_DROP_P99_MS = 500;
    static final double GOAL_LOOKUP_P99_MS = 2;
    static final double GOAL_LOOKUP_REQ_PER_S = 10_000;
    static final double GOAL_PARSER_MB_PER_S_PER_CORE = 100;
    static final double GOAL_ENRICH_PAPERS_PER_S_PER_CORE = 20_000;

    /** Internal: set by the first JVM for the second, which runs the stack from a snapshot of the service jars. */
    static final String DATA_DIR_OPTION = "--internal-data-dir";
    static final String PROJECT_ROOT_OPTION = "--internal-project-root";
    private static final List<String> SERVICE_MODULES = List.of(LocalStack.INGEST_MODULE, LocalStack.ENRICH_MODULE,
            LocalStack.INDEX_MODULE);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Command-line options; every one has a default. */
    record Options(int papers, Integer reports, long seed, int latencyReports, int latencyPapers, int lookups, int lists,
                   int threads, int warmup, int indexInstances, long transactionMs, Duration throughputTimeout,
                   Path resultsDir, boolean keepData, boolean threadDumps, boolean profile, Path dataDir, Path projectRoot) {

        static Options parse(String[] args) {
            int papers = 100_000;
            Integer reports = null;
            long seed = 42;
            int latencyReports = 60;
            int latencyPapers = 3;
            int lookups = 20_000;
            int lists = 10_000;
            int threads = 8;
            int warmup = 2_000;
            int instances = 1;
            long transactionMs = 100;
            Duration timeout = Duration.ofMinutes(60);
            Path results = null;
            boolean keep = false;
            boolean dumps = false;
            boolean profile = false;
            Path data = null;
            Path root = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--keep-data")) {
                    keep = true;
                    continue;
                }
                if (a.equals("--thread-dumps")) {
                    dumps = true;
                    continue;
                }
                if (a.equals("--profile")) {
                    profile = true;
                    continue;
                }
                if (a.equals("-h") || a.equals("--help")) {
                    System.out.println(usage());
                    System.exit(0);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value\n" + usage());
                }
                String v = args[++i];
                switch (a) {
                    case "--papers" -> papers = Integer.parseInt(v);
                    case "--reports" -> reports = Integer.parseInt(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--latency-reports" -> latencyReports = Integer.parseInt(v);
                    case "--latency-papers" -> latencyPapers = Integer.parseInt(v);
                    case "--lookups" -> lookups = Integer.parseInt(v);
                    case "--lists" -> lists = Integer.parseInt(v);
                    case "--threads" -> threads = Integer.parseInt(v);
                    case "--warmup" -> warmup = Integer.parseInt(v);
                    case "--index-instances" -> instances = Integer.parseInt(v);
                    case "--transaction-ms" -> transactionMs = Long.parseLong(v);
                    case "--timeout-minutes" -> timeout = Duration.ofMinutes(Long.parseLong(v));
                    case "--results" -> results = Path.of(v);
                    case DATA_DIR_OPTION -> data = Path.of(v);
                    case PROJECT_ROOT_OPTION -> root = Path.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + a + "\n" + usage());
                }
            }
            if (papers < 1 || latencyReports < 1 || latencyPapers < 1 || lookups < 1 || lists < 1 || threads < 1) {
                throw new IllegalArgumentException("counts must be positive\n" + usage());
            }
            return new Options(papers, reports, seed, latencyReports, latencyPapers, lookups, lists, threads, warmup,
                    instances, transactionMs, timeout, results, keep, dumps, profile, data, root);
        }

        int reportCount() {
            return reports != null ? reports : ReportGenerator.Options.defaultReports(papers);
        }

        static String usage() {
            return """
                    Usage: PipelineBenchmark [options]
                      --papers N            papers in the throughput corpus            [100000]
                      --reports N           reports they are spread over               [papers/30]
                      --seed S              generator seed                             [42]
                      --latency-reports N   single reports dropped one at a time       [60]
                      --latency-papers N    papers in each of those                    [3]
                      --lookups N           GET /papers/{id} requests                  [20000]
                      --lists N             GET /papers?technique=…&limit=50 requests  [10000]
                      --threads N           concurrent connections for the query load  [8]
                      --warmup N            unmeasured requests of each kind first     [2000]
                      --index-instances N   index-service processes                    [1]
                      --transaction-ms N    ProducerPerformance transaction duration   [100]
                      --timeout-minutes N   give up on the throughput phase after      [60]
                      --results DIR         where the JSON and summary go              [<project>/bench/results]
                      --keep-data           keep the temporary data directory (logs, metrics, corpus)
                      --profile             JFR (default settings, ~1 % overhead) of every JVM during the throughput
                                            phase and of index-0 during the query load, into the data directory
                      --thread-dumps        jcmd Thread.print of every service every 10 s of the throughput and query phases""";
        }
    }

    private final Options options;
    private final HttpClient http = HttpLoad.newClient();
    private final ObjectNode results = JSON.createObjectNode();
    private Path dataDir;
    private Endpoints endpoints;

    private PipelineBenchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.dataDir() == null) {
            System.exit(relaunchWithSnapshot(args));
            return;
        }
        Path dataDir = options.dataDir();
        // before the first logger exists: the broker logs to $DATA/logs/stack.log, only errors reach the console
        System.setProperty("paperstream.log.dir", dataDir.resolve("logs").toString());
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "paperstream-stack-logback.xml");
        }
        int code = new PipelineBenchmark(options).run(dataDir);
        System.exit(code);
    }

    /**
     * Other builds rewrite {@code <module>/target/*-all.jar} at any time, and a jar replaced under a running service
     * breaks its class loading. So the services run from copies: this JVM copies the three jars (checked to be whole
     * jars) into the data directory and runs the benchmark in a second JVM with PAPERSTREAM_HOME pointing there.
     */
    private static int relaunchWithSnapshot(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("paperstream-bench-");
        StackBuild build = StackBuild.load();
        Path home = dataDir.resolve("home");
        for (String module : SERVICE_MODULES) {
            Path jar = build.serviceJar(module);
            Path copy = home.resolve(module).resolve("target").resolve(jar.getFileName());
            Files.createDirectories(copy.getParent());
            copyWholeJar(jar, copy);
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PipelineBenchmark.class.getName());
        command.addAll(List.of(args));
        command.addAll(List.of(DATA_DIR_OPTION, dataDir.toString(), PROJECT_ROOT_OPTION, build.projectRoot().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(StackBuild.PROJECT_HOME_ENV, home.toString());
        Process child = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "bench-child-stop"));
        return child.waitFor();
    }

    /** Copies a jar, retrying while a concurrent build is still writing it (the copy must hold its own Main-Class). */
    private static void copyWholeJar(Path jar, Path copy) throws Exception {
        for (int attempt = 1; ; attempt++) {
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            try (java.util.jar.JarFile zip = new java.util.jar.JarFile(copy.toFile())) {
                String main = zip.getManifest() == null ? null : zip.getManifest().getMainAttributes().getValue("Main-Class");
                if (main != null && zip.getEntry(main.replace('.', '/') + ".class") != null) {
                    return;
                }
            } catch (IOException e) {
                if (attempt >= 30) {
                    throw new IOException(jar + " is not a whole jar (a build is writing it?)", e);
                }
            }
            log("%s is being rewritten by a build; trying again in 10 s", jar.getFileName());
            Thread.sleep(10_000);
        }
    }

    private int run(Path dataDir) throws Exception {
        this.dataDir = dataDir;
        Path root = options.projectRoot() != null ? options.projectRoot() : StackBuild.load().projectRoot();
        Path resultsDir = options.resultsDir() != null ? options.resultsDir() : root.resolve("bench").resolve("results");
        String startLoad = MachineFacts.loadAverage();
        Instant startedAt = Instant.now();
        log("data directory %s; load average at start %s", dataDir, startLoad);
        if (!"127.0.0.1".equals(System.getenv("PAPERSTREAM_HTTP_HOST"))) {
            log("note: PAPERSTREAM_HTTP_HOST is not 127.0.0.1, so the services listen on every interface during the run");
        }

        Path corpusDir = dataDir.resolve("corpus");
        Path latencyDir = dataDir.resolve("latency-corpus");
        long began = System.nanoTime();
        ReportGenerator.Corpus corpus = new ReportGenerator(new ReportGenerator.Options(options.papers(),
                options.reportCount(), options.seed(), ReportGenerator.DEFAULT_BROKEN_RATE, 0, "bench-")).write(corpusDir);
        ReportGenerator.Corpus latencyCorpus = new ReportGenerator(new ReportGenerator.Options(
                options.latencyPapers() * options.latencyReports(), options.latencyReports(), options.seed() + 1, 0,
                options.papers(), "latency-")).write(latencyDir);
        log("generated %d reports, %d papers, %d broken entries, %.1f MB in %.1f s", corpus.reports().size(),
                corpus.papers(), corpus.rejectedEntries(), corpus.bytes() / 1e6, (System.nanoTime() - began) / 1e9);

        Path inbox = dataDir.resolve("inbox");
        LocalStackConfig config = new LocalStackConfig(dataDir, inbox, freeBasePort(options.indexInstances()),
                options.indexInstances());
        LocalStack stack = new LocalStack(config, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-stack-shutdown"));
        int exit = 0;
        try {
            endpoints = stack.start();
            log("stack ready in %.1f s", stack.uptimeSeconds());
            Thread dumps = options.threadDumps() ? startThreadDumps() : null;
            jfr("throughput", true, servicePids());
            throughput(corpus, inbox);
            jfr("throughput", false, servicePids());
            latency(latencyCorpus, inbox);
            Map<String, Double> cpuBefore = cpuSeconds();
            Map<String, Long> index0 = Map.of("index-0", endpoints.indexPids().get(0));
            jfr("queries", true, index0);
            queries();
            jfr("queries", false, index0);
            Map<String, Double> cpuAfter = cpuSeconds();
            ObjectNode cpu = results.putObject("cpu_seconds_during_queries");
            cpuAfter.forEach((name, after) -> cpu.put(name, round(after - cpuBefore.getOrDefault(name, 0.0), 1)));
            if (dumps != null) {
                dumps.interrupt();
            }
            ceiling();
            saveMetrics();
        } catch (Exception e) {
            exit = 1;
            System.err.println("benchmark failed: " + e);
            e.printStackTrace();
            results.put("error", e.toString());
        } finally {
            String endLoad = MachineFacts.loadAverage();
            machine(startLoad, endLoad, startedAt, root);
            stack.close();
        }
        if (exit == 0) {
            writeResults(resultsDir, root);
        }
        if (options.keepData()) {
            log("data kept in %s (logs/, metrics-*.txt, dumps/, corpus/)", dataDir);
        } else {
            deleteRecursively(dataDir);
        }
        return exit;
    }

    // ---------------------------------------------------------------- throughput

    private void throughput(ReportGenerator.Corpus corpus, Path inbox) throws Exception {
        String ingest = endpoints.ingest().get(0);
        String query = endpoints.query().get(0);
        Map<String, Double> cpuBefore = cpuSeconds();
        List<Path> files = corpus.reports().stream().map(r -> corpus.dir().resolve(r.file())).toList();
        log("throughput: dropping %d reports (%d papers) into the inbox", files.size(), corpus.papers());

        Instant droppedAt = Instant.now();
        long t0 = System.nanoTime();
        for (Path file : files) {
            // the corpus lives on the same file system: a rename is the atomic "drop" a real writer does
            Files.move(file, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        double renameSeconds = (System.nanoTime() - t0) / 1e9;
        long deadline = t0 + options.throughputTimeout().toNanos();

        // the index side: each report in turn until complete; reports finish roughly in the order ingest takes them
        long[] e2eDoneAt = {0};
        Exception[] e2eFailure = {null};
        Thread indexWatcher = new Thread(() -> {
            try {
                for (ReportGenerator.GeneratedReport report : corpus.reports()) {
                    awaitReportComplete(query, report.reportId(), deadline);
                }
                e2eDoneAt[0] = System.nanoTime();
            } catch (Exception e) {
                e2eFailure[0] = e;
            }
        }, "bench-index-watcher");
        indexWatcher.start();

        // the ingest side: every file completed; the completion instant is ingest's own updatedAt
        Instant ingestDone = null;
        int lastLogged = -1;
        while (ingestDone == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("ingest did not complete every file within " + options.throughputTimeout());
            }
            Thread.sleep(1000);
            JsonNode items = getJson(ingest + "/files").path("items");
            int completed = 0;
            Instant latest = null;
            for (JsonNode item : items) {
                if (!item.path("name").asText().startsWith("bench-")) {
                    continue;
                }
                String state = item.path("state").asText();
                if (state.equals("completed")) {
                    completed++;
                    Instant at = Instant.parse(item.path("updatedAt").asText());
                    latest = latest == null || at.isAfter(latest) ? at : latest;
                } else if (state.equals("rejected") || state.equals("failed") || state.equals("duplicate")) {
                    throw new IllegalStateException("ingest did not take " + item.path("name").asText() + ": " + item);
                }
            }
            if (completed / 500 != lastLogged) {
                lastLogged = completed / 500;
                log("  ingest: %d of %d files completed (%.0f s)", completed, files.size(), (System.nanoTime() - t0) / 1e9);
            }
            if (completed == files.size()) {
                ingestDone = latest;
            }
        }
        indexWatcher.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        if (e2eFailure[0] != null) {
            throw e2eFailure[0];
        }
        if (e2eDoneAt[0] == 0) {
            throw new IllegalStateException("the index did not complete every report within " + options.throughputTimeout());
        }
        Map<String, Double> cpuAfter = cpuSeconds();

        double ingestSeconds = Math.max(1e-3, Duration.between(droppedAt, ingestDone).toNanos() / 1e9);
        double e2eSeconds = (e2eDoneAt[0] - t0) / 1e9;
        int papers = corpus.papers();
        int indexed = countIndexed(query, corpus);
        results.put("papers", papers);
        results.put("reports", corpus.reports().size());
        results.put("broken_entries", corpus.rejectedEntries());
        results.put("corpus_bytes", corpus.bytes());
        results.put("ingest_seconds", round(ingestSeconds, 3));
        results.put("e2e_seconds", round(e2eSeconds, 3));
        results.put("ingest_papers_per_s", round(papers / ingestSeconds, 1));
        results.put("ingest_mb_per_s", round(corpus.bytes() / 1e6 / ingestSeconds, 2));
        results.put("e2e_papers_per_s", round(papers / e2eSeconds, 1));
        results.put("papers_indexed_after_run", indexed);
        results.put("drop_rename_seconds", round(renameSeconds, 3));
        ObjectNode cpu = results.putObject("cpu_seconds_during_throughput");
        cpuAfter.forEach((name, after) -> cpu.put(name, round(after - cpuBefore.getOrDefault(name, 0.0), 1)));
        log("throughput: ingest %.1f s = %.0f papers/s (%.1f MB/s); end to end %.1f s = %.0f papers/s; indexed %d; CPU s %s",
                ingestSeconds, papers / ingestSeconds, corpus.bytes() / 1e6 / ingestSeconds, e2eSeconds, papers / e2eSeconds,
                indexed, cpu);
    }

    /** Polls GET /reports/{id}?wait=… until complete; 404 means not summarised yet. */
    private void awaitReportComplete(String query, String reportId, long deadline) throws Exception {
        while (System.nanoTime() < deadline) {
            HttpResponse<byte[]> response = get(query + "/reports/" + reportId + "?wait=30s");
            if (response.statusCode() == 200 && JSON.readTree(response.body()).path("complete").asBoolean()) {
                return;
            }
            if (response.statusCode() != 200) {
                Thread.sleep(200); // unknown yet (404) or the index is busy (503): ask again shortly
            }
        }
        throw new IllegalStateException("report " + reportId + " was not complete in the index in time");
    }

    /** The sum of {@code indexed} over the corpus's reports, as a cross-check of the papers the index holds. */
    private int countIndexed(String query, ReportGenerator.Corpus corpus) throws Exception {
        int indexed = 0;
        for (ReportGenerator.GeneratedReport report : corpus.reports()) {
            indexed += getJson(query + "/reports/" + report.reportId()).path("indexed").asInt();
        }
        return indexed;
    }

    // ---------------------------------------------------------------- latency

    private void latency(ReportGenerator.Corpus corpus, Path inbox) throws Exception {
        String query = endpoints.query().get(0);
        log("latency: %d single reports of %d papers, one at a time", corpus.reports().size(), options.latencyPapers());
        Thread.sleep(2000); // let the pipeline go idle after the throughput phase
        long[] nanos = new long[corpus.reports().size()];
        int measured = 0;
        int timeouts = 0;
        for (ReportGenerator.GeneratedReport report : corpus.reports()) {
            Thread.sleep(300);
            Path file = corpus.dir().resolve(report.file());
            long t0 = System.nanoTime();
            Files.move(file, inbox.resolve(report.file()), StandardCopyOption.ATOMIC_MOVE);
            long deadline = t0 + Duration.ofSeconds(30).toNanos();
            boolean complete = false;
            while (!complete && System.nanoTime() < deadline) {
                HttpResponse<byte[]> response = get(query + "/reports/" + report.reportId());
                complete = response.statusCode() == 200 && JSON.readTree(response.body()).path("complete").asBoolean();
                if (!complete) {
                    Thread.sleep(5);
                }
            }
            if (complete) {
                nanos[measured++] = System.nanoTime() - t0;
            } else {
                timeouts++;
            }
        }
        Percentiles p = Percentiles.of(nanos, measured);
        results.put("drop_to_queryable_samples", measured);
        results.put("drop_to_queryable_timeouts", timeouts);
        results.put("drop_to_queryable_p50_ms", round(p.millis(50), 1));
        results.put("drop_to_queryable_p95_ms", round(p.millis(95), 1));
        results.put("drop_to_queryable_p99_ms", round(p.millis(99), 1));
        results.put("drop_to_queryable_max_ms", round(p.maxMillis(), 1));
        results.put("drop_to_queryable_min_ms", round(Percentiles.of(nanos, measured).millis(0), 1));
        log("latency: %d samples (%d timed out): p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms", measured, timeouts,
                p.millis(50), p.millis(95), p.millis(99), p.maxMillis());
    }

    // ---------------------------------------------------------------- query load

    private void queries() throws Exception {
        String query = endpoints.query().get(0);
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int wanted = Math.min(options.lookups(), 50_000);
        do {
            String url = query + "/papers?limit=1000" + (cursor == null ? "" : "&cursor=" + encode(cursor));
            JsonNode page = getJson(url);
            page.path("items").forEach(item -> ids.add(item.path("id").asText()));
            cursor = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asText();
        } while (cursor != null && ids.size() < wanted);
        // spread the lookups over the whole id space, not just the first pages: a fixed shuffle
        java.util.Collections.shuffle(ids, new Random(options.seed()));
        List<String> techniques = new ArrayList<>();
        getJson(query + "/techniques").path("items").forEach(t -> {
            if (t.path("papers").asInt() > 0) {
                techniques.add(t.path("id").asText());
            }
        });
        if (ids.isEmpty() || techniques.isEmpty()) {
            throw new IllegalStateException("the index has no papers or no techniques to query");
        }
        log("queries: %d known ids, %d techniques (%s), %d threads", ids.size(), techniques.size(), techniques, options.threads());
        HttpLoad load = new HttpLoad(http, options.threads());
        Duration maxTime = Duration.ofMinutes(5);
        java.util.function.IntFunction<URI> lookup = i -> URI.create(query + "/papers/" + ids.get(i % ids.size()));
        java.util.function.IntFunction<URI> list = i -> URI.create(query + "/papers?technique="
                + encode(techniques.get(i % techniques.size())) + "&limit=50");
        load.run("warm-up lookups", options.warmup(), maxTime, lookup);
        HttpLoad.Result lookups = load.run("key lookups", options.lookups(), maxTime, lookup);
        log("%s", lookups);
        load.run("warm-up lists", options.warmup(), maxTime, list);
        HttpLoad.Result lists = load.run("filtered lists", options.lists(), maxTime, list);
        log("%s", lists);
        put("key_lookup", lookups);
        put("list", lists);
        results.put("query_threads", options.threads());
    }

    private void put(String prefix, HttpLoad.Result r) {
        results.put(prefix + "_requests", r.requests());
        results.put(prefix + "_errors", r.errors());
        results.put(prefix + "_req_per_s", round(r.requestsPerSecond(), 1));
        results.put(prefix + "_p50_ms", round(r.latency().millis(50), 3));
        results.put(prefix + "_p99_ms", round(r.latency().millis(99), 3));
        results.put(prefix + "_max_ms", round(r.latency().maxMillis(), 3));
    }

    // ---------------------------------------------------------------- ceiling

    private void ceiling() throws Exception {
        KafkaCeiling ceiling = new KafkaCeiling(endpoints.kafka());
        KafkaCeiling.RecordSizes sizes = ceiling.measureSourceTopic(200_000);
        int recordSize = (int) Math.round(sizes.averageBytes());
        long records = Math.max(10_000, options.papers());
        log("ceiling: papers.ingested has %d partitions, average record %d bytes (key+value, over %d records); "
                + "ProducerPerformance with %d records", sizes.partitions(), recordSize, sizes.records(), records);
        KafkaCeiling.Result r = ceiling.run(records, recordSize, sizes.partitions(), options.transactionMs());
        results.put("kafka_producer_records_per_s", round(r.recordsPerSecond(), 1));
        results.put("kafka_producer_mb_per_s", r.megabytesPerSecond());
        results.put("kafka_producer_avg_latency_ms", r.avgLatencyMs());
        results.put("kafka_producer_p99_latency_ms", r.p99LatencyMs());
        results.put("kafka_producer_record_bytes", recordSize);
        results.put("kafka_producer_records", r.records());
        results.put("kafka_producer_partitions", r.partitions());
        results.put("kafka_producer_transaction_ms", r.transactionMs());
        results.put("kafka_producer_settings", "acks=all enable.idempotence=true linger.ms=5 compression.type=lz4 transactional");
        results.put("kafka_producer_summary", r.summaryLine());
        results.put("papers_ingested_avg_value_bytes", round(sizes.averageValueBytes(), 1));
        double e2e = results.path("e2e_papers_per_s").asDouble();
        results.put("ratio", round(e2e / r.recordsPerSecond(), 4));
    }

    // ---------------------------------------------------------------- machine, metrics, output

    private void machine(String startLoad, String endLoad, Instant startedAt, Path root) {
        ObjectNode m = results.putObject("machine");
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", MachineFacts.cpuModel());
        m.put("memory_bytes", MachineFacts.memoryBytes());
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("load_average_start", startLoad);
        m.put("load_average_end", endLoad);
        m.put("service_heap", "-Xmx512m each (LocalStack)");
        results.put("started_at", startedAt.toString());
        results.put("finished_at", Instant.now().toString());
        results.put("git_sha", MachineFacts.gitShortSha(root));
        results.put("git_dirty", MachineFacts.gitDirty(root));
        results.put("index_instances", options.indexInstances());
        results.put("seed", options.seed());
    }

    private Map<String, Double> cpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("stack_jvm_broker_and_bench", MachineFacts.cpuSeconds(ProcessHandle.current().pid()));
        endpoints.ingestPids().forEach(pid -> cpu.put("ingest", MachineFacts.cpuSeconds(pid)));
        endpoints.enrichPids().forEach(pid -> cpu.put("enrich", MachineFacts.cpuSeconds(pid)));
        for (int i = 0; i < endpoints.indexPids().size(); i++) {
            cpu.put("index-" + i, MachineFacts.cpuSeconds(endpoints.indexPids().get(i)));
        }
        return cpu;
    }

    private Map<String, Long> servicePids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("ingest", endpoints.ingestPids().get(0));
        pids.put("enrich", endpoints.enrichPids().get(0));
        for (int i = 0; i < endpoints.indexPids().size(); i++) {
            pids.put("index-" + i, endpoints.indexPids().get(i));
        }
        pids.put("stack", ProcessHandle.current().pid());
        return pids;
    }

    /** Starts or stops a JFR recording named after the phase in each JVM (only with --profile). */
    private void jfr(String phase, boolean start, Map<String, Long> pids) throws Exception {
        if (!options.profile()) {
            return;
        }
        results.put("profiled_with_jfr", true);
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            List<String> command = new ArrayList<>(List.of("jcmd", Long.toString(e.getValue())));
            if (start) {
                command.addAll(List.of("JFR.start", "name=" + phase, "settings=default",
                        "filename=" + dataDir.resolve("jfr").resolve(phase + "-" + e.getKey() + ".jfr")));
                Files.createDirectories(dataDir.resolve("jfr"));
            } else {
                command.addAll(List.of("JFR.stop", "name=" + phase));
            }
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("jfr").resolve("jcmd.log").toFile()))
                    .start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Thread startThreadDumps() {
        Path dir = dataDir.resolve("dumps");
        Thread thread = new Thread(() -> {
            try {
                Files.createDirectories(dir);
                for (int round = 0; !Thread.currentThread().isInterrupted(); round++) {
                    Thread.sleep(10_000);
                    Map<String, Long> pids = new LinkedHashMap<>();
                    pids.put("ingest", endpoints.ingestPids().get(0));
                    pids.put("enrich", endpoints.enrichPids().get(0));
                    pids.put("index-0", endpoints.indexPids().get(0));
                    pids.put("stack", ProcessHandle.current().pid());
                    log("thread dumps, round %d", round);
                    for (Map.Entry<String, Long> e : pids.entrySet()) {
                        new ProcessBuilder("jcmd", Long.toString(e.getValue()), "Thread.print")
                                .redirectErrorStream(true)
                                .redirectOutput(dir.resolve(e.getKey() + "-" + round + ".txt").toFile())
                                .start().waitFor(20, TimeUnit.SECONDS);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                log("thread dumps stopped: %s", e);
            }
        }, "bench-thread-dumps");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void saveMetrics() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("ingest", endpoints.ingest().get(0));
        urls.put("enrich", endpoints.enrich().get(0));
        for (int i = 0; i < endpoints.query().size(); i++) {
            urls.put("index-" + i, endpoints.query().get(i));
        }
        urls.forEach((name, url) -> {
            try {
                Files.write(dataDir.resolve("metrics-" + name + ".txt"), get(url + "/metrics").body());
            } catch (Exception e) {
                log("could not save metrics of %s: %s", name, e);
            }
        });
    }

    private void writeResults(Path dir, Path root) throws IOException {
        Files.createDirectories(dir);
        String name = LocalDate.now(ZoneOffset.UTC) + "-" + results.path("git_sha").asText("nogit");
        Path json = dir.resolve(name + ".json");
        Files.writeString(json, JSON.writeValueAsString(results) + "\n");
        Path markdown = dir.resolve(name + ".md");
        Files.writeString(markdown, BenchmarkSummary.markdown(results, name));
        log("results: %s and %s", root.relativize(json.toAbsolutePath()), root.relativize(markdown.toAbsolutePath()));
    }

    // ---------------------------------------------------------------- helpers

    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(70)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(url);
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(response.body());
    }

    /** A base port whose 15 ports (and one per extra index instance) are free, chosen at random above 20000. */
    private static int freeBasePort(int indexInstances) {
        Random random = new Random();
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20_000 + random.nextInt(40_000);
            boolean free = true;
            for (int port = base; port <= base + 14 && free; port++) {
                free = Ports.isAvailable(port);
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no free range of 15 ports found");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench %s] %s%n", java.time.LocalTime.now().withNano(0), String.format(Locale.ROOT, format, args));
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log("could not delete %s: %s", dir, e);
        }
    }
}
