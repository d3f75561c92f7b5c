package io.paperstream.stack;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka (KRaft, apache/kafka image) and Apicurio Registry (in-memory storage) in Docker containers, started
 * together. The broker is configured like the embedded one, so tests behave the same on both.
 */
final class ContainerBackend implements TestBackend {

    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.0");
    static final DockerImageName REGISTRY_IMAGE = DockerImageName.parse("apicurio/apicurio-registry:3.0.9");
    private static final int REGISTRY_PORT = 8080;

    private final KafkaContainer kafka;
    private final GenericContainer<?> registry;

    private ContainerBackend(KafkaContainer kafka, GenericContainer<?> registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    /**
     * Whether a Docker engine answers, found as Testcontainers finds it (DOCKER_HOST, ~/.testcontainers.properties,
     * the usual sockets). Where there is none this answers false within a second; Testcontainers' own report of
     * every strategy it tried is silenced meanwhile, because for the auto choice no Docker is an answer, not an error.
     */
    static boolean dockerAvailable() {
        if (!(LoggerFactory.getLogger("org.testcontainers") instanceof ch.qos.logback.classic.Logger testcontainers)) {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        Level before = testcontainers.getLevel();
        testcontainers.setLevel(Level.OFF);
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } finally {
            testcontainers.setLevel(before);
        }
    }

    static ContainerBackend start() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                // As the embedded broker: a topic nobody created is an error, not a new topic.
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_NUM_PARTITIONS", "1")
                .withEnv("KAFKA_DEFAULT_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_MIN_INSYNC_REPLICAS", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1");
        GenericContainer<?> registry = new GenericContainer<>(REGISTRY_IMAGE)
                .withExposedPorts(REGISTRY_PORT)
                // The Confluent-compatible API answers only once storage is up, not just HTTP.
                .waitingFor(Wait.forHttp("/apis/ccompat/v7/subjects").forPort(REGISTRY_PORT).forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(3)));
        try {
            Startables.deepStart(kafka, registry).join();
        } catch (RuntimeException e) {
            kafka.stop();
            registry.stop();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return new ContainerBackend(kafka, registry);
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    private String registryBaseUrl() {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT);
    }

    @Override
    public String registryCoreUrl() {
        return registryBaseUrl() + "/apis/registry/v3";
    }

    @Override
    public String ccompatUrl() {
        return registryBaseUrl() + "/apis/ccompat/v7";
    }

    @Override
    public String toString() {
        return "containers: " + KAFKA_IMAGE + " at " + bootstrapServers() + ", " + REGISTRY_IMAGE + " at "
                + registryBaseUrl();
    }

    @Override
    public void close() {
        try {
            registry.stop();
        } finally {
            kafka.stop();
        }
    }
}
