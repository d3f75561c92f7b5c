package io.paperstream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * One Kafka broker and one schema registry for a whole test JVM, started together on first use and
 * stopped when the JVM exits. Tests share them and keep apart by naming their topics, groups and subjects
 * uniquely (see {@link #uniqueName(String)}).
 */
public final class SharedStack {

    private static volatile SharedStack instance;
    private static RuntimeException startFailure;
    private static final List<Path> tempDirs = new CopyOnWriteArrayList<>();

    static {
        // One hook for both, so temp dirs are deleted only after the broker stopped writing to them.
        Runtime.getRuntime().addShutdownHook(new Thread(SharedStack::stopAtExit, "shared-stack-shutdown"));
    }

    private final EmbeddedKafkaBroker broker;
    private final SchemaRegistryProcess registry;

    private SharedStack(EmbeddedKafkaBroker broker, SchemaRegistryProcess registry) {
        this.broker = broker;
        this.registry = registry;
    }

    /** The running shared stack, started on the first call; later calls rethrow a failed start at once. */
    public static synchronized SharedStack get() {
        if (instance != null) {
            return instance;
        }
        if (startFailure != null) {
            throw new IllegalStateException("The shared test stack failed to start earlier: " + startFailure.getMessage(),
                    startFailure);
        }
        try {
            instance = start();
            return instance;
        } catch (RuntimeException e) {
            startFailure = e;
            throw e;
        }
    }

    private static SharedStack start() {
        Path brokerDir = newTempDir("shared-kafka");
        Path logDir = newTempDir("shared-logs");
        CompletableFuture<SchemaRegistryProcess> registryStart = CompletableFuture.supplyAsync(() ->
                SchemaRegistryProcess.start(null, 0, logDir.resolve("registry.log"),
                        SchemaRegistryProcess.DEFAULT_READY_TIMEOUT));
        EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedKafkaBroker.start(brokerDir);
        } catch (RuntimeException e) {
            registryStart.thenAccept(SchemaRegistryProcess::close);
            throw e;
        }
        SchemaRegistryProcess registry;
        try {
            registry = registryStart.join();
        } catch (CompletionException e) {
            broker.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return new SharedStack(broker, registry);
    }

    private static void stopAtExit() {
        SharedStack running = instance;
        try {
            if (running != null) {
                try {
                    running.registry.close();
                } finally {
                    running.broker.close();
                }
            }
        } finally {
            tempDirs.forEach(SharedStack::deleteRecursively);
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Apicurio core API ({@code …/apis/registry/v3}), the URL our serdes take. */
    public String registryCoreUrl() {
        return registry.coreApiUrl();
    }

    /** Confluent-compatible API ({@code …/apis/ccompat/v7}). */
    public String ccompatUrl() {
        return registry.ccompatUrl();
    }

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    public SchemaRegistryProcess registry() {
        return registry;
    }

    /** {@code prefix-<random>}: for topics, consumer groups, application ids and subjects shared in one broker. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new empty directory {@code paperstream-<prefix>-<random>} under java.io.tmpdir, deleted at JVM exit. */
    public static Path newTempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory("paperstream-" + prefix + "-");
            tempDirs.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temp directory", e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort at JVM exit: a leftover temp dir is harmless
        }
    }
}
