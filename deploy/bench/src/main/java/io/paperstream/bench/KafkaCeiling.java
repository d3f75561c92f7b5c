package io.paperstream.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.tools.ProducerPerformance;

/**
 * The ceiling: Kafka's own {@link ProducerPerformance} against the pipeline's broker, with records the size of an
 * average {@code papers.ingested} record and the producer settings ingest-service uses (acks=all, idempotence,
 * linger.ms=5, lz4, transactions), into a scratch topic with the same partition count.
 */
final class KafkaCeiling {

    static final String SOURCE_TOPIC = "papers.ingested";
    static final String SCRATCH_TOPIC = "bench.ceiling";
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), "
            + "([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    record RecordSizes(int partitions, long records, double averageBytes, double averageValueBytes) {
    }

    record Result(long records, int recordSize, int partitions, long transactionMs, double recordsPerSecond,
                  double megabytesPerSecond, double avgLatencyMs, double p99LatencyMs, String summaryLine) {
    }

    private final String bootstrap;

    KafkaCeiling(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Partition count and average key+value size of committed papers.ingested records (up to {@code maxRecords} read). */
    RecordSizes measureSourceTopic(int maxRecords) throws InterruptedException, ExecutionException {
        int partitions;
        try (Admin admin = admin()) {
            TopicDescription description = admin.describeTopics(Set.of(SOURCE_TOPIC)).allTopicNames().get().get(SOURCE_TOPIC);
            partitions = description.partitions().size();
        }
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        long records = 0;
        long bytes = 0;
        long valueBytes = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> all = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                all.add(new TopicPartition(SOURCE_TOPIC, p));
            }
            consumer.assign(all);
            consumer.seekToBeginning(all);
            Map<TopicPartition, Long> end = consumer.endOffsets(all);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (records < maxRecords && System.nanoTime() < deadline && !caughtUp(consumer, end)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    int key = record.key() == null ? 0 : record.key().length;
                    int value = record.value() == null ? 0 : record.value().length;
                    records++;
                    bytes += key + value;
                    valueBytes += value;
                }
            }
        }
        return new RecordSizes(partitions, records, records == 0 ? 0 : (double) bytes / records,
                records == 0 ? 0 : (double) valueBytes / records);
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Recreates the scratch topic and runs ProducerPerformance in this JVM, reading its summary line. */
    Result run(long records, int recordSize, int partitions, long transactionMs) throws Exception {
        recreateScratchTopic(partitions);
        List<String> args = new ArrayList<>(List.of(
                "--bootstrap-server", bootstrap,
                "--topic", SCRATCH_TOPIC,
                "--num-records", Long.toString(records),
                "--record-size", Integer.toString(recordSize),
                "--throughput", "-1",
                "--transactional-id", "paperstream-bench-ceiling",
                "--transaction-duration-ms", Long.toString(transactionMs),
                "--command-property", "acks=all", "enable.idempotence=true", "linger.ms=5", "compression.type=lz4"));
        String output = captureStdout(() -> ProducerPerformance.main(args.toArray(String[]::new)));
        String last = null;
        Matcher found = null;
        for (String line : output.split("\\R")) {
            Matcher m = SUMMARY.matcher(line);
            if (m.find() && !line.contains("steady")) {
                last = line;
                found = m;
            }
        }
        if (found == null) {
            throw new IllegalStateException("ProducerPerformance printed no summary:\n" + output);
        }
        return new Result(Long.parseLong(found.group(1)), recordSize, partitions, transactionMs,
                Double.parseDouble(found.group(2)), Double.parseDouble(found.group(3)), Double.parseDouble(found.group(4)),
                Double.parseDouble(found.group(8)), last.trim());
    }

    private void recreateScratchTopic(int partitions) throws Exception {
        try (Admin admin = admin()) {
            try {
                admin.deleteTopics(Set.of(SCRATCH_TOPIC)).all().get();
                Thread.sleep(1000);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            admin.createTopics(Set.of(new NewTopic(SCRATCH_TOPIC, partitions, (short) 1))).all().get();
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Runs {@code work} with System.out copied into a buffer (and still printed). */
    private static String captureStdout(ThrowingRunnable work) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream tee = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                buffer.write(b);
                original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
                original.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
        System.setOut(tee);
        try {
            work.run();
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
