package io.paperstream.ingest.publish;

import io.paperstream.topics.Topic;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes records to several topics in one Kafka transaction. Values are serialized with each topic's
 * own serde, so one producer serves every topic. A fatal producer error (fenced by a newer instance,
 * for one) closes the producer; the next transaction starts a new one.
 */
public final class TransactionalPublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TransactionalPublisher.class);

    private final Map<String, Object> config;
    private final Supplier<Producer<String, byte[]>> producers;
    private final MeterRegistry meters;
    private Producer<String, byte[]> producer;
    private KafkaClientMetrics producerMetrics;

    public TransactionalPublisher(Map<String, Object> clientConfig, String transactionalId, MeterRegistry meters) {
        this.meters = meters;
        Map<String, Object> c = new HashMap<>(clientConfig);
        c.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        c.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // The first batch of a transaction is refused with CONCURRENT_TRANSACTIONS while the markers of the
        // previous one are still being written; the retry waits this long inside commitTransaction (default 100 ms).
        c.putIfAbsent(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 10);
        this.config = Collections.unmodifiableMap(c);
        this.producers = () -> new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Takes its producers from {@code producers} (for tests: Kafka's {@code MockProducer}). */
    public TransactionalPublisher(Supplier<Producer<String, byte[]>> producers, MeterRegistry meters) {
        this.meters = meters;
        this.config = Map.of();
        this.producers = producers;
    }

    /** The producer configuration this publisher was built with (empty when given a producer supplier). */
    Map<String, Object> config() {
        return config;
    }

    /** One transaction: everything sent through the {@link Batch} becomes visible together, or not at all. */
    public interface Work {
        void write(Batch batch) throws Exception;
    }

    /** The sending side of an open transaction. */
    public final class Batch {
        private Batch() {
        }

        public <V> void send(Topic<String, V> topic, String key, V value) {
            byte[] bytes = value == null ? null : topic.valueSerde().serializer().serialize(topic.name(), value);
            producer.send(new ProducerRecord<>(topic.name(), key, bytes));
        }
    }

    /**
     * Runs {@code work} in a transaction and commits it. On any failure the transaction is aborted
     * and the failure rethrown: nothing of it is visible to read_committed readers.
     */
    public synchronized void inTransaction(Work work) throws Exception {
        ensureProducer();
        producer.beginTransaction();
        try {
            work.write(new Batch());
            producer.commitTransaction();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
            log.error("Producer can no longer write ({}); it will be recreated", e.toString());
            discardProducer();
            throw e;
        } catch (Exception e) {
            abortQuietly();
            throw e instanceof ExecutionException && e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void ensureProducer() {
        if (producer == null) {
            producer = producers.get();
            producerMetrics = new KafkaClientMetrics(producer);
            producerMetrics.bindTo(meters);
            producer.initTransactions();
        }
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (KafkaException e) {
            log.warn("Abort failed ({}); the producer will be recreated", e.toString());
            discardProducer();
        }
    }

    private void discardProducer() {
        if (producerMetrics != null) {
            producerMetrics.close();
            producerMetrics = null;
        }
        if (producer != null) {
            try {
                producer.close(java.time.Duration.ofSeconds(5));
            } catch (KafkaException e) {
                log.debug("Closing a failed producer failed", e);
            }
            producer = null;
        }
    }

    @Override
    public synchronized void close() {
        discardProducer();
    }
}
