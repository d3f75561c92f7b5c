package io.paperstream.index.query;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which local store partitions a query reads.
 *
 * @param partitions the partitions, or null for every partition this instance owns
 * @param stale      whether standby replicas may answer
 */
public record PartitionScope(SortedSet<Integer> partitions, boolean stale) {

    public static final PartitionScope ALL_LOCAL = new PartitionScope(null, false);

    public PartitionScope {
        partitions = partitions == null ? null : new TreeSet<>(partitions);
    }

    public static PartitionScope of(Collection<Integer> partitions, boolean stale) {
        return new PartitionScope(new TreeSet<>(partitions), stale);
    }

    public PartitionScope allowingStale() {
        return new PartitionScope(partitions, true);
    }
}
