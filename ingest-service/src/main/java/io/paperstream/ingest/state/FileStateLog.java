package io.paperstream.ingest.state;

import io.paperstream.schemas.FileState;
import io.paperstream.schemas.FileStatus;
import io.paperstream.topics.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What ingest remembers about files, rebuilt at start-up by reading the compacted file-state topic to
 * its end with read_committed (so states of aborted transactions never count). Two kinds of key:
 * a file's location, and {@code sha256:<hex>} for each content ever completed, so identical content
 * under any name is recognised even after the file's own record was compacted away.
 */
public final class FileStateLog {

    private static final Logger log = LoggerFactory.getLogger(FileStateLog.class);
    public static final String CONTENT_KEY_PREFIX = "sha256:";

    private final Map<String, FileState> byLocation = new ConcurrentHashMap<>();
    private final Map<String, FileState> completedByContent = new ConcurrentHashMap<>();

    public static String contentKey(String sha256) {
        return CONTENT_KEY_PREFIX + sha256;
    }

    /** Reads the whole topic; returns once every partition's end offset (at call time) is reached. */
    public static FileStateLog load(Map<String, Object> clientConfig, Topic<String, FileState> topic,
                                    Duration timeout) {
        FileStateLog stateLog = new FileStateLog();
        Map<String, Object> c = new HashMap<>(clientConfig);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, c.getOrDefault(ConsumerConfig.CLIENT_ID_CONFIG, "paperstream-ingest")
                + "-file-states");
        c.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<String, FileState> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic.name(), timeout)) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            long records = 0;
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read topic " + topic.name() + " to its end within "
                            + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<String, FileState> r : consumer.poll(Duration.ofMillis(200))) {
                    stateLog.apply(r.key(), r.value());
                    records++;
                }
            }
            log.info("Loaded {} file-state records: {} files known, {} distinct contents completed", records,
                    stateLog.byLocation.size(), stateLog.completedByContent.size());
        }
        return stateLog;
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Applies a record that was committed: at start-up from the topic, later after each commit. */
    public void apply(String key, FileState state) {
        if (key == null) {
            return;
        }
        if (key.startsWith(CONTENT_KEY_PREFIX)) {
            String sha = key.substring(CONTENT_KEY_PREFIX.length());
            if (state == null) {
                completedByContent.remove(sha);
            } else {
                completedByContent.put(sha, state);
            }
        } else if (state == null) {
            byLocation.remove(key);
        } else {
            byLocation.put(key, state);
        }
    }

    public Optional<FileState> at(String location) {
        return Optional.ofNullable(byLocation.get(location));
    }

    /** The completed file that had this content, if any. */
    public Optional<FileState> completedWithContent(String sha256) {
        return Optional.ofNullable(completedByContent.get(sha256));
    }

    public Collection<FileState> files() {
        return byLocation.values();
    }

    public Optional<FileState> byName(String name) {
        return byLocation.values().stream().filter(s -> s.getName().equals(name))
                .max((a, b) -> a.getUpdatedAt().compareTo(b.getUpdatedAt()));
    }

    public long count(FileStatus status) {
        return byLocation.values().stream().filter(s -> s.getState() == status).count();
    }
}
