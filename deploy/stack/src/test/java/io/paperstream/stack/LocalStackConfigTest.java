package io.paperstream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackConfigTest {

    @Test
    void defaultsComeFromTheDocumentedLocations() {
        LocalStackConfig config = LocalStackConfig.fromEnvironment(Map.of());

        assertThat(config.dataDir()).isEqualTo(Path.of(".paperstream").toAbsolutePath().normalize());
        assertThat(config.inbox()).isEqualTo(Path.of("inbox").toAbsolutePath().normalize());
        assertThat(config.basePort()).isEqualTo(8080);
        assertThat(config.indexInstances()).isEqualTo(1);
        assertThat(config.endpointsFile()).isEqualTo(config.dataDir().resolve("endpoints.json"));
    }

    @Test
    void everyPortDerivesFromTheBasePort() {
        LocalStackConfig config = LocalStackConfig.fromEnvironment(Map.of(
                "PAPERSTREAM_PORT", "9000", "PAPERSTREAM_INDEX_INSTANCES", "3", "PAPERSTREAM_DATA", "/tmp/ps"));

        assertThat(config.indexPort(0)).isEqualTo(9000);
        assertThat(config.indexPort(2)).isEqualTo(9002);
        assertThat(config.ingestPort()).isEqualTo(9010);
        assertThat(config.enrichPort()).isEqualTo(9011);
        assertThat(config.registryPort()).isEqualTo(9012);
        assertThat(config.kafkaPort()).isEqualTo(9013);
        assertThat(config.controllerPort()).isEqualTo(9014);
        assertThat(config.portsInUse()).hasSize(8).containsKeys(9000, 9001, 9002, 9010, 9011, 9012, 9013, 9014);
        assertThat(config.kafkaDir()).isEqualTo(Path.of("/tmp/ps/kafka"));
        assertThat(config.registryDir()).isEqualTo(Path.of("/tmp/ps/registry"));
        assertThat(config.logDir()).isEqualTo(Path.of("/tmp/ps/logs"));
    }

    @Test
    void rejectsInstanceCountsOutsideOneToTen() {
        assertThatThrownBy(() -> LocalStackConfig.fromEnvironment(Map.of("PAPERSTREAM_INDEX_INSTANCES", "11")))
                .hasMessageContaining("PAPERSTREAM_INDEX_INSTANCES");
        assertThatThrownBy(() -> LocalStackConfig.fromEnvironment(Map.of("PAPERSTREAM_INDEX_INSTANCES", "0")))
                .hasMessageContaining("PAPERSTREAM_INDEX_INSTANCES");
        assertThatThrownBy(() -> LocalStackConfig.fromEnvironment(Map.of("PAPERSTREAM_PORT", "eighty")))
                .hasMessageContaining("PAPERSTREAM_PORT").hasMessageContaining("eighty");
    }

    @Test
    void aTakenPortIsNamedWithTheVariableToChange() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int taken = squatter.getLocalPort();
            LocalStackConfig config = new LocalStackConfig(Path.of("x"), Path.of("y"), taken - 13, 1);

            assertThat(Ports.isAvailable(taken)).isFalse();
            assertThatThrownBy(config::requirePortsAvailable)
                    .hasMessageContaining(Integer.toString(taken))
                    .hasMessageContaining("Kafka broker")
                    .hasMessageContaining("PAPERSTREAM_PORT");
        }
    }

    @Test
    void aFreePortIsAvailable() {
        assertThat(Ports.isAvailable(Ports.freePort())).isTrue();
    }
}
