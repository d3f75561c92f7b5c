package io.paperstream.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paperstream.it.support.Http;
import io.paperstream.it.support.Pipeline;
import io.paperstream.it.support.SampleReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** What users configure about files: size limit, where handled files go, retrying a file. */
class IngestPoliciesTest {

    @AutoClose
    private Pipeline pipeline;

    private Http.Response file(String name) {
        return Http.get(pipeline.ingestUrl() + "/files/" + name);
    }

    @Test
    void tooLargeFilesAreRejectedUnreadAndHandledFilesAreMovedAside() {
        pipeline = Pipeline.startIngestOnly("policies", Map.of(
                "ingest.max.file.bytes", "50000",
                "ingest.cleanup.on.success", "move",
                "ingest.cleanup.on.failure", "move"));
        Path small = SampleReports.all().get(0); // 46 kB
        Path large = SampleReports.all().get(1); // 83 kB
        SampleReports.drop(small, pipeline.inbox(), "small.txt");
        SampleReports.drop(large, pipeline.inbox(), "large.txt");

        pipeline.awaitFileState("small.txt", "completed");
        pipeline.awaitFileState("large.txt", "rejected");
        assertThat(file("large.txt").body().get("reason").asText()).startsWith("too-large");
        assertThat(file("large.txt").body().get("sha256").isNull()).as("never read").isTrue();
        Awaitility.await("files moved").atMost(Duration.ofSeconds(10)).until(() ->
                Files.exists(pipeline.inbox().resolve("processed/small.txt"))
                        && Files.exists(pipeline.inbox().resolve("failed/large.txt")));
        assertThat(pipeline.inbox().resolve("small.txt")).doesNotExist();
        assertThat(pipeline.inbox().resolve("large.txt")).doesNotExist();
    }

    @Test
    void aRejectedFileCanBeRetriedOnRequest() throws Exception {
        pipeline = Pipeline.startIngestOnly("retry");
        Files.writeString(pipeline.inbox().resolve("notes.md"), "# Notes\n\nNot a report.\n");
        pipeline.awaitFileState("notes.md", "rejected");
        assertThat(file("notes.md").body().get("attempts").asInt()).isEqualTo(1);

        Http.Response retry = Http.post(pipeline.ingestUrl() + "/files/notes.md/retry");
        assertThat(retry.status()).isEqualTo(202);
        Awaitility.await("second attempt").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> file("notes.md").body().get("attempts").asInt() == 2);
        assertThat(file("notes.md").body().get("state").asText()).isEqualTo("rejected");
        assertThat(Http.post(pipeline.ingestUrl() + "/files/unknown.txt/retry").status()).isEqualTo(404);
    }
}
