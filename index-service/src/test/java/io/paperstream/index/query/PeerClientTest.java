package io.paperstream.index.query;

import static io.paperstream.index.IndexFixture.claim;
import static io.paperstream.index.IndexFixture.paper;
import static io.paperstream.index.IndexFixture.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.paperstream.index.IndexFixture;
import io.paperstream.index.http.InternalRoutes;
import io.paperstream.index.topology.Facet;
import io.paperstream.index.topology.TechniqueStats;
import io.paperstream.runtime.HttpServers;
import io.paperstream.runtime.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What one instance sends another survives the trip: the answers a fan-out merges are the local ones. */
class PeerClientTest {

    private IndexFixture index;
    private Javalin peer;
    private HostInfo peerHost;
    private final PeerClient client = new PeerClient(Duration.ofSeconds(5));

    @BeforeEach
    void start() {
        index = new IndexFixture();
        index.summaries.pipeInput("r1", summary("r1", 2));
        index.pipe(paper("0000000000000001", "r1", 1).setClaims(List.of(claim("speedup", 2.5, null))).build());
        index.pipe(paper("0000000000000002", "r1", 2).setClaims(List.of(claim("reduction", 30, "memory"))).build());
        peer = HttpServers.create(new Settings(Map.of()));
        new InternalRoutes(index.localIndex()).register(peer);
        peer.start("127.0.0.1", 0);
        peerHost = new HostInfo("127.0.0.1", peer.port());
    }

    @AfterEach
    void stop() {
        peer.stop();
        index.close();
    }

    @Test
    void remoteAnswersEqualLocalOnes() {
        LocalIndex local = index.localIndex();
        PaperQuery query = new PaperQuery(Map.of(Facet.TECHNIQUE, "quantization"), 1.0, null, 10);

        assertThat(call(Operation.PAPERS, new InternalRequest(PartitionScope.ALL_LOCAL, null, query, null)))
                .isEqualTo(local.papers(query, PartitionScope.ALL_LOCAL));
        assertThat(call(Operation.PAPER, new InternalRequest(PartitionScope.ALL_LOCAL, "0000000000000002", null, null)))
                .isEqualTo(local.paper("0000000000000002", PartitionScope.ALL_LOCAL));
        Answer<List<TechniqueStats>> techniques = call(Operation.TECHNIQUES,
                new InternalRequest(PartitionScope.ALL_LOCAL, null, null, null));
        assertThat(techniques).isEqualTo(local.techniques(PartitionScope.ALL_LOCAL));
        assertThat(techniques.value().get(0).bestReductions()).isEqualTo(Map.of("memory", 30.0));
        assertThat(call(Operation.REPORT, new InternalRequest(PartitionScope.ALL_LOCAL, "r1", null, null)).value().indexed())
                .isEqualTo(2);
        assertThat(call(Operation.FACET_COUNTS, new InternalRequest(PartitionScope.ALL_LOCAL, null, null, Facet.MODEL))
                .value()).extracting(c -> c.papers()).containsExactly(2L);
    }

    @Test
    void anUnreachablePeerIsATransientFailure() {
        peer.stop();

        assertThatThrownBy(() -> call(Operation.REPORTS, new InternalRequest(PartitionScope.ALL_LOCAL, null, null, null)))
                .isInstanceOf(PeerClient.PeerUnavailableException.class)
                .matches(QueryRetry::isTransient);
    }

    @Test
    void aPeerAskedForPartitionsItDoesNotHoldAnswersRetryably() {
        Javalin moving = HttpServers.create(new Settings(Map.of()));
        new InternalRoutes(new LocalIndex(new LocalStores() {
            @Override
            public <V> List<org.apache.kafka.streams.state.ReadOnlyKeyValueStore<String, V>> partitions(
                    String store, PartitionScope scope) {
                throw new org.apache.kafka.streams.errors.StateStoreMigratedException("partition 3 moved");
            }
        })).register(moving);
        moving.start("127.0.0.1", 0);
        try {
            assertThatThrownBy(() -> client.call(new HostInfo("127.0.0.1", moving.port()), Operation.PAPER,
                    new InternalRequest(PartitionScope.of(List.of(3), false), "x", null, null)).join())
                    .hasCauseInstanceOf(PeerClient.PeerUnavailableException.class);
        } finally {
            moving.stop();
        }
    }

    private <T> Answer<T> call(Operation<T> operation, InternalRequest request) {
        try {
            return client.call(peerHost, operation, request).join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }
}
