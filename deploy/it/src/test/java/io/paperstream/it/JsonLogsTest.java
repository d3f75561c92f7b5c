package io.paperstream.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paperstream.it.support.Pipeline;
import io.paperstream.stack.ServiceProcess;
import io.paperstream.stack.SharedStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service started as operators start it, with PAPERSTREAM_LOG_FORMAT=json, logs one JSON object per line. */
class JsonLogsTest {

    /** The start of a line in the human format ({@code HH:mm:ss.SSS LEVEL}), which JSON mode must not write. */
    private static final Pattern HUMAN_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} +[A-Z]+ ");

    @Test
    void logFormatJsonMakesEveryServiceLogLineAJsonObjectWithTheFormattedMessage(@TempDir Path home) throws Exception {
        SharedStack stack = SharedStack.get();
        String prefix = SharedStack.uniqueName("jsonlogs") + ".";
        Path log = home.resolve("enrich.log");
        int port = Pipeline.freePort();
        // start() returns once /ready answers; closing stops it with SIGTERM, so start and stop are both logged.
        try (ServiceProcess enrich = ServiceProcess.start("enrich-service", "enrich", port, Map.of(
                "PAPERSTREAM_LOG_FORMAT", "json",
                "PAPERSTREAM_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                "PAPERSTREAM_REGISTRY_URL", stack.registryCoreUrl(),
                "PAPERSTREAM_TOPICS_PREFIX", prefix,
                "PAPERSTREAM_STREAMS_APPLICATION_ID", prefix + "enrich",
                "PAPERSTREAM_STATE_DIR", home.resolve("state").toString(),
                "PAPERSTREAM_HTTP_HOST", "127.0.0.1"), log, Duration.ofSeconds(90))) {
            assertThat(enrich.port()).isEqualTo(port);
        }

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            assertThat(line).as("a line in the human format").doesNotContainPattern(HUMAN_LINE);
            if (line.startsWith("{")) {
                events.add(json.readTree(line));
            }
        }
        assertThat(events).allSatisfy(e -> assertThat(e.has("level") && e.has("loggerName") && e.has("timestamp")
                && e.has("formattedMessage")).as(e.toString()).isTrue());
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("loggerName").asText()).isEqualTo("io.paperstream.runtime.ServiceRunner");
            assertThat(e.get("formattedMessage").asText()).startsWith("Starting enrich-service with settings {");
        });
        assertThat(events).extracting(e -> e.get("formattedMessage").asText())
                .contains("enrich-service listening on port " + port, "Stopping enrich-service");
    }
}
