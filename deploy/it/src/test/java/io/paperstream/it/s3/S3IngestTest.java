package io.paperstream.it.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.paperstream.it.support.Pipeline;
import io.paperstream.it.support.SampleReports;
import io.paperstream.schemas.PaperIngested;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/** The whole ingest path with ingest.source=s3: reports uploaded to the bucket come out as papers exactly once. */
class S3IngestTest {

    private final S3MockServer server = S3MockServer.get();
    @AutoClose
    private Pipeline pipeline;

    @Test
    void uploadedReportsAreIngestedOnceAndAnUnchangedReuploadEmitsNothing() throws Exception {
        String bucket = server.createBucket("ingest");
        pipeline = Pipeline.startIngestOnly("s3-ingest", server.ingestSettings(bucket, "reports/inbox"));
        List<Path> reports = SampleReports.all().subList(0, 2);
        Map<String, Integer> expected = new HashMap<>();
        for (Path report : reports) {
            String name = report.getFileName().toString();
            expected.put(name, IngestProbe.papersIn(report));
            server.client().putObject(b -> b.bucket(bucket).key("reports/inbox/" + name), RequestBody.fromFile(report));
        }

        Awaitility.await("both reports completed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> expected.keySet().stream().allMatch(n -> IngestProbe.stateOf(pipeline, n).equals("completed")));

        List<PaperIngested> papers = IngestProbe.papers(pipeline);
        Map<String, Long> perFile = papers.stream().collect(Collectors.groupingBy(p -> p.getSource().getFile(),
                Collectors.counting()));
        assertThat(perFile).isEqualTo(expected.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue())));
        Set<String> entries = new HashSet<>();
        papers.forEach(p -> assertThat(entries.add(p.getSource().getReport() + "#" + p.getSource().getEntry()))
                .as("each entry once").isTrue());
        for (String name : expected.keySet()) {
            JsonNode file = IngestProbe.file(pipeline, name).orElseThrow();
            assertThat(file.get("papers").asInt()).isEqualTo(expected.get(name));
            assertThat(file.get("location").asText()).isEqualTo("s3://" + bucket + "/reports/inbox/" + name);
            assertThat(papers.stream().filter(p -> p.getSource().getFile().equals(name))
                    .map(p -> p.getSource().getLocation()).distinct().toList())
                    .containsExactly(file.get("location").asText());
        }

        // the same bytes uploaded again: same ETag, so the file is not even read again
        Path first = reports.get(0);
        String firstName = first.getFileName().toString();
        String updatedAt = IngestProbe.file(pipeline, firstName).orElseThrow().get("updatedAt").asText();
        server.client().putObject(b -> b.bucket(bucket).key("reports/inbox/" + firstName), RequestBody.fromFile(first));
        Thread.sleep(3_000); // three rescans at ingest.rescan.interval=1s
        JsonNode afterReupload = IngestProbe.file(pipeline, firstName).orElseThrow();
        assertThat(afterReupload.get("state").asText()).isEqualTo("completed");
        assertThat(afterReupload.get("updatedAt").asText()).as("state untouched").isEqualTo(updatedAt);
        assertThat(IngestProbe.papers(pipeline)).hasSize(papers.size());
    }
}
