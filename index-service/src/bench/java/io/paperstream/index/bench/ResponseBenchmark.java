package io.paperstream.index.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paperstream.index.IndexFixture;
import io.paperstream.index.query.IndexQueries;
import io.paperstream.index.query.PaperQuery;
import io.paperstream.index.topology.Facet;
import io.paperstream.index.topology.JsonSerde;
import io.paperstream.index.view.PaperView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU of answering one request without the HTTP server: read from the index of 5,000 papers, then
 * turn the answer into the response bytes, once the way IndexRoutes does now (straight to bytes) and
 * once the way it did before (answer to JSON tree, tree to String, String to UTF-8), on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ResponseBenchmark {

    private static final int PAPERS = 5_000;

    /** The shape of a page body, as IndexRoutes writes it. */
    record PageBody(List<PaperView> items, String next) {
    }

    private final ObjectMapper json = JsonSerde.MAPPER;
    private final ObjectWriter writer = json.writer();
    private IndexFixture index;
    private IndexQueries queries;
    private int next;

    @Setup
    public void load() {
        index = new IndexFixture();
        SyntheticPapers.occurrences(PAPERS, 7).forEach(index::pipe);
        queries = index.localIndex().allPartitions();
    }

    @TearDown
    public void close() {
        index.close();
    }

    private String nextId() {
        next = (next + 1) % (PAPERS - PAPERS / 10);
        return SyntheticPapers.id(next);
    }

    private PaperQuery nextPageQuery() {
        next = (next + 1) % SyntheticPapers.TECHNIQUES.size();
        return new PaperQuery(Map.of(Facet.TECHNIQUE, SyntheticPapers.TECHNIQUES.get(next)), null, null, 50);
    }

    @Benchmark
    public byte[] keyLookupBytesOnce() throws IOException {
        return writer.writeValueAsBytes(queries.paper(nextId()).value());
    }

    @Benchmark
    public byte[] keyLookupTreeThenString() {
        return json.valueToTree(queries.paper(nextId()).value()).toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] filteredPageBytesOnce() throws IOException {
        List<PaperView> items = queries.papers(nextPageQuery()).value().items();
        return writer.writeValueAsBytes(new PageBody(items, "cursor"));
    }

    @Benchmark
    public byte[] filteredPageTreeThenString() {
        List<PaperView> items = queries.papers(nextPageQuery()).value().items();
        ObjectNode body = json.createObjectNode();
        body.set("items", json.valueToTree(items));
        body.put("next", "cursor");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
