package io.paperstream.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.paperstream.schemas.FileStatus;
import java.time.Duration;

/**
 * The meters of ingest-service, named paperstream_ingest_*, plus its share of the pipeline-wide
 * {@code paperstream_rejections_total{stage="ingest",reason}}: one per rejected file and one per rejected entry.
 */
final class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter papers;
    private final Counter bytes;
    private final Timer parseTime;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.papers = Counter.builder("paperstream.ingest.papers.emitted")
                .description("Paper events written (committed)").register(registry);
        this.bytes = Counter.builder("paperstream.ingest.bytes.read").baseUnit("bytes")
                .description("Bytes of report files read").register(registry);
        this.parseTime = Timer.builder("paperstream.ingest.parse.time").publishPercentileHistogram()
                .description("Time to read, hash and parse one file").register(registry);
    }

    void file(FileStatus status) {
        Counter.builder("paperstream.ingest.files").tag("state", status.name().toLowerCase())
                .description("Files that reached a state").register(registry).increment();
    }

    void papersEmitted(int count) {
        papers.increment(count);
    }

    void entryRejected(String reason) {
        Counter.builder("paperstream.ingest.entries.rejected").tag("reason", reason)
                .description("Report entries rejected, by reason").register(registry).increment();
        rejection(reason);
    }

    void fileRejected(String reason) {
        rejection(reason);
    }

    private void rejection(String reason) {
        Counter.builder("paperstream.rejections").tag("stage", "ingest").tag("reason", reason)
                .description("Records a stage could not turn into a paper, by stage and reason")
                .register(registry).increment();
    }

    void bytesRead(long count) {
        bytes.increment(count);
    }

    void parsed(Duration took) {
        parseTime.record(took);
    }
}
