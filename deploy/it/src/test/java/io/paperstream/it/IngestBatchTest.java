package io.paperstream.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.paperstream.it.support.Http;
import io.paperstream.it.support.Pipeline;
import io.paperstream.it.support.SyntheticReport;
import io.paperstream.it.support.TopicReader;
import io.paperstream.schemas.FileState;
import io.paperstream.schemas.FileStatus;
import io.paperstream.schemas.PaperIngested;
import io.paperstream.serde.RegistryAvroSerdes;
import io.paperstream.stack.SharedStack;
import io.paperstream.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Thirty files found at once are ingested in batches (the default of at most 20 files each): every paper arrives
 * exactly once, and a copy processed in the same batch as its original is recognised as a duplicate.
 */
class IngestBatchTest {

    private static final int DISTINCT_REPORTS = 24;
    private static final int PAPERS_PER_REPORT = 5;
    /** Reports that also get a copy under another name: four land in the first batch, two in the second. */
    private static final Set<Integer> COPIED = Set.of(1, 5, 9, 13, 18, 21);
    private static final int DEFAULT_BATCH_FILES = 20;

    @AutoClose
    private Pipeline pipeline;

    @Test
    void manyFilesAtOnceEmitEveryPaperOnceAndCopiesInTheSameBatchAreDuplicates() throws Exception {
        pipeline = Pipeline.startIngestOnly("batch");
        // Drop everything while ingest is down, so its first scan sees all thirty files at once.
        pipeline.stopIngest();
        List<String> listingOrder = dropReportsAndCopies(pipeline.inbox());
        assertThat(listingOrder).hasSize(DISTINCT_REPORTS + COPIED.size());
        for (int copied : COPIED) {
            int position = listingOrder.indexOf(copyName(copied));
            assertThat(position / DEFAULT_BATCH_FILES).as("copy and original fall into the same batch")
                    .isEqualTo(listingOrder.indexOf(reportName(copied)) / DEFAULT_BATCH_FILES);
        }
        pipeline.startIngest(Map.of());
        pipeline.awaitReady();

        Awaitility.await("every file handled").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> listingOrder.stream().allMatch(name -> !pipeline.fileState(name).equals("absent")
                        && !pipeline.fileState(name).equals("processing")));

        Topics topics = new Topics(new RegistryAvroSerdes(SharedStack.get().registryCoreUrl(), Map.of()),
                pipeline.prefix());
        List<ConsumerRecord<String, PaperIngested>> papers = TopicReader.readCommitted(
                topics.papersIngested().name(), topics.papersIngested().valueSerde().deserializer());
        Set<String> paperIds = new HashSet<>();
        papers.forEach(r -> assertThat(paperIds.add(r.key())).as("paper %s emitted once", r.key()).isTrue());
        assertThat(papers).hasSize(DISTINCT_REPORTS * PAPERS_PER_REPORT);

        List<ConsumerRecord<String, FileState>> fileStates = TopicReader.readCommitted(
                topics.fileStates().name(), topics.fileStates().valueSerde().deserializer());
        for (int i = 0; i < DISTINCT_REPORTS; i++) {
            Http.Response original = Http.get(pipeline.ingestUrl() + "/files/" + reportName(i));
            assertThat(original.body().get("state").asText()).as(reportName(i)).isEqualTo("completed");
            assertThat(original.body().get("papers").asInt()).isEqualTo(PAPERS_PER_REPORT);
            if (!COPIED.contains(i)) {
                continue;
            }
            Http.Response copy = Http.get(pipeline.ingestUrl() + "/files/" + copyName(i));
            assertThat(copy.body().get("state").asText()).as(copyName(i)).isEqualTo("duplicate");
            assertThat(copy.body().get("duplicateOf").asText()).isEqualTo(original.body().get("location").asText());
            // The copy started before its original's completion was committed: only the batch itself knew.
            assertThat(offsetOf(fileStates, copyName(i), FileStatus.PROCESSING))
                    .isLessThan(offsetOf(fileStates, reportName(i), FileStatus.COMPLETED));
        }
    }

    /** Writes the reports and copies with modification times that fix the listing order; returns that order. */
    private static List<String> dropReportsAndCopies(Path inbox) throws Exception {
        Path staging = Files.createTempDirectory("paperstream-batch");
        Map<String, Path> ordered = new LinkedHashMap<>();
        for (int i = 0; i < DISTINCT_REPORTS; i++) {
            Path report = staging.resolve(reportName(i));
            SyntheticReport.write(report, PAPERS_PER_REPORT, 1000 + i);
            ordered.put(reportName(i), report);
            if (COPIED.contains(i)) {
                ordered.put(copyName(i), Files.copy(report, staging.resolve(copyName(i))));
            }
        }
        Instant base = Instant.now().minusSeconds(3600);
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, Path> file : ordered.entrySet()) {
            Path dropped = Files.move(file.getValue(), inbox.resolve(file.getKey()));
            Files.setLastModifiedTime(dropped, FileTime.from(base.plusSeconds(order.size())));
            order.add(file.getKey());
        }
        return order;
    }

    private static long offsetOf(List<ConsumerRecord<String, FileState>> states, String name, FileStatus status) {
        return states.stream()
                .filter(r -> !r.key().startsWith("sha256:") && r.value() != null && r.value().getName().equals(name)
                        && r.value().getState() == status)
                .mapToLong(ConsumerRecord::offset).min().orElseThrow();
    }

    private static String reportName(int i) {
        return String.format("report-%02d.txt", i);
    }

    private static String copyName(int i) {
        return String.format("report-%02d-copy.txt", i);
    }
}
