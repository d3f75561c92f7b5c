package io.paperstream.index.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class FacetCountSerdeTest {

    private final Serde<FacetCount> serde = FacetCountSerde.create();

    @Test
    void writesCountAndNameCompactlyAndReadsThemBack() {
        FacetCount count = new FacetCount("清华大学 Tsinghua", 4_321);

        byte[] bytes = serde.serializer().serialize("t", count);

        assertThat(bytes).hasSize(8 + "清华大学 Tsinghua".getBytes(StandardCharsets.UTF_8).length);
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(count);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", new FacetCount("", 1))))
                .isEqualTo(new FacetCount("", 1));
    }

    @Test
    void readsCountsStoredAsJsonByEarlierVersions() {
        byte[] legacy = "{\"name\":\"Peking University\",\"papers\":12}".getBytes(StandardCharsets.UTF_8);

        assertThat(serde.deserializer().deserialize("t", legacy)).isEqualTo(new FacetCount("Peking University", 12));
    }
}
