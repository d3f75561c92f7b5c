package io.paperstream.enrich.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The meters of enrich-service: papers enriched, time to enrich one paper, and rejections by reason.
 * Counted when a record is processed, so a task that is retried after an aborted transaction counts its
 * records again; the committed output is what {@code kafka_producer_topic_record_send_total} shows.
 */
public final class EnrichMetrics {

    // The builders below spell the names out again: the deployment check (deploy/manifests-check) finds meters by
    // their literal names in builder calls; the tests read the meters through these constants, so both must agree.
    public static final String PAPERS = "paperstream.enrich.papers";
    public static final String ENRICH_TIME = "paperstream.enrich.time";
    /** Shared by every stage, told apart by the {@code stage} tag. */
    public static final String REJECTIONS = "paperstream.rejections";
    public static final String DESERIALIZATION_FAILED = "deserialization-failed";
    public static final String ENRICHMENT_FAILED = "enrichment-failed";

    private final MeterRegistry registry;
    private final Counter papers;
    private final Timer enrichTime;
    private final Counter deserializationFailed;
    private final Counter enrichmentFailed;

    public EnrichMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.papers = Counter.builder("paperstream.enrich.papers").description("Papers enriched").register(registry);
        this.enrichTime = Timer.builder("paperstream.enrich.time").description("Time to enrich one paper")
                .publishPercentileHistogram().register(registry);
        // Both reasons are registered up front so that a rate over them is 0, not absent, until one happens.
        this.deserializationFailed = rejections(DESERIALIZATION_FAILED);
        this.enrichmentFailed = rejections(ENRICHMENT_FAILED);
    }

    private Counter rejections(String reason) {
        return Counter.builder("paperstream.rejections").tag("stage", "enrich").tag("reason", reason)
                .description("Records a stage could not turn into a paper, by stage and reason").register(registry);
    }

    Timer.Sample startEnrichment() {
        return Timer.start(registry);
    }

    void enriched(Timer.Sample started) {
        started.stop(enrichTime);
        papers.increment();
    }

    void rejected(String reason) {
        switch (reason) {
            case DESERIALIZATION_FAILED -> deserializationFailed.increment();
            case ENRICHMENT_FAILED -> enrichmentFailed.increment();
            default -> throw new IllegalArgumentException("Unknown enrich rejection reason: " + reason);
        }
    }
}
