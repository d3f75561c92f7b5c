package io.paperstream.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.paperstream.runtime.ServiceContext;
import io.paperstream.runtime.Settings;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

class IndexServiceConfigTest {

    @Test
    void recordsTheIndexCannotReadGoToTheCountingHandlerWithTheServiceMeters() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ServiceContext context = new ServiceContext("index",
                new Settings(Map.of("kafka.bootstrap.servers", "127.0.0.1:9092")), meters);

        Properties props = IndexService.streamsConfig(context, new HostInfo("127.0.0.1", 8080));

        assertThat(props.get(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG))
                .isEqualTo(CountingDeserializationHandler.class.getName());
        assertThat(props.get(CountingDeserializationHandler.METER_REGISTRY_CONFIG)).isSameAs(meters);
    }

    @Test
    void theHandlerRefusesToStartWithoutARegistry() {
        assertThatThrownBy(() -> new CountingDeserializationHandler().configure(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CountingDeserializationHandler.METER_REGISTRY_CONFIG);
    }
}
