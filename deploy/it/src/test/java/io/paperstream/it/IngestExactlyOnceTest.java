package io.paperstream.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paperstream.ingest.report.PaperIds;
import io.paperstream.it.support.Http;
import io.paperstream.it.support.Pipeline;
import io.paperstream.it.support.SampleReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Restarts, re-dropped files and renamed copies never duplicate a paper; changed files are new versions. */
class IngestExactlyOnceTest {

    @AutoClose
    private Pipeline pipeline;

    @Test
    void restartsRedropsAndCopiesEmitEachPaperOnce() throws Exception {
        pipeline = Pipeline.startIngestOnly("exactly-once");
        Path sample = SampleReports.all().get(0);
        String name = sample.getFileName().toString();
        SampleReports.drop(sample, pipeline.inbox(), name);
        pipeline.awaitFileState(name, "completed");
        int perReport = pipeline.papersIngested().size();
        assertThat(perReport).isEqualTo(22);

        // restart: the file is known from the file-state topic, nothing is emitted again
        pipeline.stopIngest();
        pipeline.startIngest(Map.of());
        pipeline.awaitReady();
        // a copy under another name is a duplicate of the original
        SampleReports.drop(sample, pipeline.inbox(), "copy-of-" + name);
        pipeline.awaitFileState("copy-of-" + name, "duplicate");
        // the same file dropped again (touched) stays completed
        Files.setLastModifiedTime(pipeline.inbox().resolve(name),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Thread.sleep(1500);
        assertThat(pipeline.fileState(name)).isEqualTo("completed");
        assertThat(pipeline.papersIngested()).hasSize(perReport);

        Http.Response copy = Http.get(pipeline.ingestUrl() + "/files/copy-of-" + name);
        assertThat(copy.body().get("reason").asText()).contains(name);
        assertThat(copy.body().get("papers").asInt()).isZero();
    }

    @Test
    void aChangedFileIsANewVersionAndBrokenFilesAreRejectedWithAReason() throws Exception {
        pipeline = Pipeline.startIngestOnly("versions");
        Path sample = SampleReports.all().get(2);
        Path dropped = SampleReports.drop(sample, pipeline.inbox(), "report.txt");
        pipeline.awaitFileState("report.txt", "completed");
        String firstReport = Http.get(pipeline.ingestUrl() + "/files/report.txt").body().get("report").asText();

        // same name, new content (one more paper appended to the brief section is enough to change the hash)
        String changed = Files.readString(dropped).replace("## 论文详细信息", """
                ### 99. A Brand New Paper on KV Cache Compression

                某大学发布了该论文，使用KV缓存压缩技术，达成了2倍加速的效果。

                ## 论文详细信息""");
        Path temp = pipeline.inbox().resolve("report.txt.part");
        Files.writeString(temp, changed);
        Files.move(temp, dropped, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Awaitility.await("new version ingested").atMost(Duration.ofSeconds(60))
                .until(() -> !firstReport.equals(Http.get(pipeline.ingestUrl() + "/files/report.txt").body()
                        .get("report").asText()));
        pipeline.awaitFileState("report.txt", "completed");
        Set<String> reports = pipeline.papersIngested().stream().map(r -> r.value().getSource().getReport())
                .collect(Collectors.toSet());
        assertThat(reports).hasSize(2);
        assertThat(pipeline.papersIngested().stream().map(ConsumerRecord::key))
                .contains(PaperIds.of("A Brand New Paper on KV Cache Compression"));

        Files.write(pipeline.inbox().resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
        Files.writeString(pipeline.inbox().resolve("notes.md"), "# Meeting notes\n\nNothing to see here.\n");
        Files.writeString(pipeline.inbox().resolve("empty.txt"), "");
        pipeline.awaitFileState("image.png", "rejected");
        pipeline.awaitFileState("notes.md", "rejected");
        pipeline.awaitFileState("empty.txt", "rejected");
        for (String name : List.of("image.png", "notes.md", "empty.txt")) {
            assertThat(Http.get(pipeline.ingestUrl() + "/files/" + name).body().get("reason").asText())
                    .as(name).isNotBlank();
        }
        Set<String> seen = new HashSet<>();
        pipeline.papersIngested().forEach(r -> assertThat(seen.add(r.value().getSource().getReport() + "#"
                + r.value().getSource().getEntry())).as("no duplicate entry").isTrue());
    }
}
