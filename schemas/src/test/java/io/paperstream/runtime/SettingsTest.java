package io.paperstream.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void environmentOverridesTheFileWhichOverridesBuiltInDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my.properties");
        Files.writeString(file, "http.port=9000\nkafka.bootstrap.servers=file:9092\nkafka.acks=all\n");

        Settings s = Settings.load("no-such-service", file.toString(),
                Map.of("PAPERSTREAM_KAFKA_BOOTSTRAP_SERVERS", "env:9092", "PAPERSTREAM_SASL__MECHANISM", "PLAIN",
                        "HOME", "/root"));

        assertThat(s.getInt("http.port", 1)).isEqualTo(9000);
        assertThat(s.withPrefix("kafka.")).containsEntry("bootstrap.servers", "env:9092").containsEntry("acks", "all");
        assertThat(s.get("sasl-mechanism", null)).isEqualTo("PLAIN");
        assertThat(s.asMap()).doesNotContainKey("home");
    }

    @Test
    void configFileCanComeFromTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "ingest.inbox=/data/in\n");
        Settings s = Settings.load("x", null, Map.of(Settings.CONFIG_ENV, file.toString()));
        assertThat(s.get("ingest.inbox", null)).isEqualTo("/data/in");
    }

    @Test
    void missingConfigFileAndBadValuesAreClearErrors() {
        assertThatThrownBy(() -> Settings.load("x", "/no/such/file.properties", Map.of()))
                .hasMessageContaining("/no/such/file.properties");
        Settings s = new Settings(Map.of("a", "ten", "d", "5 parsecs", "b", "maybe"));
        assertThatThrownBy(() -> s.getInt("a", 0)).hasMessageContaining("'a'").hasMessageContaining("ten");
        assertThatThrownBy(() -> s.getDuration("d", Duration.ZERO)).hasMessageContaining("'d'");
        assertThatThrownBy(() -> s.getBoolean("b", false)).hasMessageContaining("'b'");
        assertThatThrownBy(() -> s.require("kafka.bootstrap.servers"))
                .hasMessageContaining("PAPERSTREAM_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void durationsTakeUnits() {
        Settings s = new Settings(Map.of("a", "250ms", "b", "2s", "c", "1.5s", "d", "3m", "e", "40"));
        assertThat(s.getDuration("a", null)).isEqualTo(Duration.ofMillis(250));
        assertThat(s.getDuration("b", null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.getDuration("c", null)).isEqualTo(Duration.ofMillis(1500));
        assertThat(s.getDuration("d", null)).isEqualTo(Duration.ofMinutes(3));
        assertThat(s.getDuration("e", null)).isEqualTo(Duration.ofMillis(40));
    }

    @Test
    void secretsAreMaskedWhenPrinted() {
        Settings s = new Settings(Map.of("kafka.sasl.jaas.config", "org.Foo required password=\"hunter2\";",
                "registry.apicurio.auth.password", "pw", "kafka.ssl.truststore.password", "tspw", "http.port", "1"));
        assertThat(s.toString()).doesNotContain("hunter2").doesNotContain("=pw").doesNotContain("tspw")
                .contains("http.port=1");
    }

    @Test
    void envNamesAndKeysMapBothWays() {
        assertThat(Settings.keyOf("PAPERSTREAM_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka.bootstrap.servers");
        assertThat(Settings.envOf("registry.apicurio.auth.client-id"))
                .isEqualTo("PAPERSTREAM_REGISTRY_APICURIO_AUTH_CLIENT__ID");
        assertThat(Settings.keyOf(Settings.envOf("registry.apicurio.auth.client-id")))
                .isEqualTo("registry.apicurio.auth.client-id");
    }
}
