package io.paperstream.ingest.bucket.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paperstream.ingest.bucket.s3.S3Event.Kind;
import io.paperstream.ingest.bucket.s3.S3EventParser.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class S3EventParserTest {

    private static List<S3Event> parse(String json) throws MalformedEventException {
        return S3EventParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Trimmed from an AWS S3 notification: event names without "s3:", keys form-encoded. */
    private static final String AWS_PUT = """
            {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
              "eventTime":"2026-11-20T08:15:30.123Z","eventName":"ObjectCreated:Put",
              "s3":{"s3SchemaVersion":"1.0","configurationId":"reports",
                "bucket":{"name":"papers","arn":"arn:aws:s3:::papers"},
                "object":{"key":"inbox/AI+weekly%2B%E6%8A%A5%E5%91%8A.txt","size":4821,
                          "eTag":"0123456789abcdef0123456789abcdef","sequencer":"0055AED6DCD90281E5"}}}]}
            """;

    /** Trimmed from MinIO's Kafka target: top-level EventName and Key (decoded), events with the "s3:" prefix. */
    private static final String MINIO_PUT = """
            {"EventName":"s3:ObjectCreated:Put","Key":"papers/inbox/week 47.txt",
             "Records":[{"eventVersion":"2.0","eventSource":"minio:s3","awsRegion":"",
              "eventTime":"2026-11-20T08:15:30.123Z","eventName":"s3:ObjectCreated:Put",
              "s3":{"s3SchemaVersion":"1.0","configurationId":"Config",
                "bucket":{"name":"papers","ownerIdentity":{"principalId":"minioadmin"},"arn":"arn:aws:s3:::papers"},
                "object":{"key":"inbox%2Fweek+47.txt","size":977,"eTag":"\\"9f2c4a1b6e0d\\"",
                          "contentType":"text/plain","sequencer":"17A9AB5B4FA1C7DE"}}}]}
            """;

    @Test
    void awsCreatedEventGivesDecodedKeySizeETagAndTime() throws Exception {
        assertThat(parse(AWS_PUT)).containsExactly(new S3Event(Kind.CREATED, "papers", "inbox/AI weekly+报告.txt",
                4821, "0123456789abcdef0123456789abcdef", Instant.parse("2026-11-20T08:15:30.123Z")));
    }

    @Test
    void minioCreatedEventUsesTheRecordAndUnquotesTheETag() throws Exception {
        assertThat(parse(MINIO_PUT)).containsExactly(new S3Event(Kind.CREATED, "papers", "inbox/week 47.txt", 977,
                "9f2c4a1b6e0d", Instant.parse("2026-11-20T08:15:30.123Z")));
    }

    @Test
    void minioSummaryWithoutRecordsStillNamesTheObjectButNotItsVersion() throws Exception {
        assertThat(parse("{\"EventName\":\"s3:ObjectCreated:CompleteMultipartUpload\",\"Key\":\"papers/inbox/a b.txt\"}"))
                .containsExactly(new S3Event(Kind.CREATED, "papers", "inbox/a b.txt", -1, null, null));
    }

    @Test
    void removalsAreReportedAndOtherEventKindsAreLeftOut() throws Exception {
        String removed = """
                {"Records":[{"eventName":"s3:ObjectRemoved:Delete","s3":{"bucket":{"name":"papers"},
                  "object":{"key":"inbox/old.txt","sequencer":"1"}}}]}""";
        assertThat(parse(removed)).containsExactly(new S3Event(Kind.REMOVED, "papers", "inbox/old.txt", -1, null, null));
        String accessed = """
                {"Records":[{"eventName":"s3:ObjectAccessed:Get","s3":{"bucket":{"name":"papers"},
                  "object":{"key":"inbox/old.txt"}}}]}""";
        assertThat(parse(accessed)).isEmpty();
        assertThat(parse("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"papers\"}")).isEmpty();
    }

    @Test
    void everyRecordOfABatchComesOut() throws Exception {
        String two = """
                {"Records":[
                 {"eventName":"ObjectCreated:Copy","s3":{"bucket":{"name":"b"},"object":{"key":"x.txt","size":1,"eTag":"e1"}}},
                 {"eventName":"ObjectCreated:Post","s3":{"bucket":{"name":"b"},"object":{"key":"y.txt","size":2,"eTag":"e2"}}}]}""";
        assertThat(parse(two)).extracting(S3Event::key).containsExactly("x.txt", "y.txt");
    }

    @Test
    void malformedNotificationsAreRejectedWithAReason() {
        assertThatThrownBy(() -> parse("{\"Records\":[{\"eventName\":")).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> parse("[1,2]")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> parse("")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> parse("{\"Records\":{}}")).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not an array");
        assertThatThrownBy(() -> parse("{\"hello\":\"world\"}")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> parse("""
                {"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"},"object":{"size":3}}}]}"""))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("'key'");
        assertThatThrownBy(() -> parse("""
                {"Records":[{"eventName":"ObjectCreated:Put","s3":{"object":{"key":"a.txt"}}}]}"""))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("'name'");
        assertThatThrownBy(() -> parse("""
                {"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"},"object":{"key":"bad%zzkey"}}}]}"""))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("URL-encoded");
        assertThatThrownBy(() -> parse("{\"EventName\":\"s3:ObjectCreated:Put\",\"Key\":\"no-slash\"}"))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void eTagsCompareWithoutQuotes() {
        assertThat(S3Event.unquoteETag("\"abc-2\"")).isEqualTo("abc-2");
        assertThat(S3Event.unquoteETag("abc")).isEqualTo("abc");
        assertThat(S3Event.unquoteETag("W/\"abc\"")).isEqualTo("abc");
        assertThat(S3Event.unquoteETag("\"\"")).isNull();
        assertThat(S3Event.unquoteETag(null)).isNull();
    }
}
