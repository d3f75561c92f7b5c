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
import io.paperstream.stack.ServiceProcess;
import io.paperstream.stack.SharedStack;
import io.paperstream.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ingest-service as a real process, killed with SIGKILL while it is in the middle of a large file: nothing of
 * that file is visible to read_committed readers, and after a restart every paper arrives exactly once.
 */
class IngestCrashRecoveryTest {

    private static final int PAPERS = 30_000;

    @Test
    void aKilledIngestLeavesNothingHalfDoneAndTheRestartEmitsEveryPaperOnce(@TempDir Path home) throws Exception {
        SharedStack stack = SharedStack.get();
        String prefix = "crash-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Topics topics = new Topics(new RegistryAvroSerdes(stack.registryCoreUrl(), Map.of()), prefix);
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Map<String, String> env = new HashMap<>();
        env.put("PAPERSTREAM_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("PAPERSTREAM_REGISTRY_URL", stack.registryCoreUrl());
        env.put("PAPERSTREAM_TOPICS_PREFIX", prefix);
        env.put("PAPERSTREAM_INGEST_INBOX", inbox.toString());
        env.put("PAPERSTREAM_INGEST_SETTLE", "100ms");
        env.put("PAPERSTREAM_INGEST_TRANSACTIONAL_ID", prefix + "ingest");
        env.put("PAPERSTREAM_HTTP_HOST", "127.0.0.1");

        Path big = home.resolve("big.txt");
        SyntheticReport.write(big, PAPERS, 7);

        ServiceProcess first = ServiceProcess.start("ingest-service", "ingest", Pipeline.freePort(), env,
                home.resolve("ingest-1.log"), Duration.ofSeconds(60));
        Files.move(big, inbox.resolve("big.txt"), StandardCopyOption.ATOMIC_MOVE);
        Awaitility.await("ingest starts processing the big file").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> latestState(topics, "big.txt") == FileStatus.PROCESSING);
        ProcessHandle.of(first.pid()).ifPresent(ProcessHandle::destroyForcibly);
        first.onExit().get();

        assertThat(latestState(topics, "big.txt")).as("the kill came before the commit")
                .isEqualTo(FileStatus.PROCESSING);
        assertThat(papers(topics)).as("nothing of the interrupted file is visible").isEmpty();

        try (ServiceProcess second = ServiceProcess.start("ingest-service", "ingest", Pipeline.freePort(), env,
                home.resolve("ingest-2.log"), Duration.ofSeconds(60))) {
            Awaitility.await("file completed after restart").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> "completed".equals(stateOverHttp(second, "big.txt")));
            assertThat(Http.get(second.url() + "/files/big.txt").body().get("attempts").asInt()).isEqualTo(2);
        }

        List<ConsumerRecord<String, PaperIngested>> papers = papers(topics);
        Set<Integer> entries = new HashSet<>();
        papers.forEach(r -> entries.add(r.value().getSource().getEntry()));
        assertThat(papers).hasSize(PAPERS);
        assertThat(entries).hasSize(PAPERS);
    }

    private static String stateOverHttp(ServiceProcess ingest, String name) {
        Http.Response r = Http.get(ingest.url() + "/files/" + name);
        return r.status() == 200 ? r.body().get("state").asText() : null;
    }

    private static FileStatus latestState(Topics topics, String name) {
        FileStatus latest = null;
        for (ConsumerRecord<String, FileState> r : TopicReader.readCommitted(topics.fileStates().name(),
                topics.fileStates().valueSerde().deserializer())) {
            if (r.value() != null && r.value().getName().equals(name) && !r.key().startsWith("sha256:")) {
                latest = r.value().getState();
            }
        }
        return latest;
    }

    private static List<ConsumerRecord<String, PaperIngested>> papers(Topics topics) {
        return TopicReader.readCommitted(topics.papersIngested().name(),
                topics.papersIngested().valueSerde().deserializer());
    }
}
