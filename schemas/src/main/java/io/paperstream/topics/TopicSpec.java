package io.paperstream.topics;

import java.util.Map;

/** How a topic is created: partitions and topic-level configuration such as the cleanup policy. */
public record TopicSpec(String name, int partitions, Map<String, String> config) {

    public static TopicSpec deleting(String name, int partitions, long retentionMs) {
        return new TopicSpec(name, partitions, Map.of(
                "cleanup.policy", "delete",
                "retention.ms", Long.toString(retentionMs)));
    }

    public static TopicSpec compacted(String name, int partitions) {
        return new TopicSpec(name, partitions, Map.of("cleanup.policy", "compact"));
    }

    public static TopicSpec kept(String name, int partitions) {
        return new TopicSpec(name, partitions, Map.of("cleanup.policy", "delete", "retention.ms", "-1"));
    }
}
