package io.paperstream.deploy.check;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the deployment files are checked against, read from the repository as plain files (this module depends
 * on no service module, so it cannot drift into testing a stale build): for each service, the setting keys its
 * code reads, the prefixes it passes through, its defaults, its module's artifact and main class.
 */
public final class CodeFacts {

    /** A call that reads one setting: settings.get("key", ...), s.getInt("key", ...), require("key") ... */
    private static final Pattern KEY_READ = Pattern.compile(
            "\\.(?:get|getInt|getLong|getBoolean|getDuration|getPath|require)\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    /** A call that passes a whole prefix through: withPrefix("kafka."). */
    private static final Pattern PREFIX_READ = Pattern.compile("withPrefix\\(\\s*\"([a-z][a-z0-9.-]*\\.)\"");
    /** The code's own fallback for http.port in ServiceRunner / IndexService. */
    private static final Pattern HTTP_PORT_FALLBACK = Pattern.compile("getInt\\(\\s*\"http\\.port\"\\s*,\\s*(\\d+)\\s*\\)");
    /** Micrometer meter names the code registers. */
    private static final Pattern METER = Pattern.compile(
            "(?:Counter|Timer|Gauge|DistributionSummary|LongTaskTimer|FunctionCounter)\\.builder\\(\\s*\"(paperstream\\.[a-z0-9.]+)\"");

    /** The three services: short name (the Settings file name and the metrics' service tag) → module. */
    public static final Map<String, String> SERVICES = Map.of(
            "ingest", "ingest-service",
            "enrich", "enrich-service",
            "index", "index-service");

    private final Path root;
    private final Map<String, Service> services = new TreeMap<>();

    /** One service as the code defines it. */
    public record Service(String name, String module, String artifactId, String version, String mainClass,
                          Set<String> keys, Set<String> prefixes, Map<String, String> defaults, int httpPortFallback) {

        /** The shaded runnable jar the parent pom's shade execution leaves in target/. */
        public String shadedJar() {
            return artifactId + "-" + version + "-all.jar";
        }

        /** The image tag we publish: the version without -SNAPSHOT. */
        public String imageTag() {
            return version.replace("-SNAPSHOT", "");
        }

        public boolean reads(String key) {
            return keys.contains(key) || defaults.containsKey(key)
                    || prefixes.stream().anyMatch(p -> key.startsWith(p) && key.length() > p.length());
        }

        /** http.port with no override: the built-in properties file, else the code's fallback. */
        public int defaultHttpPort() {
            String v = defaults.get("http.port");
            return v != null ? Integer.parseInt(v.trim()) : httpPortFallback;
        }
    }

    private CodeFacts(Path root) {
        this.root = root;
    }

    /** Reads the repository the tests run in (the working directory is deploy/manifests-check under Maven). */
    public static CodeFacts load() {
        return load(findRoot());
    }

    public static CodeFacts load(Path root) {
        CodeFacts facts = new CodeFacts(root);
        Set<String> sharedKeys = new TreeSet<>();
        Set<String> sharedPrefixes = new TreeSet<>();
        scanJava(root.resolve("schemas/src/main/java"), sharedKeys, sharedPrefixes);
        int fallback = httpPortFallback(root);
        SERVICES.forEach((name, module) -> {
            Path dir = root.resolve(module);
            Set<String> keys = new TreeSet<>(sharedKeys);
            Set<String> prefixes = new TreeSet<>(sharedPrefixes);
            scanJava(dir.resolve("src/main/java"), keys, prefixes);
            String pom = read(dir.resolve("pom.xml"));
            String mainClass = tag(pom, "service.main.class").orElse(null);
            facts.services.put(name, new Service(name, module, projectTag(pom, "artifactId"),
                    projectVersion(pom), mainClass, Collections.unmodifiableSet(keys),
                    Collections.unmodifiableSet(prefixes), defaults(dir, name), fallback));
        });
        return facts;
    }

    public Path root() {
        return root;
    }

    public Map<String, Service> services() {
        return Collections.unmodifiableMap(services);
    }

    public Optional<Service> byModule(String module) {
        return services.values().stream().filter(s -> s.module().equals(module)).findFirst();
    }

    /** Whether a class exists as a source file of the module (src/main/java/<package path>.java). */
    public boolean hasClass(Service service, String className) {
        return Files.isRegularFile(root.resolve(service.module()).resolve("src/main/java")
                .resolve(className.replace('.', '/') + ".java"));
    }

    /** Topic names declared in Topics.java (public static final String X = "name"). */
    public Set<String> topicNames() {
        String source = read(root.resolve("schemas/src/main/java/io/paperstream/topics/Topics.java"));
        Matcher m = Pattern.compile("static final String [A-Z_]+ = \"([a-z0-9.\\-]+)\";").matcher(source);
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Prometheus names (dots → underscores) of every paperstream meter registered anywhere in main code. */
    public Set<String> meterNames() {
        Set<String> out = new TreeSet<>();
        for (String module : List.of("schemas", "ingest-service", "enrich-service", "index-service")) {
            for (Path file : javaFiles(root.resolve(module).resolve("src/main/java"))) {
                Matcher m = METER.matcher(read(file));
                while (m.find()) {
                    out.add(m.group(1).replace('.', '_'));
                }
            }
        }
        return out;
    }

    /** The key an environment variable sets; the same rule as io.paperstream.runtime.Settings#keyOf. */
    public static String keyOf(String envName) {
        return envName.substring("PAPERSTREAM_".length()).toLowerCase(Locale.ROOT)
                .replace("__", "-").replace('_', '.');
    }

    private static void scanJava(Path dir, Set<String> keys, Set<String> prefixes) {
        for (Path file : javaFiles(dir)) {
            String source = read(file);
            Matcher k = KEY_READ.matcher(source);
            while (k.find()) {
                keys.add(k.group(1));
            }
            Matcher p = PREFIX_READ.matcher(source);
            while (p.find()) {
                prefixes.add(p.group(1));
            }
        }
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> defaults(Path moduleDir, String service) {
        Path file = moduleDir.resolve("src/main/resources").resolve(service + ".properties");
        return Files.isRegularFile(file) ? properties(file) : Map.of();
    }

    public static Map<String, String> properties(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return properties(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, String> properties(Reader reader) {
        Properties p = new Properties();
        try {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).trim()));
        return out;
    }

    private static int httpPortFallback(Path root) {
        Matcher m = HTTP_PORT_FALLBACK.matcher(read(root.resolve(
                "schemas/src/main/java/io/paperstream/runtime/ServiceRunner.java")));
        if (!m.find()) {
            throw new IllegalStateException("ServiceRunner.java no longer reads http.port with a numeric fallback; "
                    + "update CodeFacts");
        }
        return Integer.parseInt(m.group(1));
    }

    private static Optional<String> tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">\\s*([^<]+?)\\s*</" + Pattern.quote(name) + ">")
                .matcher(xml);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The project's own element, not the parent's: the text after the closing </parent>. */
    private static String projectTag(String pom, String name) {
        String own = pom.substring(pom.indexOf("</parent>"));
        return tag(own, name).orElseThrow(() -> new IllegalStateException("no <" + name + "> in pom"));
    }

    private static String projectVersion(String pom) {
        String own = pom.substring(pom.indexOf("</parent>"));
        String head = own.contains("<dependencies>") ? own.substring(0, own.indexOf("<dependencies>")) : own;
        return tag(head, "version").orElseGet(() -> tag(pom.substring(pom.indexOf("<parent>"), pom.indexOf("</parent>")),
                "version").orElseThrow());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("schemas"))
                    && Files.isDirectory(d.resolve("deploy"))) {
                return d;
            }
        }
        throw new IllegalStateException("Cannot find the repository root above " + dir);
    }
}
