package io.paperstream.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class TransactionalPublisherTest {

    @Test
    void aConcurrentTransactionsRetryWaitsTenMillisecondsUnlessConfiguredOtherwise() {
        try (TransactionalPublisher defaults = new TransactionalPublisher(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9"), "tx", new SimpleMeterRegistry())) {
            assertThat(defaults.config()).containsEntry(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 10)
                    .containsEntry(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx");
        }
        try (TransactionalPublisher configured = new TransactionalPublisher(
                Map.of(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, "250"), "tx", new SimpleMeterRegistry())) {
            assertThat(configured.config()).containsEntry(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, "250");
        }
    }
}
