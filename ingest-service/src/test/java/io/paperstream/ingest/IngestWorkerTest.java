package io.paperstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.paperstream.ingest.bucket.Bucket;
import io.paperstream.ingest.bucket.BucketObject;
import io.paperstream.ingest.bucket.LocalFolderBucket;
import io.paperstream.ingest.publish.TransactionalPublisher;
import io.paperstream.ingest.state.FileStateLog;
import io.paperstream.schemas.FileState;
import io.paperstream.schemas.FileStatus;
import io.paperstream.schemas.PaperIngested;
import io.paperstream.serde.PlainAvroSerdes;
import io.paperstream.topics.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's batches, driven scan by scan against a real folder and Kafka's MockProducer. */
class IngestWorkerTest {

    @TempDir
    Path inbox;

    private final Topics topics = new Topics(new PlainAvroSerdes(), "");
    private final FileStateLog states = new FileStateLog();
    private final RecordingProducer producer = new RecordingProducer();
    private final TestClock clock = new TestClock();
    private Bucket bucket;

    @AfterEach
    void close() {
        if (bucket != null) {
            bucket.close();
        }
    }

    @Test
    void aBatchTakesOneTransactionForItsProcessingStatesAndOneForEverythingElse() throws Exception {
        drop("a.txt", report("alpha", 3), 1);
        drop("b.txt", report("beta", 2), 2);
        drop("notes.md", "# Meeting notes\n\nNothing to see here.\n", 3);

        settleAndScan(worker(options(20, 8L << 20)));

        assertThat(producer.transactions).hasSize(2);
        List<ProducerRecord<String, byte[]>> first = producer.transactions.get(0);
        assertThat(first).allMatch(r -> r.topic().equals(topics.fileStates().name()));
        assertThat(first).extracting(r -> fileState(r).getState()).containsOnly(FileStatus.PROCESSING).hasSize(3);

        List<ProducerRecord<String, byte[]>> second = producer.transactions.get(1);
        assertThat(second).filteredOn(r -> r.topic().equals(topics.papersIngested().name())).hasSize(5);
        assertThat(second).filteredOn(r -> r.topic().equals(topics.reportSummaries().name())).hasSize(2);
        assertThat(second).filteredOn(r -> r.topic().equals(topics.rejections().name())).hasSize(1);
        assertThat(stateOf("a.txt")).isEqualTo(FileStatus.COMPLETED);
        assertThat(stateOf("b.txt")).isEqualTo(FileStatus.COMPLETED);
        assertThat(stateOf("notes.md")).isEqualTo(FileStatus.REJECTED);
    }

    @Test
    void theSecondOfTwoIdenticalFilesInOneBatchIsADuplicateOfTheFirst() throws Exception {
        String content = report("gamma", 4);
        drop("first.txt", content, 1);
        drop("second.txt", content, 2);

        settleAndScan(worker(options(20, 8L << 20)));

        assertThat(producer.transactions).hasSize(2);
        assertThat(papersCommitted()).hasSize(4);
        assertThat(stateOf("first.txt")).isEqualTo(FileStatus.COMPLETED);
        FileState second = states.byName("second.txt").orElseThrow();
        assertThat(second.getState()).isEqualTo(FileStatus.DUPLICATE);
        assertThat(second.getDuplicateOf()).isEqualTo(states.byName("first.txt").orElseThrow().getLocation());
        assertThat(second.getPapers()).isZero();
    }

    @Test
    void aFileThatCannotBeReadFailsOnItsOwnAndTheRestOfTheBatchCommits() throws Exception {
        drop("good.txt", report("delta", 2), 1);
        drop("unreadable.txt", report("epsilon", 2), 2);
        drop("also-good.txt", report("zeta", 3), 3);
        bucket = new FailingToOpen(new LocalFolderBucket(inbox), "unreadable.txt");

        settleAndScan(worker(options(20, 8L << 20)));

        assertThat(producer.transactions).hasSize(2);
        assertThat(papersCommitted()).hasSize(5);
        assertThat(stateOf("good.txt")).isEqualTo(FileStatus.COMPLETED);
        assertThat(stateOf("also-good.txt")).isEqualTo(FileStatus.COMPLETED);
        FileState failed = states.byName("unreadable.txt").orElseThrow();
        assertThat(failed.getState()).isEqualTo(FileStatus.FAILED);
        assertThat(failed.getReason()).contains("disk on fire");
    }

