package io.paperstream.topics;

import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.FileState;
import io.paperstream.schemas.PaperIngested;
import io.paperstream.schemas.Rejection;
import io.paperstream.schemas.ReportSummary;
import io.paperstream.serde.AvroSerdes;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed topic registry: every topic of the pipeline, its key and value types and how it is created.
 * See docs/topics.md for writers, readers and retention.
 */
public final class Topics {

    public static final String PAPERS_INGESTED = "papers.ingested";
    public static final String PAPERS_ENRICHED = "papers.enriched";
    public static final String REPORT_SUMMARIES = "reports.summaries";
    public static final String FILE_STATES = "ingest.files";
    public static final String REJECTIONS = "pipeline.rejections";

    /** Paper topics are partitioned for parallel enrichment and for spreading the index over instances. */
    public static final int PAPER_PARTITIONS = 6;

    private final Topic<String, PaperIngested> papersIngested;
    private final Topic<String, EnrichedPaper> papersEnriched;
    private final Topic<String, ReportSummary> reportSummaries;
    private final Topic<String, FileState> fileStates;
    private final Topic<String, Rejection> rejections;

    private final String prefix;

    public Topics(AvroSerdes serdes) {
        this(serdes, "");
    }

    /**
     * @param prefix put before every topic name (setting {@code topics.prefix}), for clusters shared by
     *               several pipelines; empty by default, so the public topic is {@code papers.enriched}
     */
    public Topics(AvroSerdes serdes, String prefix) {
        this.prefix = prefix;
        papersIngested = new Topic<>(prefix + PAPERS_INGESTED, Serdes.String(), serdes.valueSerde(PaperIngested.class));
        papersEnriched = new Topic<>(prefix + PAPERS_ENRICHED, Serdes.String(), serdes.valueSerde(EnrichedPaper.class));
        reportSummaries = new Topic<>(prefix + REPORT_SUMMARIES, Serdes.String(),
                serdes.valueSerde(ReportSummary.class));
        fileStates = new Topic<>(prefix + FILE_STATES, Serdes.String(), serdes.valueSerde(FileState.class));
        rejections = new Topic<>(prefix + REJECTIONS, Serdes.String(), serdes.valueSerde(Rejection.class));
    }

    public String prefix() {
        return prefix;
    }

    /** Key: paper id. Written by ingest-service, read by enrich-service. */
    public Topic<String, PaperIngested> papersIngested() {
        return papersIngested;
    }

    /** Key: paper id. The public contract: written by enrich-service, read by index-service and downstream teams. */
    public Topic<String, EnrichedPaper> papersEnriched() {
        return papersEnriched;
    }

    /** Key: report id. Written by ingest-service with the report's papers, read by index-service. */
    public Topic<String, ReportSummary> reportSummaries() {
        return reportSummaries;
    }

    /** Key: file location. Compacted; ingest-service's memory of what it has seen. */
    public Topic<String, FileState> fileStates() {
        return fileStates;
    }

    /** Key: source file or input key. The dead-letter topic of every stage. */
    public Topic<String, Rejection> rejections() {
        return rejections;
    }

    /** Every topic the pipeline creates, with partitions and cleanup policy, under this registry's prefix. */
    public List<TopicSpec> topicSpecs() {
        return List.of(
                TopicSpec.kept(papersIngested.name(), PAPER_PARTITIONS),
                TopicSpec.kept(papersEnriched.name(), PAPER_PARTITIONS),
                TopicSpec.kept(reportSummaries.name(), PAPER_PARTITIONS),
                TopicSpec.compacted(fileStates.name(), 1),
                TopicSpec.deleting(rejections.name(), 1, 30L * 24 * 3600 * 1000));
    }

    /** The topic specs with no prefix. */
    public static List<TopicSpec> specs() {
        return new Topics(new io.paperstream.serde.PlainAvroSerdes()).topicSpecs();
    }
}
