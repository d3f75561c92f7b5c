package io.paperstream.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A single Kafka node, broker and controller in one, running in this JVM (KRaft, no ZooKeeper). The data
 * directory is formatted on first start and reused afterwards, so topics and records survive a restart.
 * The quorum is static ({@code controller.quorum.voters}), which keeps the controller address in the config
 * rather than in the metadata log: a restart may use different ports.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String BROKER_LISTENER = "PLAINTEXT";

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path dataDir, int port, int controllerPort) {
        this.server = server;
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Starts on free ports and waits until it answers. */
    public static EmbeddedKafkaBroker start(Path dataDir) {
        return start(dataDir, 0, 0, Map.of(), DEFAULT_READY_TIMEOUT);
    }

    /**
     * Starts the node and returns once an Admin client gets an answer to describeCluster.
     *
     * @param port           client listener port, 0 for a free one
     * @param controllerPort controller listener port, 0 for a free one
     * @param overrides      broker configs applied on top of the single-node defaults
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, int controllerPort,
                                            Map<String, String> overrides, Duration readyTimeout) {
        KafkaLogLevels.quietUnlessConfigured();
        Path dir = dataDir.toAbsolutePath();
        int clientPort = port > 0 ? port : Ports.freePort();
        int quorumPort = controllerPort > 0 ? controllerPort : freePortOtherThan(clientPort);
        Properties config = singleNodeConfig(dir, clientPort, quorumPort);
        config.putAll(overrides);
        KafkaConfig kafkaConfig = new KafkaConfig(config, false);
        formatIfNew(dir);
        KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, dir, clientPort, quorumPort);
        try {
            server.startup();
            broker.awaitAnswer(readyTimeout);
        } catch (RuntimeException e) {
            broker.close();
            throw new IllegalStateException("Kafka broker on port " + clientPort + " (data " + dir + ") did not start: "
                    + e.getMessage(), e);
        }
        return broker;
    }

    static Properties singleNodeConfig(Path dir, int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", BROKER_LISTENER + "://127.0.0.1:" + clientPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", BROKER_LISTENER + "://127.0.0.1:" + clientPort);
        p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", BROKER_LISTENER);
        p.put("log.dirs", dir.toString());
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("offsets.topic.replication.factor", "1");
        // Fewer partitions for internal topics: creating 50 of each costs seconds at first start on two cores.
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("default.replication.factor", "1");
        p.put("num.partitions", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        // A busy laptop (or a 2-core CI box running builds) can stall the controller long enough to fence the
        // only broker at the default 9 s; fenced means no partition leaders, i.e. an outage for every client.
        p.put("broker.session.timeout.ms", "30000");
        // The cleaner's default 128 MB dedupe buffer is allocated up front; local compacted topics are small.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        return p;
    }

    private static void formatIfNew(Path dir) {
        if (Files.isRegularFile(dir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dir.toString()))
                    .setMetadataLogDirectory(dir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create Kafka data directory " + dir, e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private void awaitAnswer(Duration timeout) {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(adminConfig)) {
            var nodes = admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (nodes.isEmpty()) {
                throw new IllegalStateException("describeCluster returned no brokers");
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no answer to describeCluster within " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    private static int freePortOtherThan(int taken) {
        int candidate = Ports.freePort();
        while (candidate == taken) {
            candidate = Ports.freePort();
        }
        return candidate;
    }

    /** {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
    }
}
