package io.paperstream.ingest.bucket.s3;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads bucket notifications from a Kafka topic on its own thread and hands each object event to a sink. A record
 * that cannot be parsed is logged and skipped; the periodic full listing covers anything missed, so offsets are
 * committed automatically (at most once is enough here).
 */
public final class S3NotificationConsumer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3NotificationConsumer.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration BACKOFF_AFTER_ERROR = Duration.ofSeconds(5);

    private final String topic;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Consumer<S3Event> sink;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean started;

    public S3NotificationConsumer(S3BucketSettings.Notifications settings, Consumer<S3Event> sink) {
        this.topic = settings.topic();
        this.sink = sink;
        Map<String, Object> config = new HashMap<>(settings.kafkaConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "paperstream-ingest-notifications");
        // Events from before the first start are covered by the full listing every start begins with.
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true");
        this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::run, "ingest-s3-notifications");
        this.thread.setDaemon(true);
    }

    public void start() {
        started = true;
        thread.start();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic));
            while (running) {
                try {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                        handle(record);
                    }
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // e.g. the topic is missing or the broker is unreachable: keep trying, the rescan still works
                    log.warn("Reading bucket notifications from {} failed; retrying in {}: {}", topic,
                            BACKOFF_AFTER_ERROR, e.toString());
                    Thread.sleep(BACKOFF_AFTER_ERROR.toMillis());
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // closing
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return;
        }
        List<S3Event> events;
        try {
            events = S3EventParser.parse(record.value());
        } catch (S3EventParser.MalformedEventException e) {
            log.warn("Skipping malformed bucket notification at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        for (S3Event event : events) {
            try {
                sink.accept(event);
            } catch (RuntimeException e) {
                log.error("Handling bucket notification {} failed", event, e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        if (!started) {
            consumer.close(CloseOptions.timeout(Duration.ZERO));
            return;
        }
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
