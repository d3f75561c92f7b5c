package io.paperstream.index.topology;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;

/** The meters the index topology records: how long a paper took from file discovery to the index. */
public final class IndexMetrics {

    /** As spelled out in the builder, where the deployment check (deploy/manifests-check) looks for meter names. */
    public static final String END_TO_END = "paperstream.pipeline.end.to.end";

    private final Timer endToEnd;

    public IndexMetrics(MeterRegistry registry) {
        this.endToEnd = Timer.builder("paperstream.pipeline.end.to.end")
                .description("From ingest discovering a paper's report file to the paper stored in the index")
                .publishPercentileHistogram()
                .register(registry);
    }

    void paperIndexed(Instant discoveredAt, Instant indexedAt) {
        Duration latency = Duration.between(discoveredAt, indexedAt);
        // Ingest and index may run on different hosts; a clock behind ingest's would give a negative latency,
        // which says nothing about the pipeline and would drag every statistic down.
        if (!latency.isNegative()) {
            endToEnd.record(latency);
        }
    }
}
