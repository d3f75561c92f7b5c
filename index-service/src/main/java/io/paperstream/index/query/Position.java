package io.paperstream.index.query;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How far the stores behind an answer had read their input: committed offset per input partition
 * ({@code topic-partition}), and how many records were still unread.
 */
public record Position(SortedMap<String, Long> offsets, long lag) {

    public static final Position UNKNOWN = new Position(new TreeMap<>(), 0);

    public Position {
        offsets = new TreeMap<>(offsets == null ? Map.of() : offsets);
    }

    public Position merge(Position other) {
        TreeMap<String, Long> merged = new TreeMap<>(offsets);
        other.offsets.forEach((partition, offset) -> merged.merge(partition, offset, Math::max));
        return new Position(merged, lag + other.lag);
    }

    /** {@code papers.enriched-0=120,papers.enriched-3=98}; empty when unknown. */
    public String header() {
        return offsets.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
