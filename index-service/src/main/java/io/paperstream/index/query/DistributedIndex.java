package io.paperstream.index.query;

import io.paperstream.index.topology.Facet;
import io.paperstream.index.topology.FacetCount;
import io.paperstream.index.topology.IndexTopology;
import io.paperstream.index.topology.TechniqueStats;
import io.paperstream.index.view.PaperView;
import io.paperstream.index.view.ReportStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import io.paperstream.topics.Topics;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.StreamsRebalancingException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The whole index seen from one instance. A key query goes to the instance owning the key's partition
 * (this one or a peer); a list query goes to every instance, each naming the partitions it must answer
 * for, and the parts are merged. When an owner cannot answer, a standby replica does and the answer is
 * marked stale. Transient failures are retried with backoff up to the query timeout.
 */
public final class DistributedIndex implements IndexQueries {

    private static final Serializer<String> KEYS = Serdes.String().serializer();

    private final KafkaStreams streams;
    private final Topics topics;
    private final HostInfo self;
    private final LocalIndex local;
    private final PeerClient peers;
    private final QueryRetry retry;

    public DistributedIndex(KafkaStreams streams, Topics topics, HostInfo self, LocalIndex local, PeerClient peers,
                            QueryRetry retry) {
        this.streams = streams;
        this.topics = topics;
        this.self = self;
        this.local = local;
        this.peers = peers;
        this.retry = retry;
    }

    @Override
    public Answer<PaperView> paper(String id) {
        return byKey(IndexTopology.PAPERS_BY_ID, id, Operation.PAPER, new InternalRequest(null, id, null, null));
    }

    @Override
    public Answer<PaperPage> papers(PaperQuery query) {
        return fanOut(IndexTopology.PAPERS_BY_ID, Operation.PAPERS, new InternalRequest(null, null, query, null),
                pages -> PaperPage.merge(pages, query.limit()));
    }

    @Override
    public Answer<List<TechniqueStats>> techniques() {
        return fanOut(IndexTopology.TECHNIQUE_STATS, Operation.TECHNIQUES, new InternalRequest(null, null, null, null),
                LocalIndex::sumTechniques);
    }

    @Override
    public Answer<List<FacetCount>> facetCounts(Facet facet) {
        return fanOut(IndexTopology.FACET_COUNTS, Operation.FACET_COUNTS, new InternalRequest(null, null, null, facet),
                LocalIndex::sumCounts);
    }

    @Override
    public Answer<ReportStatus> report(String id) {
        return byKey(IndexTopology.REPORTS, id, Operation.REPORT, new InternalRequest(null, id, null, null));
    }

    @Override
    public Answer<List<ReportStatus>> reports() {
        return fanOut(IndexTopology.REPORTS, Operation.REPORTS, new InternalRequest(null, null, null, null),
                LocalIndex::sortReports);
    }

