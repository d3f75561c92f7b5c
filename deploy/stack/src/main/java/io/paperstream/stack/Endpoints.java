package io.paperstream.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Where a running local stack answers, as written to {@code $PAPERSTREAM_DATA/endpoints.json} for scripts
 * and tests: {@code {"kafka", "registry", "ingest", "enrich", "query", "pids": {"index", "ingest", "enrich"}}}.
 */
public record Endpoints(String kafka, String registry, List<String> ingest, List<String> enrich,
                        List<String> query, List<Long> indexPids, List<Long> ingestPids, List<Long> enrichPids) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("kafka", kafka);
        root.put("registry", registry);
        ingest.forEach(root.putArray("ingest")::add);
        enrich.forEach(root.putArray("enrich")::add);
        query.forEach(root.putArray("query")::add);
        ObjectNode pids = root.putObject("pids");
        indexPids.forEach(pids.putArray("index")::add);
        ingestPids.forEach(pids.putArray("ingest")::add);
        enrichPids.forEach(pids.putArray("enrich")::add);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes via a temp file and a rename, so a reader never sees half a file. */
    public void writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), "endpoints", ".json.part");
            Files.writeString(partial, toJson());
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public static Endpoints readFrom(Path file) {
        try {
            var root = JSON.readTree(file.toFile());
            return new Endpoints(root.path("kafka").asText(), root.path("registry").asText(),
                    strings(root.path("ingest")), strings(root.path("enrich")), strings(root.path("query")),
                    longs(root.path("pids").path("index")), longs(root.path("pids").path("ingest")),
                    longs(root.path("pids").path("enrich")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static List<String> strings(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static List<Long> longs(com.fasterxml.jackson.databind.JsonNode array) {
        List<Long> out = new java.util.ArrayList<>();
        array.forEach(node -> out.add(node.asLong()));
        return out;
    }
}
