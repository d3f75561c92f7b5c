package io.paperstream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka broker and one schema registry for a whole test JVM, started together on first use and
 * stopped when the JVM exits. Tests share them and keep apart by naming their topics, groups and subjects
 * uniquely (see {@link #uniqueName(String)}). Which {@link TestBackend} provides them is chosen once, by the
 * system property {@value TestBackend#PROPERTY}: {@code embedded} (a broker in this JVM and a registry
 * process), {@code containers} (Docker), or {@code auto} (the default: containers when Docker answers).
 */
public final class SharedStack {

    private static final Logger log = LoggerFactory.getLogger(SharedStack.class);
    private static volatile SharedStack instance;
    private static RuntimeException startFailure;
    private static final List<Path> tempDirs = new CopyOnWriteArrayList<>();

    static {
        // One hook for both, so temp dirs are deleted only after the broker stopped writing to them.
        Runtime.getRuntime().addShutdownHook(new Thread(SharedStack::stopAtExit, "shared-stack-shutdown"));
    }

    private final TestBackend.Kind kind;
    private final TestBackend backend;

    private SharedStack(TestBackend.Kind kind, TestBackend backend) {
        this.kind = kind;
        this.backend = backend;
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
            TestBackend.Kind kind = TestBackend.Kind.choose(System.getProperty(TestBackend.PROPERTY),
                    ContainerBackend::dockerAvailable);
            instance = new SharedStack(kind, TestBackend.start(kind));
            log.info("Shared test stack: {}", instance.backend);
            return instance;
        } catch (RuntimeException e) {
            startFailure = e;
            throw e;
        }
    }

    private static void stopAtExit() {
        SharedStack running = instance;
        try {
            if (running != null) {
                running.backend.close();
            }
        } finally {
            tempDirs.forEach(SharedStack::deleteRecursively);
        }
    }

    /** Which backend this run uses. */
    public TestBackend.Kind kind() {
        return kind;
    }

    public String bootstrapServers() {
        return backend.bootstrapServers();
    }

    /** Apicurio core API ({@code …/apis/registry/v3}), the URL our serdes take. */
    public String registryCoreUrl() {
        return backend.registryCoreUrl();
    }

    /** Confluent-compatible API ({@code …/apis/ccompat/v7}). */
    public String ccompatUrl() {
        return backend.ccompatUrl();
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
