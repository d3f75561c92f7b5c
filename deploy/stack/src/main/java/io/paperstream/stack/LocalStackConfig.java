package io.paperstream.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of the local stack, read from the environment. Every port derives from one base port so a second
 * stack needs a single variable changed: index instance i (0-based) at PORT+i, ingest at PORT+10,
 * enrich at PORT+11, the registry at PORT+12, Kafka at PORT+13 and its controller at PORT+14.
 */
public record LocalStackConfig(Path dataDir, Path inbox, int basePort, int indexInstances) {

    public static final String DATA_ENV = "PAPERSTREAM_DATA";
    public static final String INBOX_ENV = "PAPERSTREAM_INBOX";
    public static final String PORT_ENV = "PAPERSTREAM_PORT";
    public static final String INDEX_INSTANCES_ENV = "PAPERSTREAM_INDEX_INSTANCES";
    public static final int MAX_INDEX_INSTANCES = 10;

    public LocalStackConfig {
        dataDir = dataDir.toAbsolutePath().normalize();
        inbox = inbox.toAbsolutePath().normalize();
        if (indexInstances < 1 || indexInstances > MAX_INDEX_INSTANCES) {
            throw new IllegalArgumentException(INDEX_INSTANCES_ENV + " must be between 1 and " + MAX_INDEX_INSTANCES
                    + ", got " + indexInstances);
        }
        if (basePort < 1 || basePort + 14 > 65535) {
            throw new IllegalArgumentException(PORT_ENV + " must be between 1 and 65521, got " + basePort);
        }
    }

    public static LocalStackConfig fromEnvironment(Map<String, String> env) {
        return new LocalStackConfig(
                Path.of(env.getOrDefault(DATA_ENV, "./.paperstream")),
                Path.of(env.getOrDefault(INBOX_ENV, "./inbox")),
                parseInt(env, PORT_ENV, 8080),
                parseInt(env, INDEX_INSTANCES_ENV, 1));
    }

    private static int parseInt(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }

    public int indexPort(int instance) {
        return basePort + instance;
    }

    public int ingestPort() {
        return basePort + 10;
    }

    public int enrichPort() {
        return basePort + 11;
    }

    public int registryPort() {
        return basePort + 12;
    }

    public int kafkaPort() {
        return basePort + 13;
    }

    public int controllerPort() {
        return basePort + 14;
    }

    /** Every port the stack will listen on, with what listens there, in start order. */
    public Map<Integer, String> portsInUse() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(kafkaPort(), "Kafka broker (" + PORT_ENV + "+13)");
        ports.put(controllerPort(), "Kafka controller (" + PORT_ENV + "+14)");
        ports.put(registryPort(), "schema registry (" + PORT_ENV + "+12)");
        ports.put(ingestPort(), "ingest-service (" + PORT_ENV + "+10)");
        ports.put(enrichPort(), "enrich-service (" + PORT_ENV + "+11)");
        for (int i = 0; i < indexInstances; i++) {
            ports.put(indexPort(i), "index-service #" + i + " (" + PORT_ENV + (i == 0 ? "" : "+" + i) + ")");
        }
        return ports;
    }

    /** Fails naming the first taken port and the variable to change. */
    public void requirePortsAvailable() {
        List<String> taken = new ArrayList<>();
        portsInUse().forEach((port, user) -> {
            if (!Ports.isAvailable(port)) {
                taken.add(port + " for the " + user);
            }
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Port already in use: " + String.join(", ", taken)
                    + ". Stop whatever listens there (another local stack?) or set " + PORT_ENV
                    + " to another base port (now " + basePort + "; the stack uses " + basePort + ".." + (basePort + 14) + ").");
        }
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path registryDir() {
        return dataDir.resolve("registry");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path endpointsFile() {
        return dataDir.resolve("endpoints.json");
    }

    /** {@code $DATA/<service>} for single instances, {@code $DATA/index-<i>} for index instances. */
    public Path stateDir(String service) {
        return dataDir.resolve(service);
    }
}
