package io.paperstream.ingest.bucket.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paperstream.runtime.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S3BucketSettingsTest {

    private static final List<String> CLEANUP = List.of("processed", "failed");

    @Test
    void defaultsNeedOnlyABucket() {
        S3BucketSettings s = S3BucketSettings.from(new Settings(Map.of("ingest.s3.bucket", "papers",
                "ingest.s3.prefix", "", "ingest.s3.endpoint", "")), CLEANUP);
        assertThat(s.bucket()).isEqualTo("papers");
        assertThat(s.prefix()).isEmpty();
        assertThat(s.endpoint()).isEmpty();
        assertThat(s.region()).isEqualTo("us-east-1");
        assertThat(s.pathStyle()).isFalse();
        assertThat(s.pageSize()).isEqualTo(1000);
        assertThat(s.rescanInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.notifications()).isEmpty();
    }

    @Test
    void everyKeyIsRead() {
        S3BucketSettings s = S3BucketSettings.from(new Settings(Map.of(
                "ingest.s3.bucket", "papers",
                "ingest.s3.prefix", "reports/inbox",
                "ingest.s3.endpoint", "http://minio:9000",
                "ingest.s3.region", "eu-central-1",
                "ingest.s3.path.style", "true",
                "ingest.s3.page.size", "2",
                "ingest.rescan.interval", "10m",
                "ingest.s3.notifications.topic", "minio-events",
                "kafka.bootstrap.servers", "broker:9092")), CLEANUP);
        assertThat(s.prefix()).isEqualTo("reports/inbox/");
        assertThat(s.endpoint()).contains(URI.create("http://minio:9000"));
        assertThat(s.region()).isEqualTo("eu-central-1");
        assertThat(s.pathStyle()).isTrue();
        assertThat(s.pageSize()).isEqualTo(2);
        assertThat(s.rescanInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.notifications()).hasValueSatisfying(n -> {
            assertThat(n.topic()).isEqualTo("minio-events");
            assertThat(n.groupId()).isEqualTo("paperstream-ingest-notifications");
            assertThat(n.kafkaConfig()).containsEntry("bootstrap.servers", "broker:9092");
        });
    }

    @Test
    void badValuesNameTheSetting() {
        assertThatThrownBy(() -> S3BucketSettings.from(new Settings(Map.of()), CLEANUP))
                .hasMessageContaining("ingest.s3.bucket");
        assertThatThrownBy(() -> S3BucketSettings.from(new Settings(Map.of("ingest.s3.bucket", "b",
                "ingest.s3.page.size", "0")), CLEANUP)).hasMessageContaining("ingest.s3.page.size");
        assertThatThrownBy(() -> S3BucketSettings.from(new Settings(Map.of("ingest.s3.bucket", "b",
                "ingest.s3.endpoint", "minio:9000")), CLEANUP)).hasMessageContaining("ingest.s3.endpoint");
    }
}
