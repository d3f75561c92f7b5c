package io.paperstream.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The whole pipeline on one machine without Docker: a Kafka node in this JVM, the schema registry and the
 * three services as child processes. Start order is broker and registry together, then all services
 * together; {@link #close()} stops them in reverse. Everything lives under the data directory, so a
 * restart with the same directory keeps topics, registry ids and service state.
 */
public final class LocalStack implements AutoCloseable {

    public static final String INGEST_MODULE = "ingest-service";
    public static final String ENRICH_MODULE = "enrich-service";
    public static final String INDEX_MODULE = "index-service";
    static final Duration REGISTRY_READY_TIMEOUT = Duration.ofSeconds(120);
    static final Duration SERVICE_READY_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xmx512m");
    /** The stack's own variables; children would read them as meaningless settings (data, port, ...). */
    private static final List<String> STACK_ONLY_ENV = List.of(LocalStackConfig.DATA_ENV, LocalStackConfig.INBOX_ENV,
            LocalStackConfig.PORT_ENV, LocalStackConfig.INDEX_INSTANCES_ENV, StackBuild.PROJECT_HOME_ENV,
            StackBuild.REGISTRY_HOME_ENV);

    private final LocalStackConfig config;
    private final PrintStream out;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final long startedAt = System.nanoTime();
    private EmbeddedKafkaBroker broker;
    private SchemaRegistryProcess registry;
    private ServiceProcess ingest;
    private ServiceProcess enrich;
    private final List<ServiceProcess> indexes = new ArrayList<>();
    private Endpoints endpoints;
    private boolean closed;

    public LocalStack(LocalStackConfig config, PrintStream progress) {
        this.config = config;
        this.out = progress;
    }

    /** Starts everything and writes {@code endpoints.json}; on failure stops what did start and throws. */
    public Endpoints start() {
        try {
            return startEverything();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private Endpoints startEverything() {
        StackBuild build = StackBuild.load();
        // Everything that can be checked without starting anything is checked first: a missing jar or a
        // taken port should not cost a 15-second registry start to find out.
        build.registryJar();
        Path ingestJar = build.serviceJar(INGEST_MODULE);
        Path enrichJar = build.serviceJar(ENRICH_MODULE);
        Path indexJar = build.serviceJar(INDEX_MODULE);
        config.requirePortsAvailable();
        createDirectories(config.dataDir(), config.inbox(), config.logDir());
        deleteEndpointsFile();

        ExecutorService starters = Executors.newCachedThreadPool(daemonThreads());
        try {
            out.printf("starting Kafka broker on 127.0.0.1:%d and schema registry on port %d (data in %s)%n",
                    config.kafkaPort(), config.registryPort(), config.dataDir());
            CompletableFuture<EmbeddedKafkaBroker> brokerStart = CompletableFuture.supplyAsync(timed("Kafka broker",
                    () -> EmbeddedKafkaBroker.start(config.kafkaDir(), config.kafkaPort(), config.controllerPort(),
                            Map.of(), EmbeddedKafkaBroker.DEFAULT_READY_TIMEOUT),
                    b -> "Kafka broker ready on " + b.bootstrapServers()), starters);
            registry = register(SchemaRegistryProcess.launch(config.registryDir(), config.registryPort(),
                    config.logDir().resolve("registry.log")));
            CompletableFuture<SchemaRegistryProcess> registryReady = CompletableFuture.supplyAsync(timed("schema registry",
                    () -> registry.awaitReady(REGISTRY_READY_TIMEOUT),
                    r -> "schema registry ready on " + r.ccompatUrl()), starters);
            broker = register(join(brokerStart));
            join(registryReady);

            out.printf("starting ingest-service, enrich-service and %d index-service instance(s)%n", config.indexInstances());
            ingest = launchService(ingestJar, "ingest-service", "ingest", config.ingestPort(),
                    Map.of("PAPERSTREAM_INGEST_INBOX", config.inbox().toString()));
            enrich = launchService(enrichJar, "enrich-service", "enrich", config.enrichPort(), Map.of());
            for (int i = 0; i < config.indexInstances(); i++) {
                indexes.add(launchService(indexJar, "index-service #" + i, "index-" + i, config.indexPort(i), Map.of(
                        "PAPERSTREAM_HTTP_ADVERTISED_HOST", "127.0.0.1",
                        "PAPERSTREAM_INDEX_STANDBY_REPLICAS", config.indexInstances() > 1 ? "1" : "0")));
            }
            List<ServiceProcess> services = new ArrayList<>(List.of(ingest, enrich));
            services.addAll(indexes);
            List<CompletableFuture<ServiceProcess>> ready = services.stream()
                    .map(s -> CompletableFuture.supplyAsync(timed(s.name(), () -> s.awaitReady(SERVICE_READY_TIMEOUT),
                            r -> r.name() + " ready on " + r.url()), starters))
                    .toList();
            ready.forEach(LocalStack::join);
        } finally {
            starters.shutdownNow();
        }

        endpoints = new Endpoints(broker.bootstrapServers(), registry.ccompatUrl(),
                List.of(ingest.url()), List.of(enrich.url()), indexes.stream().map(ServiceProcess::url).toList(),
                indexes.stream().map(ServiceProcess::pid).toList(), List.of(ingest.pid()), List.of(enrich.pid()));
        endpoints.writeTo(config.endpointsFile());
        warnWhenAServiceDies();
        return endpoints;
    }

    private ServiceProcess launchService(Path jar, String name, String stateName, int port, Map<String, String> extraEnv) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("stack is stopping");
            }
        }
        Map<String, String> env = new HashMap<>();
        STACK_ONLY_ENV.forEach(variable -> env.put(variable, null));
        env.put("PAPERSTREAM_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("PAPERSTREAM_REGISTRY_URL", registry.coreApiUrl());
        env.put("PAPERSTREAM_STATE_DIR", config.stateDir(stateName).toString());
        env.putAll(extraEnv);
        createDirectories(config.stateDir(stateName));
        return register(ServiceProcess.launch(jar, name, port, env, SERVICE_JVM_OPTIONS,
                config.logDir().resolve(stateName + ".log")));
    }

    private void warnWhenAServiceDies() {
        List<ServiceProcess> services = new ArrayList<>(List.of(ingest, enrich));
        services.addAll(indexes);
        for (ServiceProcess service : services) {
            service.onExit().thenAccept(code -> {
                synchronized (this) {
                    if (closed) {
                        return;
                    }
                }
                out.printf("WARNING: %s (pid %d) exited with code %d; see %s%n", service.name(), service.pid(), code,
                        service.logFile());
            });
        }
    }

    private <T> Supplier<T> timed(String what, Supplier<T> start, java.util.function.Function<T, String> readyLine) {
        return () -> {
            long began = System.nanoTime();
            T started = start.get();
            out.printf("%s (%.1f s)%n", readyLine.apply(started), (System.nanoTime() - began) / 1e9);
            return started;
        };
    }

    private synchronized <T extends AutoCloseable> T register(T component) {
        if (closed) {
            closeQuietly(component);
            throw new IllegalStateException("stack is stopping");
        }
        running.push(component);
        return component;
    }

    /** Whether anything was started and not yet stopped. */
    public synchronized boolean hasRunningComponents() {
        return !running.isEmpty();
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    public LocalStackConfig config() {
        return config;
    }

    /** Seconds since this stack object was created. */
    public double uptimeSeconds() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    /**
     * Stops services (all at once: each may take up to 15 s), then the registry and the broker, and removes
     * endpoints.json so nobody mistakes a stopped stack for a running one.
     */
    @Override
    public void close() {
        List<AutoCloseable> toStop;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = new ArrayList<>(running);
            running.clear();
        }
        deleteEndpointsFile();
        List<AutoCloseable> services = toStop.stream().filter(c -> c instanceof ServiceProcess).toList();
        CompletableFuture.allOf(services.stream()
                .map(s -> CompletableFuture.runAsync(() -> closeQuietly(s)))
                .toArray(CompletableFuture[]::new)).join();
        toStop.stream().filter(c -> !(c instanceof ServiceProcess)).forEach(LocalStack::closeQuietly);
    }

    private void deleteEndpointsFile() {
        try {
            Files.deleteIfExists(config.endpointsFile());
        } catch (IOException e) {
            out.println("Could not delete " + config.endpointsFile() + ": " + e.getMessage());
        }
    }

    private static void closeQuietly(AutoCloseable component) {
        try {
            component.close();
        } catch (Exception e) {
            System.err.println("Error while stopping " + component + ": " + e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void createDirectories(Path... dirs) {
        for (Path dir : dirs) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create " + dir, e);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "local-stack-start");
            thread.setDaemon(true);
            return thread;
        };
    }
}