    @Test
    void recordsKafkaRefusesForOneFileDoNotKeepTheOthersFromCompleting() throws Exception {
        drop("fine.txt", report("eta", 2), 1);
        drop("poison.txt", report("theta", 2), 2);
        producer.refuse = r -> r.topic().equals(topics.papersIngested().name())
                && paper(r).getSource().getFile().equals("poison.txt");

        settleAndScan(worker(options(20, 8L << 20)));

        assertThat(stateOf("fine.txt")).isEqualTo(FileStatus.COMPLETED);
        assertThat(stateOf("poison.txt")).isEqualTo(FileStatus.FAILED);
        assertThat(papersCommitted()).hasSize(2)
                .allMatch(p -> p.getSource().getFile().equals("fine.txt"));
    }

    @Test
    void whenTheResultsCannotBeCommittedNothingButTheProcessingStatesIsVisibleAndEveryFileIsToBeRetried()
            throws Exception {
        drop("one.txt", report("iota", 2), 1);
        drop("two.txt", report("kappa", 2), 2);
        producer.failCommitsAfter = 1;

        settleAndScan(worker(options(20, 8L << 20)));

        assertThat(producer.transactions).hasSize(1);
        assertThat(papersCommitted()).isEmpty();
        assertThat(stateOf("one.txt")).isEqualTo(FileStatus.FAILED);
        assertThat(stateOf("two.txt")).isEqualTo(FileStatus.FAILED);
    }

    @Test
    void settledFilesAreCutIntoBatchesByCountAndBytes() throws Exception {
        for (int i = 1; i <= 5; i++) {
            drop("count-" + i + ".txt", report("count" + i, 1), i);
        }
        settleAndScan(worker(options(2, 8L << 20)));
        assertThat(producer.transactions).as("three batches of at most two files, two transactions each").hasSize(6);
        assertThat(papersCommitted()).hasSize(5);
    }

    @Test
    void aBatchHoldsNoMoreBytesThanTheLimitUnlessOneFileIsLargerOnItsOwn() throws Exception {
        String small = report("small", 1);
        String large = report("large", 40);
        drop("1-small.txt", small, 1);
        drop("2-small.txt", small.replace("small", "other"), 2);
        drop("3-large.txt", large, 3);
        long limit = 2L * small.getBytes(StandardCharsets.UTF_8).length + 10;

        settleAndScan(worker(options(20, limit)));

        assertThat(producer.transactions).as("the two small files together, the large one alone").hasSize(4);
        assertThat(producer.transactions.get(0)).hasSize(2);
        assertThat(producer.transactions.get(2)).hasSize(1);
        assertThat(stateOf("3-large.txt")).isEqualTo(FileStatus.COMPLETED);
    }

    @Test
    void theLoopWaitsExactlyUntilTheEarliestSettlingFileIsDue() throws Exception {
        IngestOptions options = new IngestOptions(64L << 20, Duration.ofMillis(100), Duration.ofSeconds(5), 3,
                Duration.ofSeconds(10), IngestOptions.Cleanup.KEEP, IngestOptions.Cleanup.KEEP, "test", 20, 8L << 20);
        IngestWorker worker = worker(options);
        assertThat(worker.untilNextCheck(clock.instant())).as("nothing settling").isEqualTo(Duration.ofSeconds(5));

        drop("early.txt", report("early", 1), 1);
        worker.scanOnce();
        clock.advance(Duration.ofMillis(30));
        drop("late.txt", report("late", 1), 2);
        worker.scanOnce();

        assertThat(worker.untilNextCheck(clock.instant())).isEqualTo(Duration.ofMillis(70));
        assertThat(worker.untilNextCheck(clock.instant().plusNanos(500_000))).as("rounded up, never early")
                .isEqualTo(Duration.ofMillis(70));
        clock.advance(Duration.ofMillis(70));
        worker.scanOnce();
        assertThat(stateOf("early.txt")).isEqualTo(FileStatus.COMPLETED);
        assertThat(states.byName("late.txt")).isEmpty();
        assertThat(worker.untilNextCheck(clock.instant())).isEqualTo(Duration.ofMillis(30));
    }

    // --- helpers ---

    private IngestOptions options(int batchMaxFiles, long batchMaxBytes) {
        return new IngestOptions(64L << 20, Duration.ZERO, Duration.ofSeconds(5), 3, Duration.ofSeconds(10),
                IngestOptions.Cleanup.KEEP, IngestOptions.Cleanup.KEEP, "test", batchMaxFiles, batchMaxBytes);
    }

