package io.paperstream.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the pieces of the local stack live: the unpacked schema registry and the services' shaded jars.
 * The build writes the locations into {@code stack-build.properties}; environment variables override them
 * so a moved or unpacked distribution still runs.
 */
public final class StackBuild {

    public static final String REGISTRY_HOME_ENV = "PAPERSTREAM_REGISTRY_HOME";
    public static final String PROJECT_HOME_ENV = "PAPERSTREAM_HOME";
    static final String BUILD_HINT = "run ./mvnw -DskipTests install first";

    private final Properties build;

    private StackBuild(Properties build) {
        this.build = build;
    }

    public static StackBuild load() {
        Properties properties = new Properties();
        try (InputStream in = StackBuild.class.getResourceAsStream("/stack-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read stack-build.properties", e);
        }
        return new StackBuild(properties);
    }

    /** The directory holding {@code apicurio-registry-app-<version>-runner.jar} and its {@code lib/}. */
    public Path registryHome() {
        String configured = firstNonBlank(System.getenv(REGISTRY_HOME_ENV), build.getProperty("registry.home"));
        if (configured == null) {
            throw new IllegalStateException("Schema registry location unknown: set " + REGISTRY_HOME_ENV + " or " + BUILD_HINT);
        }
        return Path.of(configured).toAbsolutePath();
    }

    /** The registry's runnable jar; fails with a hint when the build has not unpacked it yet. */
    public Path registryJar() {
        Path home = registryHome();
        String jarName = build.getProperty("registry.jar");
        Path jar = jarName != null ? home.resolve(jarName) : findRunnerJar(home);
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("Schema registry not found in " + home + " (set " + REGISTRY_HOME_ENV
                    + " to an unpacked apicurio-registry-app zip, or " + BUILD_HINT + ")");
        }
        return jar;
    }

    public Path projectRoot() {
        String configured = firstNonBlank(System.getenv(PROJECT_HOME_ENV), build.getProperty("project.root"));
        if (configured == null) {
            throw new IllegalStateException("Project location unknown: set " + PROJECT_HOME_ENV + " or " + BUILD_HINT);
        }
        return Path.of(configured).toAbsolutePath().normalize();
    }

    public String projectVersion() {
        String version = build.getProperty("project.version");
        if (version == null || version.startsWith("${")) {
            throw new IllegalStateException("Project version unknown: stack-build.properties was not filtered; " + BUILD_HINT);
        }
        return version;
    }

    /** {@code <root>/<module>/target/<module>-<version>-all.jar}, which must exist. */
    public Path serviceJar(String module) {
        Path jar = projectRoot().resolve(module).resolve("target").resolve(module + "-" + projectVersion() + "-all.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Service jar missing: " + jar + " (" + BUILD_HINT
                    + ", or set " + PROJECT_HOME_ENV + " to the project root)");
        }
        return jar;
    }

    private static Path findRunnerJar(Path home) {
        if (!Files.isDirectory(home)) {
            return null;
        }
        try (var files = Files.list(home)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() || second.startsWith("${") ? null : second;
    }
}
