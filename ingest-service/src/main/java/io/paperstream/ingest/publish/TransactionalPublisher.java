package io.paperstream.ingest.publish;

import io.paperstream.topics.Topic;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.producer.KafkaProducer;
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
    private final MeterRegistry meters;
    private KafkaProducer<String, byte[]> producer;
    private KafkaClientMetrics producerMetrics;

    public TransactionalPublisher(Map<String, Object> clientConfig, String transactionalId, MeterRegistry meters) {
        this.meters = meters;
        Map<String, Object> c = new HashMap<>(clientConfig);
        c.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        c.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.config = c;
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
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
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
