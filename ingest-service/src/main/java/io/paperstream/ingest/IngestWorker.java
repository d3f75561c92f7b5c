package io.paperstream.ingest;

import io.paperstream.ingest.IngestOptions.Cleanup;
import io.paperstream.ingest.bucket.Bucket;
import io.paperstream.ingest.bucket.BucketObject;
import io.paperstream.ingest.publish.TransactionalPublisher;
import io.paperstream.ingest.report.ContentDigest;
import io.paperstream.ingest.report.EntryRejection;
import io.paperstream.ingest.report.FileRejection;
import io.paperstream.ingest.report.ParseOutcome;
import io.paperstream.ingest.report.ParsedPaper;
import io.paperstream.ingest.report.ParsedReport;
import io.paperstream.ingest.report.ReportParser;
import io.paperstream.ingest.state.FileStateLog;
import io.paperstream.schemas.FileState;
import io.paperstream.schemas.FileStatus;
import io.paperstream.schemas.PaperIngested;
import io.paperstream.schemas.PaperSource;
import io.paperstream.schemas.Rejection;
import io.paperstream.schemas.ReportSummary;
import io.paperstream.topics.Topics;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scan loop: lists the bucket, waits for each new or changed file to settle, and turns it into
 * paper events, a report summary and a {@code COMPLETED} file state in one Kafka transaction. A crash
 * before the commit leaves nothing visible, and the file's last committed state ({@code PROCESSING})
 * makes the next run process it again.
 */
