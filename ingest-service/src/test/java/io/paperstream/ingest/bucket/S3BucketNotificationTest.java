package io.paperstream.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import io.paperstream.ingest.bucket.s3.S3BucketSettings;
import io.paperstream.ingest.bucket.s3.S3Event;
import io.paperstream.ingest.bucket.s3.S3Event.Kind;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which notifications wake the worker. No request reaches the endpoint: only events are applied here. */
class S3BucketNotificationTest {

    private final S3BucketSettings settings = new S3BucketSettings("papers", "inbox",
            Optional.of(URI.create("http://127.0.0.1:9")), "us-east-1", true, 1000, Duration.ofMinutes(10),
            List.of("processed", "failed"), Optional.empty());
    private final S3Bucket bucket = new S3Bucket(settings, S3Bucket.clientFor(settings), Clock.systemUTC());

    @AfterEach
    void close() {
        bucket.close();
    }

    private long millisToWake(Duration max) throws InterruptedException {
        long start = System.nanoTime();
        bucket.awaitChange(max);
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    @Test
    void aNewInboxObjectWakesTheWorkerAtOnce() throws Exception {
        bucket.onEvent(new S3Event(Kind.CREATED, "papers", "inbox/week-47.txt", 10, "e1", null));
        assertThat(millisToWake(Duration.ofSeconds(20))).isLessThan(5_000);
        // the wake-up was used up: nothing new, so the next wait runs its full length
        assertThat(millisToWake(Duration.ofMillis(300))).isGreaterThanOrEqualTo(250);
    }

    @Test
    void eventsThatAreNotAboutTheInboxDoNotWakeIt() throws Exception {
        bucket.onEvent(new S3Event(Kind.CREATED, "other-bucket", "inbox/week-47.txt", 10, "e1", null));
        bucket.onEvent(new S3Event(Kind.CREATED, "papers", "inbox/processed/week-47.txt", 10, "e1", null));
        bucket.onEvent(new S3Event(Kind.CREATED, "papers", "inbox/week-47.txt.part", 10, "e1", null));
        bucket.onEvent(new S3Event(Kind.CREATED, "papers", "outbox/week-47.txt", 10, "e1", null));
        bucket.onEvent(new S3Event(Kind.REMOVED, "papers", "inbox/week-47.txt", -1, null, null));
        assertThat(millisToWake(Duration.ofMillis(300))).isGreaterThanOrEqualTo(250);
    }

    @Test
    void anEventWithoutAVersionStillWakesTheWorker() throws Exception {
        bucket.onEvent(new S3Event(Kind.CREATED, "papers", "inbox/week-47.txt", -1, null, null));
        assertThat(millisToWake(Duration.ofSeconds(20))).isLessThan(5_000);
    }
}
