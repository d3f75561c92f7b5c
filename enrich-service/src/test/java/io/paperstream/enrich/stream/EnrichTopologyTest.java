package io.paperstream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.paperstream.enrich.Enricher;
import io.paperstream.schemas.EnrichedPaper;
import io.paperstream.schemas.PaperIngested;
import io.paperstream.schemas.PaperSource;
import io.paperstream.schemas.Rejection;
import io.paperstream.schemas.TechniqueLabel;
import io.paperstream.serde.PlainAvroSerdes;
import io.paperstream.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final Topics topics = new Topics(new PlainAvroSerdes());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> ingested;
    private TestOutputTopic<String, EnrichedPaper> enriched;
    private TestOutputTopic<String, Rejection> rejections;

    @BeforeEach
    void setUp() {
        startDriver(EnrichTopology.build(topics, Enricher.fromClasspath(), Clock.fixed(NOW, ZoneOffset.UTC),
                new EnrichMetrics(meters)));
    }

    private void startDriver(Topology topology) {
        if (driver != null) {
            driver.close();
        }
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(topology, props);
        ingested = driver.createInputTopic(topics.papersIngested().name(), new StringSerializer(),
                new ByteArraySerializer());
        enriched = driver.createOutputTopic(topics.papersEnriched().name(), new StringDeserializer(),
                topics.papersEnriched().valueSerde().deserializer());
        rejections = driver.createOutputTopic(topics.rejections().name(), new StringDeserializer(),
                topics.rejections().valueSerde().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private byte[] bytesOf(PaperIngested paper) {
        return topics.papersIngested().valueSerde().serializer().serialize(topics.papersIngested().name(), paper);
    }

    private static PaperIngested paper(String id, String title, String brief, String abstractText) {
        return PaperIngested.newBuilder()
                .setPaperId(id).setTitle(title).setRawTitle(title).setBrief(brief).setAbstractText(abstractText)
                .setInstitutions("Fudan University").setAuthorCount(4)
                .setSource(PaperSource.newBuilder().setFile("r.txt").setLocation("file:///in/r.txt")
                        .setReport("0123456789abcdef").setEntry(3).setContentSha256("ab".repeat(32)).build())
                .setDiscoveredAt(NOW.minusSeconds(5)).setIngestedAt(NOW.minusSeconds(4))
                .build();
    }

    @Test
    void aPaperIsEnrichedUnderItsOwnKeyWithEverythingCarriedOver() {
        PaperIngested in = paper("00000000000000aa",
                "LowBit: 4-bit Weight Quantization for Large Language Models",
                "复旦大学发布了LowBit论文，使用4比特权重量化技术，解决了大语言模型推理内存占用高的问题，达成了推理速度提升2.1倍、内存减少70%的效果。",
                "We present LowBit, a post-training weight quantization method for LLMs. LowBit achieves a 2.1x "
                        + "speedup and reduces memory by 70% on Llama-2-7B with negligible accuracy loss.");
        ingested.pipeInput("00000000000000aa", bytesOf(in));

        EnrichedPaper out = enriched.readValue();
        assertThat(out.getPaperId()).isEqualTo("00000000000000aa");
        assertThat(out.getTitle()).isEqualTo(in.getTitle());
        assertThat(out.getBrief()).isEqualTo(in.getBrief());
        assertThat(out.getAbstractText()).isEqualTo(in.getAbstractText());
        assertThat(out.getInstitutionsRaw()).isEqualTo("Fudan University");
        assertThat(out.getSource()).isEqualTo(in.getSource());
        assertThat(out.getDiscoveredAt()).isEqualTo(in.getDiscoveredAt());
        assertThat(out.getEnrichedAt()).isEqualTo(NOW);
        assertThat(out.getEnrichmentVersion()).isEqualTo(Enricher.VERSION);
        assertThat(out.getTechniques()).extracting(TechniqueLabel::getId).first().isEqualTo("quantization");
        assertThat(out.getClaims()).isNotEmpty();
        assertThat(rejections.isEmpty()).isTrue();
    }

    @Test
    void aRecordThatDoesNotDeserializeIsRejectedWithItsOffsetAndTheStreamGoesOn() {
        ingested.pipeInput("broken", "this is not avro at all".getBytes(StandardCharsets.UTF_8));
        ingested.pipeInput("00000000000000bb", bytesOf(paper("00000000000000bb", "A Paper", "某团队发布了论文。", null)));

        Rejection rejection = rejections.readValue();
        assertThat(rejection.getStage()).isEqualTo("enrich");
        assertThat(rejection.getReasonCode()).isEqualTo("deserialization-failed");
        assertThat(rejection.getTopic()).isEqualTo(topics.papersIngested().name());
        assertThat(rejection.getPartition()).isZero();
        assertThat(rejection.getOffset()).isZero();
        assertThat(rejection.getExcerpt()).contains("this is not avro");
        assertThat(enriched.readKeyValue().key).isEqualTo("00000000000000bb");
    }

    @Test
    void tombstonesAreIgnored() {
        ingested.pipeInput("gone", (byte[]) null);
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(rejections.isEmpty()).isTrue();
    }

    @Test
    void everyProcessorAndSinkIsNamed() {
        assertThat(EnrichTopology.build(topics, Enricher.fromClasspath(), Clock.systemUTC(),
                new EnrichMetrics(meters)).describe().subtopologies())
                .flatExtracting(TopologyDescription.Subtopology::nodes)
                .extracting(TopologyDescription.Node::name)
                .noneMatch(name -> name.startsWith("KSTREAM-") || name.startsWith("KTABLE-"))
                .contains(EnrichTopology.SOURCE, EnrichTopology.ENRICH, EnrichTopology.ENRICHED_SINK,
                        EnrichTopology.REJECTIONS_SINK);
    }

    @Test
    void enrichedPapersAreCountedAndTimed() {
        ingested.pipeInput("00000000000000cc", bytesOf(paper("00000000000000cc", "A Paper", "某团队发布了论文。", null)));
        ingested.pipeInput("00000000000000dd", bytesOf(paper("00000000000000dd", "B Paper", "某团队发布了论文。", null)));

        assertThat(enriched.readValuesToList()).hasSize(2);
        assertThat(meters.get(EnrichMetrics.PAPERS).counter().count()).isEqualTo(2);
        assertThat(meters.get(EnrichMetrics.ENRICH_TIME).timer().count()).isEqualTo(2);
        assertThat(rejectionCount(EnrichMetrics.DESERIALIZATION_FAILED)).isZero();
        assertThat(rejectionCount(EnrichMetrics.ENRICHMENT_FAILED)).isZero();
    }

    @Test
    void aRecordThatDoesNotDeserializeIsCountedAsARejection() {
        ingested.pipeInput("broken", "not avro".getBytes(StandardCharsets.UTF_8));

        assertThat(rejections.readValue().getReasonCode()).isEqualTo(EnrichMetrics.DESERIALIZATION_FAILED);
        assertThat(rejectionCount(EnrichMetrics.DESERIALIZATION_FAILED)).isEqualTo(1);
        assertThat(meters.get(EnrichMetrics.PAPERS).counter().count()).isZero();
    }

    @Test
    void aPaperWhoseEnrichmentThrowsIsRejectedWithItsSourceAndCounted() {
        startDriver(EnrichTopology.build(topics, text -> {
            throw new IllegalStateException("rules could not be applied to " + text.title());
        }, Clock.fixed(NOW, ZoneOffset.UTC), new EnrichMetrics(meters)));

        ingested.pipeInput("00000000000000ee", bytesOf(paper("00000000000000ee", "E Paper", "某团队发布了论文。", null)));

        Rejection rejection = rejections.readValue();
        assertThat(rejection.getReasonCode()).isEqualTo(EnrichMetrics.ENRICHMENT_FAILED);
        assertThat(rejection.getSourceFile()).isEqualTo("r.txt");
        assertThat(rejection.getEntry()).isEqualTo(3);
        assertThat(rejection.getMessage()).contains("00000000000000ee", "rules could not be applied to E Paper");
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(rejectionCount(EnrichMetrics.ENRICHMENT_FAILED)).isEqualTo(1);
        assertThat(meters.get(EnrichMetrics.PAPERS).counter().count()).isZero();
        assertThat(meters.get(EnrichMetrics.ENRICH_TIME).timer().count()).isZero();
    }

    private double rejectionCount(String reason) {
        return meters.get(EnrichMetrics.REJECTIONS).tag("stage", "enrich").tag("reason", reason).counter().count();
    }
}