    private <T> Answer<T> byKey(String store, String key, Operation<T> operation, InternalRequest request) {
        return retry.call(() -> {
            KeyQueryMetadata owner = streams.queryMetadataForKey(store, key, KEYS);
            if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
                throw new StreamsRebalancingException("no instance owns " + store + " partition of " + key + " yet");
            }
            PartitionScope scope = PartitionScope.of(List.of(owner.partition()), false);
            try {
                return invoke(owner.activeHost(), operation, request.withScope(scope));
            } catch (RuntimeException activeFailure) {
                if (!QueryRetry.isTransient(activeFailure)) {
                    throw activeFailure;
                }
                for (HostInfo standby : owner.standbyHosts()) {
                    try {
                        return invoke(standby, operation, request.withScope(scope.allowingStale()));
                    } catch (RuntimeException standbyFailure) {
                        if (!QueryRetry.isTransient(standbyFailure)) {
                            throw standbyFailure;
                        }
                    }
                }
                throw activeFailure;
            }
        });
    }

    private <T, R> Answer<R> fanOut(String store, Operation<T> operation, InternalRequest request,
                                    Function<List<T>, R> merge) {
        return retry.call(() -> {
            Assignment assignment = Assignment.of(streams.streamsMetadataForStore(store),
                    IndexTopology.sourceTopicOf(topics, store));
            Map<HostInfo, CompletableFuture<Answer<T>>> calls = new LinkedHashMap<>();
            assignment.active.forEach((host, partitions) ->
                    calls.put(host, invokeAsync(host, operation, request.withScope(PartitionScope.of(partitions, false)))));
            List<Answer<T>> parts = new ArrayList<>();
            SortedSet<Integer> unanswered = new TreeSet<>(assignment.unowned);
            RuntimeException firstFailure = null;
            for (Map.Entry<HostInfo, CompletableFuture<Answer<T>>> call : calls.entrySet()) {
                try {
                    parts.add(join(call.getValue()));
                } catch (RuntimeException e) {
                    if (!QueryRetry.isTransient(e)) {
                        throw e;
                    }
                    firstFailure = firstFailure == null ? e : firstFailure;
                    unanswered.addAll(assignment.active.get(call.getKey()));
                }
            }
            for (int partition : unanswered) {
                parts.add(fromStandby(assignment, partition, operation, request, firstFailure));
            }
            return Answer.combine(parts, merge);
        });
    }

    private <T> Answer<T> fromStandby(Assignment assignment, int partition, Operation<T> operation,
                                      InternalRequest request, RuntimeException activeFailure) {
        PartitionScope scope = PartitionScope.of(List.of(partition), true);
        RuntimeException last = activeFailure;
        for (HostInfo standby : assignment.standbys.getOrDefault(partition, List.of())) {
            try {
                return invoke(standby, operation, request.withScope(scope));
            } catch (RuntimeException e) {
                if (!QueryRetry.isTransient(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last != null ? last
                : new StreamsRebalancingException("partition " + partition + " has no instance to answer for it");
    }

    private <T> Answer<T> invoke(HostInfo host, Operation<T> operation, InternalRequest request) {
        return join(invokeAsync(host, operation, request));
    }

    private <T> CompletableFuture<Answer<T>> invokeAsync(HostInfo host, Operation<T> operation, InternalRequest request) {
        if (host.equals(self)) {
            try {
                return CompletableFuture.completedFuture(operation.local().apply(local, request));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return peers.call(host, operation, request);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Who holds which partitions of a store, by the store's input topic partitions. */
    private record Assignment(Map<HostInfo, SortedSet<Integer>> active, Map<Integer, List<HostInfo>> standbys,
                              SortedSet<Integer> unowned) {

        static Assignment of(Collection<StreamsMetadata> instances, String sourceTopic) {
            Map<HostInfo, SortedSet<Integer>> active = new LinkedHashMap<>();
            Map<Integer, List<HostInfo>> standbys = new TreeMap<>();
            SortedSet<Integer> owned = new TreeSet<>();
            for (StreamsMetadata instance : instances) {
                for (TopicPartition tp : instance.topicPartitions()) {
                    if (tp.topic().equals(sourceTopic)) {
                        active.computeIfAbsent(instance.hostInfo(), h -> new TreeSet<>()).add(tp.partition());
                        owned.add(tp.partition());
                    }
                }
                for (TopicPartition tp : instance.standbyTopicPartitions()) {
                    if (tp.topic().equals(sourceTopic)) {
                        standbys.computeIfAbsent(tp.partition(), p -> new ArrayList<>()).add(instance.hostInfo());
                    }
                }
            }
            if (active.isEmpty() && standbys.isEmpty()) {
                throw new StreamsRebalancingException("no instance holds the store yet");
            }
            SortedSet<Integer> unowned = new TreeSet<>(standbys.keySet());
            unowned.removeAll(owned);
            return new Assignment(active, standbys, unowned);
        }
    }
}
