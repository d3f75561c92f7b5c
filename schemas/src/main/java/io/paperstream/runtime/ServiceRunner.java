package io.paperstream.runtime;

import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Runs one service: loads settings, serves HTTP (health, readiness, metrics and the service's own
 * routes), starts the service and blocks until SIGTERM, Ctrl-C or the death of the parent process
 * named by {@code parent.pid} (so a launcher that dies leaves no orphans).
 */
public final class ServiceRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceRunner.class);

    private final ServiceContext context;
    private final PaperstreamService service;
    private final Javalin http;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ServiceRunner(ServiceContext context, PaperstreamService service, Javalin http) {
        this.context = context;
        this.service = service;
        this.http = http;
    }

    /** Entry point for a service's {@code main}: {@code [--config FILE]}. */
    public static void main(String serviceName, String[] args, Function<ServiceContext, PaperstreamService> factory) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        String configFile = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                configFile = args[++i];
            } else if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println("Usage: " + serviceName + "-service [--config FILE]\n"
                        + "Settings come from FILE (or $" + Settings.CONFIG_ENV + ") and environment variables "
                        + Settings.ENV_PREFIX + "<KEY> (dots as underscores). See docs/operations.md.");
                return;
            } else {
                System.err.println("Unknown argument: " + args[i] + " (try --help)");
                System.exit(2);
            }
        }
        ServiceRunner runner;
        try {
            runner = start(serviceName, Settings.load(serviceName, configFile, System.getenv()), factory);
        } catch (RuntimeException e) {
            log.error("{}-service could not start: {}", serviceName, e.getMessage(), e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(runner::close, serviceName + "-shutdown"));
        runner.awaitStop();
        System.exit(0);
    }

    /** Starts a service in this JVM; tests and the local stack use this directly. */
    public static ServiceRunner start(String serviceName, Settings settings,
                                      Function<ServiceContext, PaperstreamService> factory) {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        meters.config().commonTags("service", serviceName);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmGcMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ClassLoaderMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        ServiceContext context = new ServiceContext(serviceName, settings, meters);
        log.info("Starting {}-service with settings {}", serviceName, settings);
        PaperstreamService service = factory.apply(context);
        Javalin http = HttpServers.create(settings, meters);
        http.get("/health", ctx -> {
            boolean alive = service.isAlive();
            ctx.status(alive ? 200 : 503).json(Map.of("status", alive ? "UP" : "DOWN"));
        });
        http.get("/ready", ctx -> {
            boolean ready = service.isReady();
            ctx.status(ready ? 200 : 503).json(Map.of("ready", ready));
        });
        http.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(meters.scrape()));
        service.addRoutes(http);
        ServiceRunner runner = new ServiceRunner(context, service, http);
        try {
            service.start();
            http.start(settings.get("http.host", "0.0.0.0"), settings.getInt("http.port", 8080));
        } catch (RuntimeException e) {
            runner.close();
            throw e;
        }
        log.info("{}-service listening on port {}", serviceName, http.port());
        watchParent(settings, runner);
        return runner;
    }

    private static void watchParent(Settings settings, ServiceRunner runner) {
        long parentPid = settings.getLong("parent.pid", -1);
        if (parentPid <= 0) {
            return;
        }
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> {
                    log.warn("Parent process {} exited; stopping", parentPid);
                    System.exit(0);
                }),
                () -> {
                    log.warn("Parent process {} is already gone; stopping", parentPid);
                    System.exit(0);
                });
    }

    public int port() {
        return http.port();
    }

    public PaperstreamService service() {
        return service;
    }

    public ServiceContext context() {
        return context;
    }

    public void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        log.info("Stopping {}-service", context.serviceName());
        try {
            http.stop();
        } catch (RuntimeException e) {
            log.warn("HTTP server did not stop cleanly", e);
        }
        try {
            service.close();
        } catch (RuntimeException e) {
            log.warn("{}-service did not stop cleanly", context.serviceName(), e);
        }
        stopped.countDown();
    }
}
