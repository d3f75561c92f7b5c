package io.paperstream.it.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paperstream.it.support.Pipeline;
import io.paperstream.it.support.SampleReports;
import io.paperstream.schemas.PaperIngested;
import io.paperstream.stack.SharedStack;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Bucket notifications on Kafka (the shape MinIO publishes) trigger ingestion; the full listing runs only every
 * 10 minutes here, so nothing but the notification can find the new object.
 */
class S3NotificationIngestTest {

    private final S3MockServer server = S3MockServer.get();
    @AutoClose
    private Pipeline pipeline;

    @Test
    void aNotificationAloneGetsAnUploadedReportIngested() throws Exception {
        String bucket = server.createBucket("notify");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String topic = "s3-events-" + unique;
        String group = "ingest-notifications-" + unique;
        startFromTheBeginning(topic, group);
        Map<String, String> settings = new HashMap<>(server.ingestSettings(bucket, "inbox"));
        settings.put("ingest.s3.notifications.topic", topic);
        settings.put("ingest.s3.notifications.group", group);
        settings.put("ingest.rescan.interval", "10m");
        settings.put("ingest.cleanup.on.success", "move");
        pipeline = Pipeline.startIngestOnly("s3-notify", settings);

        Path report = SampleReports.all().get(1);
        String name = "week 47+" + report.getFileName();
        String eTag = server.client().putObject(b -> b.bucket(bucket).key("inbox/" + name),
                RequestBody.fromFile(report)).eTag();
        Thread.sleep(2_000);
        assertThat(IngestProbe.stateOf(pipeline, name)).as("not found by listing").isEqualTo("absent");

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.get().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, bucket + "/x", "{\"Records\":[{\"eventName\":")).get();
            producer.send(new ProducerRecord<>(topic, "other/x", minioEvent("someone-elses-bucket", "inbox/other.txt",
                    10, "\"abc\""))).get();
            producer.send(new ProducerRecord<>(topic, bucket + "/inbox/" + name,
                    minioEvent(bucket, "inbox/" + name, java.nio.file.Files.size(report), eTag))).get();
        }

        Awaitility.await(name + " completed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> IngestProbe.stateOf(pipeline, name).equals("completed"));
        List<PaperIngested> papers = IngestProbe.papers(pipeline);
        assertThat(papers).hasSize(IngestProbe.papersIn(report));
        assertThat(papers).allSatisfy(p -> assertThat(p.getSource().getFile()).isEqualTo(name));
        assertThat(IngestProbe.file(pipeline, "other.txt")).isEmpty();

        // cleanup.on.success=move: copied under processed/, original deleted
        Awaitility.await("moved to processed/").atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThatThrownBy(() -> server.client()
                        .headObject(b -> b.bucket(bucket).key("inbox/" + name))).isInstanceOf(S3Exception.class));
        assertThat(server.client().headObject(b -> b.bucket(bucket).key("inbox/processed/" + name)).eTag())
                .isEqualTo(eTag);
    }

    /** MinIO's Kafka target: top-level EventName/Key plus one AWS-shaped record with a form-encoded key. */
    private static String minioEvent(String bucket, String key, long size, String quotedETag) {
        String encodedKey = URLEncoder.encode(key, StandardCharsets.UTF_8);
        return """
                {"EventName":"s3:ObjectCreated:Put","Key":"%s/%s","Records":[{"eventVersion":"2.0",
                 "eventSource":"minio:s3","awsRegion":"","eventTime":"%s","eventName":"s3:ObjectCreated:Put",
                 "s3":{"s3SchemaVersion":"1.0","configurationId":"Config","bucket":{"name":"%s","arn":"arn:aws:s3:::%s"},
                 "object":{"key":"%s","size":%d,"eTag":"%s","contentType":"text/plain"}}}]}"""
                .formatted(bucket, key, Instant.now(), bucket, bucket, encodedKey, size,
                        quotedETag.replace("\"", ""));
    }

    /** The consumer group starts at offset 0, so a notification sent right after start-up is never skipped. */
    private static void startFromTheBeginning(String topic, String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedStack.get().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(0)))
                    .all().get();
        }
    }
}