    private IngestWorker worker(IngestOptions options) {
        if (bucket == null) {
            bucket = new LocalFolderBucket(inbox);
        }
        TransactionalPublisher publisher = new TransactionalPublisher(() -> producer, new SimpleMeterRegistry());
        return new IngestWorker(bucket, states, publisher, topics, options,
                new IngestMetrics(new SimpleMeterRegistry()), clock);
    }

    /** With a settle time of zero, the first scan sees the files and the second processes them. */
    private static void settleAndScan(IngestWorker worker) throws IOException {
        worker.scanOnce();
        worker.scanOnce();
    }

    private void drop(String name, String content, int second) throws IOException {
        Path file = Files.writeString(inbox.resolve(name), content);
        // the listing is ordered by modification time: make the order the test's, not the file system's
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second)));
    }

    private FileStatus stateOf(String name) {
        return states.byName(name).map(FileState::getState).orElse(null);
    }

    private FileState fileState(ProducerRecord<String, byte[]> record) {
        return topics.fileStates().valueSerde().deserializer().deserialize(record.topic(), record.value());
    }

    private List<PaperIngested> papersCommitted() {
        return producer.history().stream().filter(r -> r.topic().equals(topics.papersIngested().name()))
                .map(this::paper).toList();
    }

    private PaperIngested paper(ProducerRecord<String, byte[]> record) {
        return topics.papersIngested().valueSerde().deserializer().deserialize(record.topic(), record.value());
    }

    /** A small report in the real format; {@code seed} makes titles (and so content) distinct. */
    private static String report(String seed, int papers) {
        StringBuilder text = new StringBuilder("# AI推理加速技术论文分析报告\n生成时间: 2025-10-16 10:21:43\n分析论文数量: ")
                .append(papers).append("篇\n\n## 论文技术简报\n\n");
        for (int i = 1; i <= papers; i++) {
            text.append("### ").append(i).append(". ").append(title(seed, i)).append("\n\n")
                    .append("某大学发布了论文，使用量化技术，解决了大模型推理开销大的问题，达成了2倍加速的效果。\n\n");
        }
        text.append("## 论文详细信息\n\n");
        for (int i = 1; i <= papers; i++) {
            text.append("### ").append(i).append(". ").append(title(seed, i)).append("\n\n**主要机构**: University ")
                    .append(i).append("\n**作者数量**: 3人\n\n**摘要**:\nWe study efficient inference of large models "
                            + "and reduce latency by half on a standard benchmark.\n\n");
        }
        return text.toString();
    }

    private static String title(String seed, int i) {
        return "Study " + seed + " Number " + i + ": Quantization for Efficient Inference";
    }

    /** Records what each committed transaction held; can refuse some records or fail commits, as a broker might. */
    private static final class RecordingProducer extends MockProducer<String, byte[]> {
        final List<List<ProducerRecord<String, byte[]>>> transactions = new ArrayList<>();
        private final List<ProducerRecord<String, byte[]>> open = new ArrayList<>();
        Predicate<ProducerRecord<String, byte[]>> refuse = r -> false;
        int failCommitsAfter = Integer.MAX_VALUE;

        RecordingProducer() {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            if (refuse.test(record)) {
                throw new KafkaException("record refused for " + record.key());
            }
            open.add(record);
            return super.send(record, callback);
        }

        @Override
        public synchronized void commitTransaction() {
            if (transactions.size() >= failCommitsAfter) {
                throw new KafkaException("commit failed");
            }
            super.commitTransaction();
            transactions.add(List.copyOf(open));
            open.clear();
        }

        @Override
        public synchronized void abortTransaction() {
            super.abortTransaction();
            open.clear();
        }
    }

    /** A bucket whose one named file cannot be opened. */
    private record FailingToOpen(Bucket delegate, String unreadable) implements Bucket {
        @Override
        public List<BucketObject> list() throws IOException {
            return delegate.list();
        }

        @Override
        public InputStream open(BucketObject object) throws IOException {
            if (object.name().equals(unreadable)) {
                throw new IOException("disk on fire");
            }
            return delegate.open(object);
        }

        @Override
        public void moveTo(BucketObject object, String folder) throws IOException {
            delegate.moveTo(object, folder);
        }

        @Override
        public void delete(BucketObject object) throws IOException {
            delegate.delete(object);
        }

        @Override
        public void awaitChange(Duration max) throws InterruptedException {
            delegate.awaitChange(max);
        }

        @Override
        public String describe() {
            return delegate.describe();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
