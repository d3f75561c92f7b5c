package io.paperstream.enrich.stream;

import io.micrometer.core.instrument.Timer;
import io.paperstream.enrich.Enricher;
import io.paperstream.enrich.Enrichment;
import io.paperstream.enrich.PaperText;
import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.PaperIngested;
import io.paperstream.schemas.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deserializes and enriches one paper; turns every failure into a rejection naming the input offset. */
final class EnrichProcessor implements FixedKeyProcessor<String, byte[], EnrichOutcome> {

    private static final Logger log = LoggerFactory.getLogger(EnrichProcessor.class);
    static final int EXCERPT_LIMIT = 1000;

    private final Deserializer<PaperIngested> deserializer;
    private final Function<PaperText, Enrichment> enricher;
    private final Clock clock;
    private final EnrichMetrics metrics;
    private FixedKeyProcessorContext<String, EnrichOutcome> context;

    EnrichProcessor(Deserializer<PaperIngested> deserializer, Function<PaperText, Enrichment> enricher, Clock clock,
                    EnrichMetrics metrics) {
        this.deserializer = deserializer;
        this.enricher = enricher;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        Optional<RecordMetadata> where = context.recordMetadata();
        String topic = where.map(RecordMetadata::topic).orElse(null);
        PaperIngested paper;
        try {
            paper = deserializer.deserialize(topic, record.value());
        } catch (RuntimeException e) {
            log.warn("Rejecting undeserializable record key={} at {}: {}", record.key(), describe(where), e.toString());
            metrics.rejected(EnrichMetrics.DESERIALIZATION_FAILED);
            context.forward(record.withValue(EnrichOutcome.rejected(rejection(where, EnrichMetrics.DESERIALIZATION_FAILED,
                    "Record could not be deserialized as PaperIngested: " + e.getMessage(), null,
                    excerptOf(record.value())))));
            return;
        }
        EnrichedPaper enriched;
        Timer.Sample started = metrics.startEnrichment();
        try {
            enriched = enrich(paper);
        } catch (RuntimeException e) {
            log.warn("Rejecting paper {} ('{}') from {} entry {}: enrichment failed", paper.getPaperId(),
                    paper.getTitle(), paper.getSource().getFile(), paper.getSource().getEntry(), e);
            metrics.rejected(EnrichMetrics.ENRICHMENT_FAILED);
            context.forward(record.withValue(EnrichOutcome.rejected(rejection(where, EnrichMetrics.ENRICHMENT_FAILED,
                    "Enrichment of paper " + paper.getPaperId() + " failed: " + e, paper, paper.getTitle()))));
            return;
        }
        metrics.enriched(started);
        // Outside the try: a failure downstream of this processor is not a failed enrichment.
        context.forward(record.withValue(EnrichOutcome.of(enriched)));
    }

    EnrichedPaper enrich(PaperIngested paper) {
        Enrichment e = enricher.apply(new PaperText(paper.getTitle(), paper.getBrief(), paper.getAbstractText(),
                paper.getInstitutions()));
        return EnrichedPaper.newBuilder()
                .setPaperId(paper.getPaperId())
                .setTitle(paper.getTitle())
                .setRawTitle(paper.getRawTitle())
                .setBrief(paper.getBrief())
                .setAbstractText(paper.getAbstractText())
                .setInstitutionsRaw(paper.getInstitutions())
                .setAuthorCount(paper.getAuthorCount())
                .setSource(paper.getSource())
                .setTechniques(e.techniques())
                .setClaims(e.claims())
                .setModality(e.modality())
                .setInstitutions(e.institutions())
                .setModels(e.models())
                .setCodeUrls(e.codeUrls())
                .setEnrichmentVersion(Enricher.VERSION)
                .setDiscoveredAt(paper.getDiscoveredAt())
                .setEnrichedAt(clock.instant())
                .build();
    }

    private Rejection rejection(Optional<RecordMetadata> where, String reason, String message, PaperIngested paper,
                                String excerpt) {
        return Rejection.newBuilder()
                .setStage("enrich")
                .setReasonCode(reason)
                .setMessage(message)
                .setSourceFile(paper == null ? null : paper.getSource().getFile())
                .setReportId(paper == null ? null : paper.getSource().getReport())
                .setEntry(paper == null ? null : paper.getSource().getEntry())
                .setExcerpt(excerpt == null ? null : excerpt.substring(0, Math.min(excerpt.length(), EXCERPT_LIMIT)))
                .setTopic(where.map(RecordMetadata::topic).orElse(null))
                .setPartition(where.map(RecordMetadata::partition).orElse(null))
                .setOffset(where.map(RecordMetadata::offset).orElse(null))
                .setOccurredAt(clock.instant())
                .build();
    }

    private static String excerptOf(byte[] bytes) {
        int n = Math.min(bytes.length, EXCERPT_LIMIT);
        return new String(bytes, 0, n, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "?");
    }

    private static String describe(Optional<RecordMetadata> where) {
        return where.map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("unknown offset");
    }
}
