package io.paperstream.ingest.bucket.s3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads bucket notifications in the AWS S3 event shape ({@code {"Records":[{"eventName":…,"s3":{…}}]}}), which
 * MinIO also publishes to Kafka, adding top-level {@code EventName} and {@code Key} fields. Only object created and
 * removed events come out; test events and other kinds (e.g. ObjectAccessed) give an empty list.
 */
public final class S3EventParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The notification cannot be understood; the caller logs it and moves on. */
    public static final class MalformedEventException extends Exception {
        MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }

        MalformedEventException(String message) {
            super(message);
        }
    }

    private S3EventParser() {
    }

    public static List<S3Event> parse(byte[] json) throws MalformedEventException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedEventException("unreadable: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        JsonNode records = root.get("Records");
        if (records != null && !records.isNull()) {
            if (!records.isArray()) {
                throw new MalformedEventException("'Records' is not an array");
            }
            List<S3Event> events = new ArrayList<>();
            for (JsonNode record : records) {
                fromRecord(record).ifPresent(events::add);
            }
            return events;
        }
        if (root.hasNonNull("EventName") && root.hasNonNull("Key")) {
            return fromMinioSummary(root.get("EventName").asText(), root.get("Key").asText()).stream().toList();
        }
        if ("s3:TestEvent".equals(root.path("Event").asText())) {
            return List.of(); // AWS sends one when notifications are configured
        }
        throw new MalformedEventException("neither 'Records' nor 'EventName'/'Key' present");
    }

    private static Optional<S3Event> fromRecord(JsonNode record) throws MalformedEventException {
        if (!record.isObject()) {
            throw new MalformedEventException("a record is not a JSON object");
        }
        Optional<S3Event.Kind> kind = kindOf(requiredText(record, "eventName"));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        JsonNode s3 = record.path("s3");
        String bucket = requiredText(s3.path("bucket"), "name");
        JsonNode object = s3.path("object");
        String key = decodeKey(requiredText(object, "key"));
        long size = object.path("size").isIntegralNumber() ? object.get("size").asLong() : -1;
        String eTag = S3Event.unquoteETag(object.path("eTag").asText(null));
        return Optional.of(new S3Event(kind.get(), bucket, key, size, eTag, eventTime(record.path("eventTime"))));
    }

    /** MinIO's top-level {@code Key} is {@code bucket/key}, already decoded; it carries no size or ETag. */
    private static Optional<S3Event> fromMinioSummary(String eventName, String bucketAndKey)
            throws MalformedEventException {
        Optional<S3Event.Kind> kind = kindOf(eventName);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        int slash = bucketAndKey.indexOf('/');
        if (slash <= 0 || slash == bucketAndKey.length() - 1) {
            throw new MalformedEventException("'Key' is not bucket/key: " + bucketAndKey);
        }
        return Optional.of(new S3Event(kind.get(), bucketAndKey.substring(0, slash), bucketAndKey.substring(slash + 1),
                -1, null, null));
    }

    /** AWS writes {@code ObjectCreated:Put}, MinIO {@code s3:ObjectCreated:Put}. */
    static Optional<S3Event.Kind> kindOf(String eventName) {
        String name = eventName.startsWith("s3:") ? eventName.substring(3) : eventName;
        if (name.startsWith("ObjectCreated:")) {
            return Optional.of(S3Event.Kind.CREATED);
        }
        if (name.startsWith("ObjectRemoved:")) {
            return Optional.of(S3Event.Kind.REMOVED);
        }
        return Optional.empty();
    }

    /** Keys in records are form-encoded: a space arrives as {@code +}, a plus sign as {@code %2B}. */
    static String decodeKey(String encoded) throws MalformedEventException {
        try {
            String key = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
            if (key.isEmpty()) {
                throw new MalformedEventException("empty object key");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("object key is not URL-encoded: " + encoded, e);
        }
    }

    private static String requiredText(JsonNode node, String field) throws MalformedEventException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new MalformedEventException("missing '" + field + "'");
        }
        return value.asText();
    }

    private static Instant eventTime(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null; // only used as the modification time shown for the file
        }
    }
}