public final class IngestWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(IngestWorker.class);
    private static final Duration SETTLE_POLL = Duration.ofMillis(100);
    private static final Duration SCAN_ERROR_BACKOFF = Duration.ofSeconds(5);

    private final Bucket bucket;
    private final FileStateLog states;
    private final TransactionalPublisher publisher;
    private final Topics topics;
    private final IngestOptions options;
    private final IngestMetrics metrics;
    private final Clock clock;

    /** Files seen but not yet stable: location → (version, since). */
    private final Map<String, Sighting> settling = new HashMap<>();
    private final Set<String> retryRequested = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;
    private volatile Instant lastScan;

    private record Sighting(String version, Instant since) {
    }

    IngestWorker(Bucket bucket, FileStateLog states, TransactionalPublisher publisher, Topics topics,
                 IngestOptions options, IngestMetrics metrics, Clock clock) {
        this.bucket = bucket;
        this.states = states;
        this.publisher = publisher;
        this.topics = topics;
        this.options = options;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void run() {
        log.info("Watching {}", bucket.describe());
        while (running) {
            try {
                scanOnce();
                bucket.awaitChange(settling.isEmpty() ? options.rescanInterval() : SETTLE_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // A long rescan interval (notification mode) must not turn one listing error into a long pause.
                Duration backoff = options.rescanInterval().compareTo(SCAN_ERROR_BACKOFF) < 0
                        ? options.rescanInterval() : SCAN_ERROR_BACKOFF;
                log.error("Scanning {} failed; trying again in {}", bucket.describe(), backoff, e);
                sleep(backoff);
            }
        }
    }

    void stop() {
        running = false;
    }

    Instant lastScan() {
        return lastScan;
    }

    /** Asks for a failed or rejected file to be processed again on the next scan. */
    boolean requestRetry(String name) {
        Optional<FileState> state = states.byName(name);
        state.ifPresent(s -> retryRequested.add(s.getLocation()));
        return state.isPresent();
    }

    /** One pass over the bucket; processes every file that has settled. */
    void scanOnce() throws IOException {
        Instant now = clock.instant();
        List<BucketObject> objects = bucket.list();
        Set<String> present = new HashSet<>();
        for (BucketObject object : objects) {
            present.add(object.location());
            Optional<FileState> known = states.at(object.location());
            boolean retry = retryRequested.contains(object.location());
            if (!retry && known.isPresent() && isDone(known.get(), object, now)) {
                continue;
            }
            Sighting seen = settling.get(object.location());
            if (seen == null || !seen.version().equals(object.version())) {
                settling.put(object.location(), new Sighting(object.version(), now));
                continue;
            }
            if (Duration.between(seen.since(), now).compareTo(options.settle()) < 0) {
                continue;
            }
            settling.remove(object.location());
            retryRequested.remove(object.location());
            process(object, known.filter(k -> object.version().equals(k.getVersion())));
        }
        settling.keySet().retainAll(present);
        lastScan = now;
    }

    /** True when this version of the file needs no more work now. */
    private boolean isDone(FileState state, BucketObject object, Instant now) {
        if (!object.version().equals(state.getVersion())) {
            return false;
        }
        return switch (state.getState()) {
            case COMPLETED, REJECTED, DUPLICATE -> true;
            case FAILED -> state.getAttempts() >= options.maxAttempts()
                    || now.isBefore(state.getUpdatedAt().plus(options.retryBackoff().multipliedBy(state.getAttempts())));
            default -> false; // DISCOVERED or PROCESSING from a run that did not finish: do it again
        };
    }

    private void process(BucketObject object, Optional<FileState> sameVersion) {
        Instant discoveredAt = sameVersion.map(FileState::getDiscoveredAt).orElse(clock.instant());
        int attempt = sameVersion.map(FileState::getAttempts).orElse(0) + 1;
        FileState.Builder base = FileState.newBuilder()
                .setName(object.name())
                .setLocation(object.location())
                .setSize(object.size())
                .setVersion(object.version())
                .setModifiedAt(object.modifiedAt())
                .setAttempts(attempt)
                .setDiscoveredAt(discoveredAt)
                .setUpdatedAt(clock.instant());
        metrics.file(FileStatus.DISCOVERED);
        try {
            if (object.size() > options.maxFileBytes()) {
                rejectFile(object, base, null, new FileRejection("too-large", "File is " + object.size()
                        + " bytes; the limit (ingest.max.file.bytes) is " + options.maxFileBytes(), null));
                return;
            }
            commitState(base.setState(FileStatus.PROCESSING).build());
            Instant started = clock.instant();
            ParseOutcome outcome;
            String sha256;
            try (InputStream raw = bucket.open(object)) {
                CountingStream counted = new CountingStream(raw);
                ContentDigest digest = ContentDigest.wrap(counted);
                outcome = ReportParser.parse(digest.stream());
                sha256 = digest.sha256Hex();
                metrics.bytesRead(counted.count);
            }
            metrics.parsed(Duration.between(started, clock.instant()));
            base.setSha256(sha256).setReportId(sha256.substring(0, ContentDigest.REPORT_ID_HEX_CHARS));
            Optional<FileState> original = states.completedWithContent(sha256);
            if (original.isPresent()) {
                recordDuplicate(object, base, original.get());
            } else if (outcome instanceof FileRejection rejection) {
                rejectFile(object, base, sha256, rejection);
            } else {
                complete(object, base, sha256, discoveredAt, (ParsedReport) outcome);
            }
        } catch (Exception e) {
            fail(object, base, e);
        }
    }

    private void complete(BucketObject object, FileState.Builder base, String sha256, Instant discoveredAt,
                          ParsedReport report) throws Exception {
        String reportId = sha256.substring(0, ContentDigest.REPORT_ID_HEX_CHARS);
        Instant now = clock.instant();
        FileState done = base.setState(FileStatus.COMPLETED)
                .setPapers(report.papers().size())
                .setWarnings(report.warnings())
                .setReason(null)
                .setUpdatedAt(now)
                .build();
        publisher.inTransaction(batch -> {
            for (ParsedPaper paper : report.papers()) {
                batch.send(topics.papersIngested(), paper.paperId(),
                        paperEvent(paper, object, reportId, sha256, report, discoveredAt, now));
            }
            for (EntryRejection rejected : report.rejections()) {
                batch.send(topics.rejections(), object.location(), Rejection.newBuilder()
                        .setStage("ingest")
                        .setReasonCode(rejected.reasonCode())
                        .setMessage(rejected.message())
                        .setSourceFile(object.name())
                        .setReportId(reportId)
                        .setEntry(rejected.entry())
                        .setExcerpt(rejected.excerpt())
                        .setOccurredAt(now)
                        .build());
            }
            batch.send(topics.reportSummaries(), reportId, ReportSummary.newBuilder()
                    .setReportId(reportId)
                    .setFile(object.name())
                    .setLocation(object.location())
                    .setContentSha256(sha256)
                    .setGeneratedAt(report.header().generatedAt())
                    .setDeclaredCount(report.header().declaredCount())
                    .setPapers(report.papers().size())
                    .setRejectedEntries(report.rejections().size())
                    .setWarnings(report.warnings())
                    .setDiscoveredAt(discoveredAt)
                    .setIngestedAt(now)
                    .build());
            batch.send(topics.fileStates(), object.location(), done);
            batch.send(topics.fileStates(), FileStateLog.contentKey(sha256), done);
        });
        states.apply(object.location(), done);
        states.apply(FileStateLog.contentKey(sha256), done);
        metrics.file(FileStatus.COMPLETED);
        metrics.papersEmitted(report.papers().size());
        report.rejections().forEach(r -> metrics.entryRejected(r.reasonCode()));
        log.info("Ingested {}: report {}, {} papers, {} entries rejected{}", object.name(), reportId,
                report.papers().size(), report.rejections().size(),
                report.warnings().isEmpty() ? "" : ", warnings " + report.warnings());
        cleanUp(object, options.onSuccess(), IngestOptions.PROCESSED_FOLDER);
    }

    private PaperIngested paperEvent(ParsedPaper paper, BucketObject object, String reportId, String sha256,
                                     ParsedReport report, Instant discoveredAt, Instant now) {
        return PaperIngested.newBuilder()
                .setPaperId(paper.paperId())
                .setTitle(paper.title())
                .setRawTitle(paper.rawTitle())
                .setBrief(paper.brief())
                .setAbstractText(paper.abstractText())
                .setInstitutions(paper.institutions())
                .setAuthorCount(paper.authorCount())
                .setSource(PaperSource.newBuilder()
                        .setFile(object.name())
                        .setLocation(object.location())
                        .setReport(reportId)
                        .setEntry(paper.entry())
                        .setReportGeneratedAt(report.header().generatedAt())
                        .setContentSha256(sha256)
                        .build())
                .setDiscoveredAt(discoveredAt)
                .setIngestedAt(now)
                .build();
    }

    private void recordDuplicate(BucketObject object, FileState.Builder base, FileState original) throws Exception {
        boolean sameFile = original.getLocation().equals(object.location());
        FileState state = sameFile
                // touched but unchanged: still completed, with nothing emitted again
                ? base.setState(FileStatus.COMPLETED).setPapers(original.getPapers())
                        .setWarnings(original.getWarnings()).setUpdatedAt(clock.instant()).build()
                : base.setState(FileStatus.DUPLICATE).setDuplicateOf(original.getLocation())
                        .setReason("duplicate: same content as " + original.getName() + " (report "
                                + original.getReportId() + ")")
                        .setUpdatedAt(clock.instant()).build();
        commitState(state);
        metrics.file(state.getState());
        if (!sameFile) {
            log.info("{} has the same content as {}; no papers emitted", object.name(), original.getName());
        }
        cleanUp(object, options.onSuccess(), IngestOptions.PROCESSED_FOLDER);
    }

    private void rejectFile(BucketObject object, FileState.Builder base, String sha256, FileRejection rejection)
            throws Exception {
        Instant now = clock.instant();
        FileState state = base.setState(FileStatus.REJECTED)
                .setReason(rejection.reasonCode() + ": " + rejection.message())
                .setUpdatedAt(now)
                .build();
        publisher.inTransaction(batch -> {
            batch.send(topics.rejections(), object.location(), Rejection.newBuilder()
                    .setStage("ingest")
                    .setReasonCode(rejection.reasonCode())
                    .setMessage(rejection.message())
                    .setSourceFile(object.name())
                    .setReportId(sha256 == null ? null : sha256.substring(0, ContentDigest.REPORT_ID_HEX_CHARS))
                    .setExcerpt(rejection.excerpt())
                    .setOccurredAt(now)
                    .build());
            batch.send(topics.fileStates(), object.location(), state);
        });
        states.apply(object.location(), state);
        metrics.file(FileStatus.REJECTED);
        metrics.fileRejected(rejection.reasonCode());
        log.warn("Rejected {}: {}", object.name(), state.getReason());
        cleanUp(object, options.onFailure(), IngestOptions.FAILED_FOLDER);
    }

    private void fail(BucketObject object, FileState.Builder base, Exception cause) {
        String reason = "failed: " + cause;
        log.error("Processing {} failed (attempt {} of {})", object.name(), base.getAttempts(), options.maxAttempts(),
                cause);
        FileState state = base.setState(FileStatus.FAILED).setReason(reason).setUpdatedAt(clock.instant()).build();
        try {
            commitState(state);
        } catch (Exception e) {
            // Kafka itself is failing: keep the state in memory; the PROCESSING record makes a restart retry.
            log.error("Could not record the failure of {}: {}", object.name(), e.toString());
            states.apply(object.location(), state);
        }
        metrics.file(FileStatus.FAILED);
        if (state.getAttempts() >= options.maxAttempts()) {
            cleanUp(object, options.onFailure(), IngestOptions.FAILED_FOLDER);
        }
    }

    private void commitState(FileState state) throws Exception {
        publisher.inTransaction(batch -> batch.send(topics.fileStates(), state.getLocation(), state));
        states.apply(state.getLocation(), state);
    }

    private void cleanUp(BucketObject object, Cleanup cleanup, String folder) {
        try {
            switch (cleanup) {
                case MOVE -> bucket.moveTo(object, folder);
                case DELETE -> bucket.delete(object);
                case KEEP -> {
                }
            }
        } catch (IOException e) {
            log.warn("Could not {} {}: {}", cleanup.name().toLowerCase(), object.name(), e.toString());
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts bytes read, for the bytes-read meter. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
