package io.paperstream.index.topology;

import static io.paperstream.index.IndexFixture.paper;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.paperstream.index.CountingDeserializationHandler;
import io.paperstream.index.IndexFixture;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IndexMetricsTest {

    private static final Instant WALL_CLOCK = IndexFixture.T0.plusSeconds(90);

    private final IndexFixture index = new IndexFixture(WALL_CLOCK);

    @AfterEach
    void close() {
        index.close();
    }

    private Timer endToEnd() {
        return index.meters.get(IndexMetrics.END_TO_END).timer();
    }

    private double indexRejections() {
        return index.meters.get(CountingDeserializationHandler.REJECTIONS).tag("stage", "index")
                .tag("reason", CountingDeserializationHandler.DESERIALIZATION_FAILED).counter().count();
    }

    @Test
    void endToEndLatencyRunsFromFileDiscoveryToThePaperStored() {
        index.pipe(paper("p1", "r1", 1).setDiscoveredAt(IndexFixture.T0).build());
        index.pipe(paper("p2", "r1", 2).setDiscoveredAt(IndexFixture.T0.plusSeconds(30)).build());

        assertThat(endToEnd().count()).isEqualTo(2);
        assertThat(endToEnd().totalTime(TimeUnit.SECONDS)).isEqualTo(90 + 60);
        assertThat(endToEnd().max(TimeUnit.SECONDS)).isEqualTo(90);
    }

    @Test
    void anOccurrenceThatChangesNothingIsNotMeasuredAgain() {
        index.pipe(paper("p1", "r1", 1).build());
        index.pipe(paper("p1", "r1", 1).build());

        assertThat(endToEnd().count()).isEqualTo(1);
    }

    @Test
    void aPaperDiscoveredAfterTheIndexClockIsStoredButNotMeasured() {
        index.pipe(paper("p1", "r1", 1).setDiscoveredAt(WALL_CLOCK.plusSeconds(5)).build());

        assertThat(index.<Object>store(IndexTopology.PAPERS_BY_ID).get("p1")).isNotNull();
        assertThat(endToEnd().count()).isZero();
    }

    @Test
    void aRecordTheIndexCannotReadIsCountedSkippedAndTheIndexGoesOn() {
        index.rawPapers.pipeInput("p0", "not an enriched paper".getBytes(StandardCharsets.UTF_8));
        index.pipe(paper("p1", "r1", 1).build());

        assertThat(indexRejections()).isEqualTo(1);
        assertThat(index.<Object>store(IndexTopology.PAPERS_BY_ID).get("p0")).isNull();
        assertThat(index.<Object>store(IndexTopology.PAPERS_BY_ID).get("p1")).isNotNull();
        assertThat(endToEnd().count()).isEqualTo(1);
    }
}
