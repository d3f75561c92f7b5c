package io.paperstream.it.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.paperstream.stack.EmbeddedKafkaBroker;
import io.paperstream.stack.SharedStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** A broker restarted on the same data directory (and on new ports) keeps its topics and records. */
class EmbeddedKafkaBrokerRestartTest {

    @Test
    void topicsAndRecordsSurviveARestartOnTheSameDataDirectory() throws Exception {
        Path dataDir = SharedStack.newTempDir("restart-kafka");
        String topic = "papers-kept";

        int firstPort;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir)) {
            firstPort = broker.port();
            try (Admin admin = admin(broker)) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)
                        .configs(Map.of("cleanup.policy", "compact")))).all().get(30, TimeUnit.SECONDS);
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 10; i++) {
                    producer.send(new ProducerRecord<>(topic, "paper-" + i, "title " + i)).get(30, TimeUnit.SECONDS);
                }
            }
        }

        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.start(dataDir)) {
            try (Admin admin = admin(restarted)) {
                TopicDescription description = admin.describeTopics(Set.of(topic)).allTopicNames()
                        .get(30, TimeUnit.SECONDS).get(topic);
                assertThat(description.partitions()).hasSize(3);
                assertThat(admin.describeConfigs(List.of(new org.apache.kafka.common.config.ConfigResource(
                        org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic))).all().get(30, TimeUnit.SECONDS)
                        .values().iterator().next().get("cleanup.policy").value()).isEqualTo("compact");
            }
            assertThat(readAll(restarted, topic, 3)).hasSize(10)
                    .contains("title 0", "title 9");
            assertThat(restarted.dataDir()).isEqualTo(dataDir.toAbsolutePath());
            // The port may differ: the controller address lives in config, not in the formatted log.
            assertThat(restarted.port()).isPositive();
            assertThat(firstPort).isPositive();
        }
    }

    private static Admin admin(EmbeddedKafkaBroker broker) {
        return Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
    }

    private static List<String> readAll(EmbeddedKafkaBroker broker, String topic, int partitions) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> assigned = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                assigned.add(new TopicPartition(topic, p));
            }
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < 10 && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
