package io.paperstream.serde;

import io.apicurio.registry.serde.avro.AvroSerde;
import io.apicurio.registry.serde.config.SerdeConfig;
import io.apicurio.registry.serde.kafka.config.KafkaSerdeConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Avro serdes backed by Apicurio Registry, writing the Confluent wire format: magic byte 0, a 4-byte
 * schema id, then the Avro binary body. The id is the registry's content id, which its
 * Confluent-compatible API serves at {@code /apis/ccompat/v7/schemas/ids/{id}}, so a stock Confluent
 * deserializer reads our topics. Schemas are registered whole under {@code <topic>-value}.
 */
public final class RegistryAvroSerdes implements AvroSerdes {

    private final Map<String, Object> config;

    /**
     * @param registryUrl the registry's core API, e.g. http://localhost:8081/apis/registry/v3
     * @param extraConfig further {@code apicurio.registry.*} settings (credentials, TLS), applied last
     */
    public RegistryAvroSerdes(String registryUrl, Map<String, ?> extraConfig) {
        Map<String, Object> c = new HashMap<>();
        c.put(SerdeConfig.REGISTRY_URL, registryUrl);
        c.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, true);
        c.put(SerdeConfig.USE_ID, "contentId");
        c.put(SerdeConfig.ID_HANDLER, "io.apicurio.registry.serde.Default4ByteIdHandler");
        c.put(KafkaSerdeConfig.ENABLE_HEADERS, false);
        // Register each schema whole, nested records inline, rather than as references to separately
        // registered records: a consumer then needs exactly one schema per id, as plain Avro expects.
        c.put(SerdeConfig.DEREFERENCE_SCHEMA, true);
        c.put("apicurio.registry.use-specific-avro-reader", true);
        c.put("apicurio.registry.avro-datum-provider", SpecificRecordDatumProvider.class.getName());
        c.putAll(extraConfig);
        this.config = Map.copyOf(c);
    }

    @Override
    public <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type) {
        AvroSerde<T> serde = new AvroSerde<>();
        Map<String, Object> c = new HashMap<>(config);
        c.put(SerdeConfig.DESERIALIZER_SPECIFIC_VALUE_RETURN_CLASS, type.getName());
        serde.configure(c, false);
        return serde;
    }
}
