package io.paperstream.it.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paperstream.ingest.bucket.BucketObject;
import io.paperstream.ingest.bucket.S3Bucket;
import io.paperstream.ingest.bucket.s3.S3BucketSettings;
import io.paperstream.ingest.bucket.s3.S3Event;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** S3Bucket against a real S3-compatible server, with two keys per listing page so pagination really happens. */
class S3BucketListingTest {

    private final S3MockServer server = S3MockServer.get();
    private final S3Client client = server.client();
    private String bucketName;
    private S3Bucket bucket;

    @BeforeEach
    void createBucket() {
        bucketName = server.createBucket("listing");
        bucket = new S3Bucket(new S3BucketSettings(bucketName, "inbox", Optional.of(server.endpoint()),
                S3MockServer.REGION, true, 2, Duration.ofSeconds(1), List.of("processed", "failed"), Optional.empty()));
    }

    @AfterEach
    void closeBucket() {
        bucket.close();
    }

    /** Uploads and returns the version a listing should show: the ETag without quotes. */
    private String put(String key, String content) {
        return S3Event.unquoteETag(client.putObject(b -> b.bucket(bucketName).key(key),
                RequestBody.fromString(content, StandardCharsets.UTF_8)).eTag());
    }

    private Map<String, BucketObject> listByName() throws IOException {
        Map<String, BucketObject> byName = new LinkedHashMap<>();
        for (BucketObject object : bucket.list()) {
            assertThat(byName.put(object.name(), object)).as("listed once: " + object.name()).isNull();
        }
        return byName;
    }

    @Test
    void everyInboxObjectIsListedOnceAcrossPagesAndNothingElse() throws Exception {
        Map<String, String> versions = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            versions.put("report-" + i + ".txt", put("inbox/report-" + i + ".txt", "report number " + i));
        }
        versions.put("2026/week 47+extra.txt", put("inbox/2026/week 47+extra.txt", "nested"));
        for (String skipped : List.of("inbox/", "inbox/2026/", "inbox/processed/report-0.txt",
                "inbox/failed/broken.txt", "inbox/.hidden", "inbox/upload.txt.part", "inbox/2026/~lock",
                "outside/report.txt", "inbox-old/report.txt")) {
            put(skipped, "not an inbox file");
        }

        Map<String, BucketObject> listed = listByName();

        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(versions.keySet());
        versions.forEach((name, version) -> {
            BucketObject object = listed.get(name);
            assertThat(object.version()).as(name).isEqualTo(version);
            assertThat(object.location()).isEqualTo("s3://" + bucketName + "/inbox/" + name);
            assertThat(object.modifiedAt()).isNotNull();
        });
        assertThat(listed.get("report-3.txt").size()).isEqualTo("report number 3".length());
    }

    @Test
    void theVersionChangesWithTheContentOnly() throws Exception {
        put("inbox/a.txt", "first");
        String first = listByName().get("a.txt").version();
        put("inbox/a.txt", "first");
        assertThat(listByName().get("a.txt").version()).as("same bytes uploaded again").isEqualTo(first);
        put("inbox/a.txt", "second");
        assertThat(listByName().get("a.txt").version()).as("new bytes").isNotEqualTo(first);
    }

    @Test
    void openStreamsTheObjectAndMoveAndDeleteTakeItOutOfTheInbox() throws Exception {
        put("inbox/keep.txt", "报告内容 keep");
        put("inbox/move.txt", "move me");
        put("inbox/drop.txt", "delete me");
        Map<String, BucketObject> listed = listByName();

        try (InputStream in = bucket.open(listed.get("keep.txt"))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("报告内容 keep");
        }
        bucket.moveTo(listed.get("move.txt"), "processed");
        bucket.delete(listed.get("drop.txt"));

        assertThat(listByName().keySet()).containsExactly("keep.txt");
        assertThat(client.getObjectAsBytes(b -> b.bucket(bucketName).key("inbox/processed/move.txt")).asUtf8String())
                .isEqualTo("move me");
        assertThatThrownBy(() -> client.headObject(b -> b.bucket(bucketName).key("inbox/move.txt")))
                .isInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class);
        assertThatThrownBy(() -> bucket.open(listed.get("drop.txt"))).isInstanceOf(IOException.class)
                .hasCauseInstanceOf(NoSuchKeyException.class);
    }
}
