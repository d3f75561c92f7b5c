package io.paperstream.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An Apicurio Registry running as a child process, with H2 storage in a file (kept across restarts) or in
 * memory. Clients speak the Confluent-compatible API at {@link #ccompatUrl()} or Apicurio's own at
 * {@link #coreApiUrl()}.
 */
public final class SchemaRegistryProcess implements AutoCloseable {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);

    private final ChildProcess process;
    private final int port;

    private SchemaRegistryProcess(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the registry and waits until it serves requests.
     *
     * @param storageDir where the H2 database lives; {@code null} for in-memory storage
     * @param port       HTTP port, or 0 for a free one
     * @param logFile    receives the registry's stdout and stderr
     */
    public static SchemaRegistryProcess start(Path storageDir, int port, Path logFile, Duration readyTimeout) {
        SchemaRegistryProcess registry = launch(storageDir, port, logFile);
        try {
            registry.awaitReady(readyTimeout);
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
        return registry;
    }

    /** Starts the process without waiting; call {@link #awaitReady(Duration)} before using it. */
    public static SchemaRegistryProcess launch(Path storageDir, int port, Path logFile) {
        StackBuild build = StackBuild.load();
        Path jar = build.registryJar();
        int httpPort = port > 0 ? port : Ports.freePort();
        List<String> command = new ArrayList<>(List.of(
                ChildProcess.javaCommand(),
                ParentWatchAgent.jvmOption(),
                "-Xmx512m",
                // C1 only: the registry does little work locally, and on two cores this starts it noticeably faster.
                "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.log.console.color=false"));
        Path workDir;
        if (storageDir != null) {
            Path dir = storageDir.toAbsolutePath();
            command.add("-Dapicurio.datasource.url=jdbc:h2:file:" + dir.resolve("db"));
            workDir = dir;
        } else {
            workDir = logFile.toAbsolutePath().getParent();
        }
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(workDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot create " + workDir, e);
        }
        ChildProcess child = ChildProcess.launch("schema registry", command, Map.of(), workDir, logFile);
        return new SchemaRegistryProcess(child, httpPort);
    }

    /** Waits until the Confluent-compatible API answers, which means storage is up as well as HTTP. */
    public SchemaRegistryProcess awaitReady(Duration timeout) {
        process.awaitHttpOk(URI.create(ccompatUrl() + "/subjects"), timeout);
        return this;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Confluent-compatible API: {@code http://127.0.0.1:<port>/apis/ccompat/v7}. */
    public String ccompatUrl() {
        return baseUrl() + "/apis/ccompat/v7";
    }

    /** Apicurio's core API, the URL Apicurio serdes take: {@code http://127.0.0.1:<port>/apis/registry/v3}. */
    public String coreApiUrl() {
        return baseUrl() + "/apis/registry/v3";
    }

    public Path logFile() {
        return process.logFile();
    }

    @Override
    public void close() {
        process.close();
    }
}
