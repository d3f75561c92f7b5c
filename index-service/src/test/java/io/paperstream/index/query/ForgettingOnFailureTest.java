package io.paperstream.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StateStoreMigratedException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

class ForgettingOnFailureTest {

    private final AtomicInteger forgotten = new AtomicInteger();

    /** A partition that is here until {@code moved} is set. */
    private static final class MovingPartition implements ReadOnlyKeyValueStore<String, String> {
        boolean moved;

        private void check() {
            if (moved) {
                throw new StateStoreMigratedException("partition moved");
            }
        }

        @Override
        public String get(String key) {
            check();
            return "value of " + key;
        }

        @Override
        public KeyValueIterator<String, String> range(String from, String to) {
            check();
            return null;
        }

        @Override
        public KeyValueIterator<String, String> all() {
            check();
            return null;
        }

        @Override
        public long approximateNumEntries() {
            check();
            return 1;
        }
    }

    @Test
    void readsPassThroughWhileThePartitionIsHere() {
        MovingPartition partition = new MovingPartition();
        ForgettingOnFailure<String> handle = new ForgettingOnFailure<>(partition, forgotten::incrementAndGet);

        assertThat(handle.get("p1")).isEqualTo("value of p1");
        assertThat(handle.approximateNumEntries()).isEqualTo(1);
        assertThat(forgotten).hasValue(0);
    }

    @Test
    void aReadThatFindsThePartitionGoneForgetsTheCachedHandlesAndStillFails() {
        MovingPartition partition = new MovingPartition();
        ForgettingOnFailure<String> handle = new ForgettingOnFailure<>(partition, forgotten::incrementAndGet);
        partition.moved = true;

        assertThatThrownBy(() -> handle.get("p1")).isInstanceOf(StateStoreMigratedException.class);
        assertThatThrownBy(handle::all).isInstanceOf(InvalidStateStoreException.class);
        assertThatThrownBy(() -> handle.range("a", "b")).isInstanceOf(InvalidStateStoreException.class);
        assertThat(forgotten).hasValue(3);
    }
}
