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
 * The scan loop: lists the bucket, waits for each new or changed file to settle, and processes the settled
 * files in batches of at most {@code ingest.batch.max.files} files and {@code ingest.batch.max.bytes} bytes.
 * A batch takes two Kafka transactions: one records a {@code PROCESSING} state for each of its files, one
 * holds everything the batch produced (papers, report summaries, rejections and every file's final state).
 * A crash before the second commit leaves nothing of the batch visible, and the committed {@code PROCESSING}
 * states make the next run process all of its files again. A file that cannot be read or parsed becomes
 * {@code FAILED} within the batch; the others commit.
 */
public final class IngestWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(IngestWorker.class);
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

    /** A settled file to process, with its last known state if that was for the same version. */
    private record Candidate(BucketObject object, Optional<FileState> sameVersion) {
    }

    /** What processing one file of a batch came to; written in the batch's second transaction. */
    private sealed interface Outcome permits Completed, Rejected, Duplicate, Failed {
        BucketObject object();

        FileState state();
    }

    private record Completed(BucketObject object, FileState state, ParsedReport report) implements Outcome {
    }

    private record Rejected(BucketObject object, FileState state, FileRejection rejection) implements Outcome {
    }

    /** {@code originalInBatch}: the original is completed by the same batch, so it is only as durable as it. */
    private record Duplicate(BucketObject object, FileState state, FileState original, boolean originalInBatch)
            implements Outcome {
    }

    private record Failed(BucketObject object, FileState state, Exception cause) implements Outcome {
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
                bucket.awaitChange(untilNextCheck(clock.instant()));
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

    /**
     * How long the loop may wait for a bucket change before scanning again: until the earliest settling file
     * has been stable for {@code ingest.settle} (rounded up to whole milliseconds, so the scan never comes
     * early), or the rescan interval when nothing is settling.
     */
    Duration untilNextCheck(Instant now) {
        Duration wait = options.rescanInterval();
        for (Sighting sighting : settling.values()) {
            Duration due = Duration.between(now, sighting.since().plus(options.settle()));
            if (due.compareTo(wait) < 0) {
                wait = due;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        long millis = wait.toMillis();
        return Duration.ofMillis(Duration.ofMillis(millis).equals(wait) ? millis : millis + 1);
    }

    /** Asks for a failed or rejected file to be processed again on the next scan. */
    boolean requestRetry(String name) {
        Optional<FileState> state = states.byName(name);
        state.ifPresent(s -> retryRequested.add(s.getLocation()));
        return state.isPresent();
    }

    /** One pass over the bucket; processes every file that has settled, batch after batch. */
    void scanOnce() throws IOException {
        Instant now = clock.instant();
        List<BucketObject> objects = bucket.list();
        Set<String> present = new HashSet<>();
        List<Candidate> settled = new ArrayList<>();
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
            settled.add(new Candidate(object, known.filter(k -> object.version().equals(k.getVersion()))));
        }
        settling.keySet().retainAll(present);
        for (List<Candidate> batch : batches(settled)) {
            if (!running) {
                break; // the files left have no new state; the next run sees them as new
            }
            processBatch(batch);
        }
        lastScan = now;
    }

    /**
     * Cuts the settled files into batches of at most {@code ingest.batch.max.files} files and
     * {@code ingest.batch.max.bytes} bytes to read; a file larger than that is a batch of its own.
     */
    private List<List<Candidate>> batches(List<Candidate> settled) {
        List<List<Candidate>> batches = new ArrayList<>();
        List<Candidate> current = new ArrayList<>();
        long bytes = 0;
        for (Candidate candidate : settled) {
            long size = isTooLarge(candidate.object()) ? 0 : candidate.object().size();
            if (!current.isEmpty() && (current.size() >= options.batchMaxFiles() || bytes + size > options.batchMaxBytes())) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(candidate);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
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

    private boolean isTooLarge(BucketObject object) {
        return object.size() > options.maxFileBytes();
    }

    private void processBatch(List<Candidate> batch) {
        List<Outcome> outcomes = new ArrayList<>();
        List<FileState> processing = new ArrayList<>();
        List<BucketObject> toRead = new ArrayList<>();
        for (Candidate candidate : batch) {
            metrics.file(FileStatus.DISCOVERED);
            BucketObject object = candidate.object();
            FileState.Builder base = baseState(candidate);
            if (isTooLarge(object)) {
                outcomes.add(rejected(object, base, new FileRejection("too-large", "File is " + object.size()
                        + " bytes; the limit (ingest.max.file.bytes) is " + options.maxFileBytes(), null)));
            } else {
                processing.add(base.setState(FileStatus.PROCESSING).build());
                toRead.add(object);
            }
        }
        Exception notRecorded = recordProcessing(processing);
        // sha256 → the COMPLETED state of a file earlier in this batch, so a copy in the same batch is a duplicate
        Map<String, FileState> completedInBatch = new HashMap<>();
        for (int i = 0; i < processing.size(); i++) {
            BucketObject object = toRead.get(i);
            FileState.Builder base = FileState.newBuilder(processing.get(i));
            outcomes.add(notRecorded == null
                    ? readAndDecide(object, base, completedInBatch)
                    : failed(object, base, notRecorded));
        }
        commit(outcomes);
    }

    /** Commits the PROCESSING states of a batch in one transaction; returns the error when that failed. */
    private Exception recordProcessing(List<FileState> processing) {
        if (processing.isEmpty()) {
            return null;
        }
        try {
            publisher.inTransaction(tx -> processing.forEach(s -> tx.send(topics.fileStates(), s.getLocation(), s)));
        } catch (Exception e) {
            return e;
        }
        processing.forEach(s -> states.apply(s.getLocation(), s));
        return null;
    }

    /** Reads, hashes and parses the file in one pass, and decides what it is. Never throws: errors fail the file. */
    private Outcome readAndDecide(BucketObject object, FileState.Builder base, Map<String, FileState> completedInBatch) {
        try {
            Instant started = clock.instant();
            ParseOutcome parsed;
            String sha256;
            try (InputStream raw = bucket.open(object)) {
                CountingStream counted = new CountingStream(raw);
                ContentDigest digest = ContentDigest.wrap(counted);
                parsed = ReportParser.parse(digest.stream());
                sha256 = digest.sha256Hex();
                metrics.bytesRead(counted.count);
            }
            metrics.parsed(Duration.between(started, clock.instant()));
            base.setSha256(sha256).setReportId(sha256.substring(0, ContentDigest.REPORT_ID_HEX_CHARS));
            Optional<FileState> original = states.completedWithContent(sha256);
            if (original.isPresent()) {
                return duplicate(object, base, original.get(), false);
            }
            FileState originalInBatch = completedInBatch.get(sha256);
            if (originalInBatch != null) {
                return duplicate(object, base, originalInBatch, true);
            }
            if (parsed instanceof FileRejection rejection) {
                return rejected(object, base, rejection);
            }
            ParsedReport report = (ParsedReport) parsed;
            FileState done = base.setState(FileStatus.COMPLETED)
                    .setPapers(report.papers().size())
                    .setWarnings(report.warnings())
                    .setReason(null)
                    .setUpdatedAt(clock.instant())
                    .build();
            completedInBatch.put(sha256, done);
            return new Completed(object, done, report);
        } catch (Exception e) {
            return failed(object, base, e);
        }
    }

    private Outcome duplicate(BucketObject object, FileState.Builder base, FileState original, boolean originalInBatch) {
        boolean sameFile = original.getLocation().equals(object.location());
        FileState state = sameFile
                // touched but unchanged: still completed, with nothing emitted again
                ? base.setState(FileStatus.COMPLETED).setPapers(original.getPapers())
                        .setWarnings(original.getWarnings()).setUpdatedAt(clock.instant()).build()
                : base.setState(FileStatus.DUPLICATE).setDuplicateOf(original.getLocation())
                        .setReason("duplicate: same content as " + original.getName() + " (report "
                                + original.getReportId() + ")")
                        .setUpdatedAt(clock.instant()).build();
        return new Duplicate(object, state, original, originalInBatch);
    }

    private Outcome rejected(BucketObject object, FileState.Builder base, FileRejection rejection) {
        FileState state = base.setState(FileStatus.REJECTED)
                .setReason(rejection.reasonCode() + ": " + rejection.message())
                .setUpdatedAt(clock.instant())
                .build();
        return new Rejected(object, state, rejection);
    }

    private Failed failed(BucketObject object, FileState.Builder base, Exception cause) {
        log.error("Processing {} failed (attempt {} of {})", object.name(), base.getAttempts(), options.maxAttempts(),
                cause);
        return new Failed(object, base.setState(FileStatus.FAILED).setDuplicateOf(null).setReason("failed: " + cause)
                .setUpdatedAt(clock.instant()).build(), cause);
    }

    /**
     * Commits every outcome of a batch in one transaction. Should that fail, each file is committed on its own,
     * so records Kafka refuses for one file do not keep the others from completing.
     */
    private void commit(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        try {
            publisher.inTransaction(tx -> outcomes.forEach(o -> write(tx, o)));
        } catch (Exception e) {
            if (outcomes.size() == 1) {
                recordFailure(outcomes.get(0), e);
                return;
            }
            log.warn("Committing a batch of {} files failed ({}); committing each file on its own", outcomes.size(),
                    e.toString());
            commitOneByOne(outcomes);
            return;
        }
        outcomes.forEach(this::committed);
    }

    private void commitOneByOne(List<Outcome> outcomes) {
        Set<String> committedLocations = new HashSet<>();
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Duplicate d && d.originalInBatch()
                    && !committedLocations.contains(d.original().getLocation())) {
                // its original did not complete after all: nothing says this content is ingested yet
                Exception cause = new IllegalStateException("same content as " + d.original().getName()
                        + ", which could not be committed");
                recordFailure(failed(d.object(), FileState.newBuilder(d.state()), cause), cause);
                continue;
            }
            try {
                publisher.inTransaction(tx -> write(tx, outcome));
            } catch (Exception e) {
                recordFailure(outcome, e);
                continue;
            }
            committed(outcome);
            committedLocations.add(outcome.object().location());
        }
    }

    /** The file's outcome could not be committed: it becomes FAILED, in Kafka if Kafka still takes it. */
    private void recordFailure(Outcome outcome, Exception cause) {
        Failed failed = outcome instanceof Failed f ? f
                : failed(outcome.object(), FileState.newBuilder(outcome.state()), cause);
        try {
            publisher.inTransaction(tx -> write(tx, failed));
        } catch (Exception e) {
            // Kafka itself is failing: keep the state in memory; the PROCESSING record makes a restart retry.
            log.error("Could not record the failure of {}: {}", failed.object().name(), e.toString());
        }
        committed(failed);
    }

    /** Sends the records of one file's outcome into the open transaction. */
    private void write(TransactionalPublisher.Batch tx, Outcome outcome) {
        BucketObject object = outcome.object();
        FileState state = outcome.state();
        if (outcome instanceof Completed completed) {
            writeReport(tx, object, state, completed.report());
            tx.send(topics.fileStates(), FileStateLog.contentKey(state.getSha256()), state);
        } else if (outcome instanceof Rejected rejected) {
            FileRejection rejection = rejected.rejection();
            tx.send(topics.rejections(), object.location(), Rejection.newBuilder()
                    .setStage("ingest")
                    .setReasonCode(rejection.reasonCode())
                    .setMessage(rejection.message())
                    .setSourceFile(object.name())
                    .setReportId(state.getReportId())
                    .setExcerpt(rejection.excerpt())
                    .setOccurredAt(state.getUpdatedAt())
                    .build());
        }
        tx.send(topics.fileStates(), object.location(), state);
    }

    private void writeReport(TransactionalPublisher.Batch tx, BucketObject object, FileState done, ParsedReport report) {
        String sha256 = done.getSha256();
        String reportId = done.getReportId();
        Instant now = done.getUpdatedAt();
        for (ParsedPaper paper : report.papers()) {
            tx.send(topics.papersIngested(), paper.paperId(),
                    paperEvent(paper, object, reportId, sha256, report, done.getDiscoveredAt(), now));
        }
        for (EntryRejection rejected : report.rejections()) {
            tx.send(topics.rejections(), object.location(), Rejection.newBuilder()
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
        tx.send(topics.reportSummaries(), reportId, ReportSummary.newBuilder()
                .setReportId(reportId)
                .setFile(object.name())
                .setLocation(object.location())
                .setContentSha256(sha256)
                .setGeneratedAt(report.header().generatedAt())
                .setDeclaredCount(report.header().declaredCount())
                .setPapers(report.papers().size())
                .setRejectedEntries(report.rejections().size())
                .setWarnings(report.warnings())
                .setDiscoveredAt(done.getDiscoveredAt())
                .setIngestedAt(now)
                .build());
    }

    /** After the commit: remembers the state, counts, logs and cleans up. */
    private void committed(Outcome outcome) {
        BucketObject object = outcome.object();
        FileState state = outcome.state();
        states.apply(object.location(), state);
        metrics.file(state.getState());
        if (outcome instanceof Completed completed) {
            ParsedReport report = completed.report();
            states.apply(FileStateLog.contentKey(state.getSha256()), state);
            metrics.papersEmitted(report.papers().size());
            report.rejections().forEach(r -> metrics.entryRejected(r.reasonCode()));
            log.info("Ingested {}: report {}, {} papers, {} entries rejected{}", object.name(), state.getReportId(),
                    report.papers().size(), report.rejections().size(),
                    report.warnings().isEmpty() ? "" : ", warnings " + report.warnings());
            cleanUp(object, options.onSuccess(), IngestOptions.PROCESSED_FOLDER);
        } else if (outcome instanceof Duplicate duplicate) {
            if (state.getState() == FileStatus.DUPLICATE) {
                log.info("{} has the same content as {}; no papers emitted", object.name(),
                        duplicate.original().getName());
            }
            cleanUp(object, options.onSuccess(), IngestOptions.PROCESSED_FOLDER);
        } else if (outcome instanceof Rejected rejected) {
            metrics.fileRejected(rejected.rejection().reasonCode());
            log.warn("Rejected {}: {}", object.name(), state.getReason());
            cleanUp(object, options.onFailure(), IngestOptions.FAILED_FOLDER);
        } else if (state.getAttempts() >= options.maxAttempts()) {
            cleanUp(object, options.onFailure(), IngestOptions.FAILED_FOLDER);
        }
    }

    private FileState.Builder baseState(Candidate candidate) {
        BucketObject object = candidate.object();
        return FileState.newBuilder()
                .setName(object.name())
                .setLocation(object.location())
                .setSize(object.size())
                .setVersion(object.version())
                .setModifiedAt(object.modifiedAt())
                .setAttempts(candidate.sameVersion().map(FileState::getAttempts).orElse(0) + 1)
                .setDiscoveredAt(candidate.sameVersion().map(FileState::getDiscoveredAt).orElse(clock.instant()))
                .setUpdatedAt(clock.instant());
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
