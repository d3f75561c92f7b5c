package io.paperstream.index.topology;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * {@link FacetCount} as 8 bytes of count followed by the name in UTF-8: every paper changes several counts,
 * and this is far cheaper to read and write than JSON. Values written as JSON by earlier versions (they
 * start with '{', which a count below 2^56 never does) are still read, so an existing store keeps working.
 */
public final class FacetCountSerde {

    private static final byte JSON_OBJECT = '{';

    private FacetCountSerde() {
    }

    public static Serde<FacetCount> create() {
        Serializer<FacetCount> serializer = (topic, count) -> {
            if (count == null) {
                return null;
            }
            byte[] name = count.name().getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(Long.BYTES + name.length).putLong(count.papers()).put(name).array();
        };
        Deserializer<FacetCount> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length > 0 && bytes[0] == JSON_OBJECT) {
                return fromJson(bytes);
            }
            if (bytes.length < Long.BYTES) {
                throw new SerializationException("Not a facet count: " + bytes.length + " bytes");
            }
            long papers = ByteBuffer.wrap(bytes).getLong();
            return new FacetCount(new String(bytes, Long.BYTES, bytes.length - Long.BYTES, StandardCharsets.UTF_8),
                    papers);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    private static FacetCount fromJson(byte[] bytes) {
        try {
            return JsonSerde.MAPPER.readValue(bytes, FacetCount.class);
        } catch (IOException e) {
            throw new SerializationException("Not a valid FacetCount", e);
        }
    }
}
