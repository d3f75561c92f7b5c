package io.paperstream.ingest;

import io.javalin.Javalin;
import io.micrometer.core.instrument.Gauge;
import io.paperstream.ingest.bucket.Bucket;
import io.paperstream.ingest.bucket.LocalFolderBucket;
import io.paperstream.ingest.publish.TransactionalPublisher;
import io.paperstream.ingest.state.FileStateLog;
import io.paperstream.runtime.PaperstreamService;
import io.paperstream.runtime.ServiceContext;
import io.paperstream.schemas.FileState;
import io.paperstream.schemas.FileStatus;
import io.paperstream.topics.TopicAdmin;
import io.paperstream.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** ingest-service: watches the bucket and publishes each report's papers exactly once. */
public final class IngestService implements PaperstreamService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final ServiceContext context;
    private final IngestOptions options;
    private final Topics topics;
    private final Bucket bucket;
    private final IngestMetrics metrics;
    private TransactionalPublisher publisher;
    private FileStateLog states;
    private IngestWorker worker;
    private Thread thread;

    public IngestService(ServiceContext context) {
        this(context, BucketFactory.from(context.settings()));
    }

    public IngestService(ServiceContext context, Bucket bucket) {
        this.context = context;
        this.options = IngestOptions.from(context.settings());
        this.topics = context.topics();
        this.bucket = bucket;
        this.metrics = new IngestMetrics(context.meters());
    }

    @Override
    public void start() {
        TopicAdmin.ensureTopics(context.kafkaConfig(), topics.topicSpecs(), context.replicationFactor());
        // Fence any previous instance first, so its open transaction is aborted before we read the states.
        publisher = new TransactionalPublisher(context.kafkaConfig(), options.transactionalId(), context.meters());
        states = FileStateLog.load(context.kafkaConfig(), topics.fileStates(), Duration.ofMinutes(2));
        for (FileStatus status : FileStatus.values()) {
            Gauge.builder("paperstream.ingest.files.current", states, s -> s.count(status))
                    .tag("state", status.name().toLowerCase()).description("Known files by current state")
                    .register(context.meters());
        }
        worker = new IngestWorker(bucket, states, publisher, topics, options, metrics, Clock.systemUTC());
        thread = new Thread(worker, "ingest-worker");
        thread.start();
    }

    @Override
    public boolean isReady() {
        return thread != null && thread.isAlive() && worker.lastScan() != null;
    }

    @Override
    public boolean isAlive() {
        return thread == null || thread.isAlive();
    }

    @Override
    public void addRoutes(Javalin app) {
        app.get("/files", ctx -> ctx.json(Map.of("items", states().files().stream()
                .sorted(Comparator.comparing(FileState::getUpdatedAt).reversed())
                .map(IngestService::fileJson).toList())));
        app.get("/files/{name}", ctx -> states().byName(ctx.pathParam("name")).ifPresentOrElse(
                s -> ctx.json(fileJson(s)),
                () -> ctx.status(404).json(Map.of("error", "not-found", "message",
                        "no file named " + ctx.pathParam("name")))));
        app.post("/files/{name}/retry", ctx -> {
            if (worker != null && worker.requestRetry(ctx.pathParam("name"))) {
                ctx.status(202).json(Map.of("retry", ctx.pathParam("name")));
            } else {
                ctx.status(404).json(Map.of("error", "not-found", "message", "no file named " + ctx.pathParam("name")));
            }
        });
    }

    private FileStateLog states() {
        if (states == null) {
            throw new IllegalStateException("ingest-service is still loading file states");
        }
        return states;
    }

    static Map<String, Object> fileJson(FileState s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.getName());
        m.put("location", s.getLocation());
        m.put("state", s.getState().name().toLowerCase());
        m.put("papers", s.getPapers());
        m.put("warnings", List.copyOf(s.getWarnings()));
        m.put("reason", s.getReason());
        m.put("duplicateOf", s.getDuplicateOf());
        m.put("sha256", s.getSha256());
        m.put("report", s.getReportId());
        m.put("size", s.getSize());
        m.put("attempts", s.getAttempts());
        m.put("updatedAt", s.getUpdatedAt().toString());
        return m;
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.stop();
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (publisher != null) {
            publisher.close();
        }
        bucket.close();
        log.info("ingest-service stopped");
    }
}
