package io.paperstream.index.query;

import java.util.List;
import java.util.function.Function;

/**
 * A query result with what it reflects.
 *
 * @param stale true when some of it may have been read from a standby replica
 */
public record Answer<T>(T value, boolean stale, Position position) {

    public <R> Answer<R> map(Function<? super T, ? extends R> f) {
        return new Answer<>(f.apply(value), stale, position);
    }

    /** Joins answers about disjoint partitions. */
    public static <P, T> Answer<T> combine(List<Answer<P>> parts, Function<List<P>, T> merge) {
        boolean stale = false;
        Position position = Position.UNKNOWN;
        for (Answer<P> part : parts) {
            stale |= part.stale();
            position = position.merge(part.position());
        }
        return new Answer<>(merge.apply(parts.stream().map(Answer::value).toList()), stale, position);
    }
}
