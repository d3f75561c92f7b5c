package io.paperstream.index.query;

import java.util.List;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** The partitions of a state store held by this instance. Kafka Streams in a service, the test driver in tests. */
public interface LocalStores {

    /**
     * The store's partitions in the scope, in partition order; the same order for every store of one
     * sub-topology.
     *
     * @throws org.apache.kafka.streams.errors.InvalidStateStoreException when they cannot be read now
     */
    <V> List<ReadOnlyKeyValueStore<String, V>> partitions(String store, PartitionScope scope);

    /** The input position the store partitions reflect. */
    default Position position(String store, PartitionScope scope) {
        return Position.UNKNOWN;
    }
}
