package io.paperstream.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.paperstream.serde.AvroSerdes;
import io.paperstream.serde.RegistryAvroSerdes;
import io.paperstream.topics.Topics;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What a service is built from: its settings, the meter registry, and the client plumbing derived from both. */
public record ServiceContext(String serviceName, Settings settings, MeterRegistry meters) {

    /**
     * Configuration shared by every Kafka client of the service: everything under {@code kafka.}
     * (bootstrap servers, TLS, SASL) passes through unchanged.
     */
    public Map<String, Object> kafkaConfig() {
        Map<String, Object> c = new HashMap<>(settings.withPrefix("kafka."));
        if (!c.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("Missing setting 'kafka.bootstrap.servers': set it in the config file or as "
                    + Settings.envOf("kafka.bootstrap.servers"));
        }
        c.putIfAbsent("client.id", "paperstream-" + serviceName);
        return c;
    }

    /**
     * Serdes talking to the schema registry at {@code registry.url}; settings under {@code registry.apicurio.}
     * (credentials, TLS) pass to the Apicurio client as {@code apicurio.*}.
     */
    public AvroSerdes avroSerdes() {
        Map<String, Object> registryExtras = new HashMap<>();
        settings.withPrefix("registry.apicurio.").forEach((k, v) -> registryExtras.put("apicurio." + k, v));
        return new RegistryAvroSerdes(settings.require("registry.url"), registryExtras);
    }

    /** The topic registry, with registry-backed serdes and the {@code topics.prefix} setting applied. */
    public Topics topics() {
        return new Topics(avroSerdes(), settings.get("topics.prefix", ""));
    }

    /** Replication factor for topics the service creates; empty uses the broker's default. */
    public Optional<Short> replicationFactor() {
        int rf = settings.getInt("topics.replication.factor", -1);
        return rf <= 0 ? Optional.empty() : Optional.of((short) rf);
    }
}
