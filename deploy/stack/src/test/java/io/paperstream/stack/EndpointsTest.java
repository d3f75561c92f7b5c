package io.paperstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointsTest {

    private final Endpoints endpoints = new Endpoints("127.0.0.1:8093", "http://127.0.0.1:8092/apis/ccompat/v7",
            List.of("http://127.0.0.1:8090"), List.of("http://127.0.0.1:8091"),
            List.of("http://127.0.0.1:8080", "http://127.0.0.1:8081"), List.of(11L, 12L), List.of(13L), List.of(14L));

    @Test
    void writesTheDocumentedShape(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("endpoints.json");
        endpoints.writeTo(file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("kafka").asText()).isEqualTo("127.0.0.1:8093");
        assertThat(json.get("registry").asText()).isEqualTo("http://127.0.0.1:8092/apis/ccompat/v7");
        assertThat(json.get("ingest").get(0).asText()).isEqualTo("http://127.0.0.1:8090");
        assertThat(json.get("enrich").get(0).asText()).isEqualTo("http://127.0.0.1:8091");
        assertThat(json.get("query")).hasSize(2);
        assertThat(json.get("pids").get("index").get(1).asLong()).isEqualTo(12L);
        assertThat(json.get("pids").get("ingest").get(0).asLong()).isEqualTo(13L);
        assertThat(json.get("pids").get("enrich").get(0).asLong()).isEqualTo(14L);
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void readsBackWhatItWrote(@TempDir Path dir) {
        Path file = dir.resolve("endpoints.json");
        endpoints.writeTo(file);
        endpoints.writeTo(file);

        assertThat(Endpoints.readFrom(file)).isEqualTo(endpoints);
    }
}
