package io.paperstream.it.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paperstream.stack.SchemaRegistryProcess;
import io.paperstream.stack.SharedStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The registry child process: the shared one answers, and one with H2 file storage keeps ids across restarts. */
class SchemaRegistryProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PAPER_SCHEMA = """
            {"type":"record","name":"Paper","namespace":"io.paperstream.test",
             "fields":[{"name":"title","type":"string"},{"name":"year","type":"int"}]}""";

    @Test
    void sharedRegistryAnswersBothApis() throws Exception {
        SharedStack stack = SharedStack.get();
        String subject = SharedStack.uniqueName("shared") + "-value";

        int id = register(stack.ccompatUrl(), subject, PAPER_SCHEMA);

        HttpResponse<String> subjects = get(stack.ccompatUrl() + "/subjects");
        assertThat(subjects.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(subjects.body()).toString()).contains(subject);
        HttpResponse<String> byId = get(stack.ccompatUrl() + "/schemas/ids/" + id);
        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(byId.body()).get("schema").asText()).contains("io.paperstream.test");
        assertThat(get(stack.registryCoreUrl() + "/system/info").statusCode()).isEqualTo(200);
        assertThat(stack.registryCoreUrl()).endsWith("/apis/registry/v3");
    }

    @Test
    void schemaIdsSurviveARestartOnTheSameStorageDirectory() throws Exception {
        Path storage = SharedStack.newTempDir("registry-h2");
        Path logs = SharedStack.newTempDir("registry-logs");
        String subject = "x-value";

        int firstId;
        try (SchemaRegistryProcess registry = SchemaRegistryProcess.start(storage, 0, logs.resolve("first.log"),
                SchemaRegistryProcess.DEFAULT_READY_TIMEOUT)) {
            firstId = register(registry.ccompatUrl(), subject, PAPER_SCHEMA);
        }

        try (SchemaRegistryProcess restarted = SchemaRegistryProcess.start(storage, 0, logs.resolve("second.log"),
                SchemaRegistryProcess.DEFAULT_READY_TIMEOUT)) {
            HttpResponse<String> latest = get(restarted.ccompatUrl() + "/subjects/" + subject + "/versions/latest");
            assertThat(latest.statusCode()).as(latest.body()).isEqualTo(200);
            assertThat(JSON.readTree(latest.body()).get("id").asInt()).isEqualTo(firstId);
            assertThat(register(restarted.ccompatUrl(), subject, PAPER_SCHEMA)).isEqualTo(firstId);
        }
    }

    private static int register(String ccompatUrl, String subject, String schema) throws Exception {
        String body = JSON.createObjectNode().put("schema", schema).toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(ccompatUrl + "/subjects/" + subject + "/versions"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode id = JSON.readTree(response.body()).get("id");
        assertThat(id).as(response.body()).isNotNull();
        return id.asInt();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
