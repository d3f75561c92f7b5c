package io.paperstream.index.query;

import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * A cached store handle that tells its cache to forget it when a read finds the store gone (moved,
 * closed, restoring), so the retry that follows asks Kafka Streams afresh.
 */
final class ForgettingOnFailure<V> implements ReadOnlyKeyValueStore<String, V> {

    private final ReadOnlyKeyValueStore<String, V> store;
    private final Runnable forget;

    ForgettingOnFailure(ReadOnlyKeyValueStore<String, V> store, Runnable forget) {
        this.store = store;
        this.forget = forget;
    }

    @Override
    public V get(String key) {
        try {
            return store.get(key);
        } catch (InvalidStateStoreException e) {
            forget.run();
            throw e;
        }
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        try {
            return store.range(from, to);
        } catch (InvalidStateStoreException e) {
            forget.run();
            throw e;
        }
    }

    @Override
    public KeyValueIterator<String, V> reverseRange(String from, String to) {
        try {
            return store.reverseRange(from, to);
        } catch (InvalidStateStoreException e) {
            forget.run();
            throw e;
        }
    }

    @Override
    public KeyValueIterator<String, V> all() {
        try {
            return store.all();
        } catch (InvalidStateStoreException e) {
            forget.run();
            throw e;
        }
    }

    @Override
    public KeyValueIterator<String, V> reverseAll() {
        try {
            return store.reverseAll();
        } catch (InvalidStateStoreException e) {
            forget.run();
            throw e;
        }
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, PS prefixKeySerializer) {
        try {
            return store.prefixScan(prefix, prefixKeySerializer);
        } catch (InvalidStateStoreException e) {
            forget.run();
            throw e;
        }
    }

    @Override
    public long approximateNumEntries() {
        try {
            return store.approximateNumEntries();
        } catch (InvalidStateStoreException e) {
            forget.run();
            throw e;
        }
    }
}
