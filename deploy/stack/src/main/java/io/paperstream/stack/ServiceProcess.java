package io.paperstream.stack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One paperstream service ({@code ingest-service}, {@code enrich-service}, {@code index-service}) running
 * from its shaded jar as a child process. The child is told our pid and exits on its own if we die.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String PARENT_PID_ENV = "PAPERSTREAM_PARENT_PID";
    public static final String HTTP_PORT_ENV = "PAPERSTREAM_HTTP_PORT";

    private final String name;
    private final ChildProcess process;
    private final int port;

    private ServiceProcess(String name, ChildProcess process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    /** Starts {@code <root>/<module>/target/<module>-<version>-all.jar} and waits until it is ready. */
    public static ServiceProcess start(String module, String name, int httpPort, Map<String, String> environment,
                                       Path logFile, Duration readyTimeout) {
        ServiceProcess service = launch(StackBuild.load().serviceJar(module), name, httpPort, environment,
                List.of(), logFile);
        try {
            service.awaitReady(readyTimeout);
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        return service;
    }

    /**
     * Starts the jar without waiting; call {@link #awaitReady(Duration)} next. {@code environment} is added to
     * ours ({@code null} values remove a variable); the HTTP port and our pid are always set.
     */
    public static ServiceProcess launch(Path jar, String name, int httpPort, Map<String, String> environment,
                                        List<String> jvmOptions, Path logFile) {
        Map<String, String> env = new HashMap<>(environment);
        env.put(HTTP_PORT_ENV, Integer.toString(httpPort));
        env.put(PARENT_PID_ENV, Long.toString(ProcessHandle.current().pid()));
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaCommand());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        Path workDir = logFile.toAbsolutePath().getParent();
        return new ServiceProcess(name, ChildProcess.launch(name, command, env, workDir, logFile), httpPort);
    }

    /** Waits for {@code GET /ready} to answer 200. */
    public ServiceProcess awaitReady(Duration timeout) {
        process.awaitHttpOk(URI.create(url() + "/ready"), timeout);
        return this;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Completes with the exit code when the process ends, for whatever reason. */
    public java.util.concurrent.CompletableFuture<Integer> onExit() {
        return process.onExit().thenApply(Process::exitValue);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return process.logFile();
    }

    /** SIGTERM, up to 15 s to finish, then SIGKILL. */
    @Override
    public void close() {
        process.close();
    }
}
