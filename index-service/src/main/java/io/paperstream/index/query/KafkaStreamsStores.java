package io.paperstream.index.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StateStoreMigratedException;
import org.apache.kafka.streams.errors.StateStoreNotAvailableException;
import org.apache.kafka.streams.errors.StreamsNotStartedException;
import org.apache.kafka.streams.errors.StreamsRebalancingException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Store partitions of a running Kafka Streams instance, one by one ({@code withPartition}), so queries can
 * merge them in key order and answer for exactly the partitions they were asked about.
 *
 * <p>The handles {@code streams.store(...)} returns are kept and reused until Kafka Streams changes state
 * (every rebalance passes through REBALANCING) or a read through one fails, rather than rebuilt per
 * request. Reuse is safe in between too: a handle looks its partition up on every read and throws an
 * {@link InvalidStateStoreException} once the partition has left this instance. The change of state is
 * noticed on the next query rather than by a state listener because {@code StreamsApp} holds the client's
 * only listener slot.
 */
public final class KafkaStreamsStores implements LocalStores {

    private record HandleKey(String store, int partition, boolean stale) {
    }

    private final KafkaStreams streams;
    private final Map<String, Integer> subtopologyOfStore = new HashMap<>();
    private final Map<HandleKey, ReadOnlyKeyValueStore<String, ?>> handles = new ConcurrentHashMap<>();
    /** The state the cached handles were made in. */
    private volatile KafkaStreams.State handlesMadeIn;

    public KafkaStreamsStores(KafkaStreams streams, Topology topology) {
        this.streams = streams;
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Processor processor) {
                    processor.stores().forEach(store -> subtopologyOfStore.put(store, sub.id()));
                }
            }
        }
    }

    @Override
    public <V> List<ReadOnlyKeyValueStore<String, V>> partitions(String store, PartitionScope scope) {
        KafkaStreams.State state = requireQueryable(scope.stale());
        if (state != handlesMadeIn) {
            handles.clear();
            handlesMadeIn = state;
        }
        SortedSet<Integer> local = new TreeSet<>(tasks(store, scope.stale()).keySet());
        SortedSet<Integer> wanted = scope.partitions() == null ? local : scope.partitions();
        if (!local.containsAll(wanted)) {
            throw new StateStoreMigratedException("Partitions " + wanted + " of " + store + " are not all here (have "
                    + local + ")");
        }
        List<ReadOnlyKeyValueStore<String, V>> out = new ArrayList<>();
        for (int partition : wanted) {
            out.add(handle(new HandleKey(store, partition, scope.stale())));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private <V> ReadOnlyKeyValueStore<String, V> handle(HandleKey key) {
        return (ReadOnlyKeyValueStore<String, V>) handles.computeIfAbsent(key, k -> {
            StoreQueryParameters<ReadOnlyKeyValueStore<String, V>> parameters = StoreQueryParameters
                    .fromNameAndType(k.store(), QueryableStoreTypes.<String, V>keyValueStore())
                    .withPartition(k.partition());
            return new ForgettingOnFailure<>(streams.store(k.stale() ? parameters.enableStaleStores() : parameters),
                    this::forgetHandles);
        });
    }

    private void forgetHandles() {
        handles.clear();
    }

    @Override
    public Position position(String store, PartitionScope scope) {
        TreeMap<String, Long> offsets = new TreeMap<>();
        long lag = 0;
        for (Map.Entry<Integer, TaskMetadata> task : tasks(store, scope.stale()).entrySet()) {
            if (scope.partitions() != null && !scope.partitions().contains(task.getKey())) {
                continue;
            }
            Map<TopicPartition, Long> ends = task.getValue().endOffsets();
            for (Map.Entry<TopicPartition, Long> committed : task.getValue().committedOffsets().entrySet()) {
                if (committed.getValue() < 0) {
                    continue;
                }
                offsets.put(committed.getKey().toString(), committed.getValue());
                Long end = ends.get(committed.getKey());
                if (end != null && end > committed.getValue()) {
                    lag += end - committed.getValue();
                }
            }
        }
        return new Position(offsets, lag);
    }

    private KafkaStreams.State requireQueryable(boolean stale) {
        KafkaStreams.State state = streams.state();
        if (state == KafkaStreams.State.CREATED) {
            throw new StreamsNotStartedException("Kafka Streams has not started yet");
        }
        if (state == KafkaStreams.State.REBALANCING && !stale) {
            throw new StreamsRebalancingException("Kafka Streams is rebalancing");
        }
        if (!state.isRunningOrRebalancing()) {
            throw new StateStoreNotAvailableException("Kafka Streams is " + state);
        }
        return state;
    }

    /** This instance's tasks holding the store, by partition; standbys too when stale reads are allowed. */
    private Map<Integer, TaskMetadata> tasks(String store, boolean includeStandbys) {
        Integer subtopology = subtopologyOfStore.get(store);
        if (subtopology == null) {
            throw new IllegalArgumentException("Not a store of this topology: " + store);
        }
        Map<Integer, TaskMetadata> out = new TreeMap<>();
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            for (TaskMetadata task : thread.activeTasks()) {
                if (task.taskId().subtopology() == subtopology) {
                    out.put(task.taskId().partition(), task);
                }
            }
        }
        if (includeStandbys) {
            for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
                for (TaskMetadata task : thread.standbyTasks()) {
                    if (task.taskId().subtopology() == subtopology) {
                        out.putIfAbsent(task.taskId().partition(), task);
                    }
                }
            }
        }
        return out;
    }
}
