package io.paperstream.index.bench;

import io.javalin.Javalin;
import io.paperstream.index.IndexFixture;
import io.paperstream.index.http.IndexRoutes;
import io.paperstream.runtime.HttpServers;
import io.paperstream.runtime.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
 * The public routes over loopback HTTP against an index of 5,000 papers held by the test driver: a key
 * lookup and a filtered list page. The client (JDK HttpClient) runs in the same JVM, so the figures include
 * its cost; compare runs on the same machine, not with the pipeline benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(4)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class QueryBenchmark {

    private static final int PAPERS = 5_000;

    private IndexFixture index;
    private Javalin app;
    private HttpClient http;
    private String base;

    @Setup
    public void start() {
        index = new IndexFixture();
        SyntheticPapers.occurrences(PAPERS, 7).forEach(index::pipe);
        app = HttpServers.create(new Settings(Map.of()));
        new IndexRoutes(index.localIndex().allPartitions()).register(app);
        app.start("127.0.0.1", 0);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        base = "http://127.0.0.1:" + app.port();
    }

    @TearDown
    public void stop() {
        app.stop();
        index.close();
    }

    @Benchmark
    public byte[] keyLookup() throws IOException, InterruptedException {
        String id = SyntheticPapers.id(ThreadLocalRandom.current().nextInt(PAPERS - PAPERS / 10));
        return get("/papers/" + id);
    }

    @Benchmark
    public byte[] filteredList() throws IOException, InterruptedException {
        List<String> techniques = SyntheticPapers.TECHNIQUES;
        return get("/papers?limit=50&technique=" + techniques.get(ThreadLocalRandom.current().nextInt(techniques.size())));
    }

    private byte[] get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }
}
