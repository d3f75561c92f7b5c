package io.paperstream.topics;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with the serdes of its key and value. Every service reaches a topic through
 * {@link Topics}, so the name and the wire format are declared exactly once.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    @Override
    public String toString() {
        return name;
    }
}
