package io.paperstream.index.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Merges iterators that are each sorted by a sort key into one sorted sequence, reading each lazily, so a
 * page costs about {@code limit} reads per partition however large the partitions are. Closes them all.
 */
final class SortedMerge<V> implements Iterator<SortedMerge.Item<V>>, AutoCloseable {

    /** One element with the index of the iterator (partition) it came from. */
    record Item<V>(String sortKey, V value, int source) {
    }

    private final List<KeyValueIterator<String, V>> iterators;
    private final PriorityQueue<Item<V>> heads = new PriorityQueue<>(Comparator.comparing(Item::sortKey));
    private final Function<KeyValue<String, V>, String> sortKey;

    SortedMerge(List<KeyValueIterator<String, V>> iterators, Function<KeyValue<String, V>, String> sortKey) {
        this.iterators = new ArrayList<>(iterators);
        this.sortKey = sortKey;
        for (int i = 0; i < iterators.size(); i++) {
            advance(i);
        }
    }

    private void advance(int source) {
        KeyValueIterator<String, V> it = iterators.get(source);
        if (it.hasNext()) {
            KeyValue<String, V> next = it.next();
            heads.add(new Item<>(sortKey.apply(next), next.value, source));
        }
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public Item<V> next() {
        Item<V> head = heads.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        advance(head.source());
        return head;
    }

    @Override
    public void close() {
        iterators.forEach(KeyValueIterator::close);
    }
}
