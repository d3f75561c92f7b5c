package io.paperstream.index.bench;

import io.paperstream.index.IndexFixture;
import io.paperstream.schemas.EnrichedPaper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.test.TestRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The index topology (all paper stores, RocksDB, changelogs captured by the test driver) indexing a corpus
 * from empty: time per corpus, so per paper is that divided by {@code papers}. Because the cost of a growing
 * store value grows with the corpus, a whole corpus is one operation rather than one paper. After each
 * corpus the bytes written to each changelog are printed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
public class IndexTopologyBenchmark {

    @Param("20000")
    public int papers;

    private List<EnrichedPaper> corpus;
    private IndexFixture index;

    @Setup(Level.Trial)
    public void generate() {
        corpus = SyntheticPapers.occurrences(papers, 42);
    }

    @Setup(Level.Invocation)
    public void open() {
        index = new IndexFixture();
    }

    @Benchmark
    public void indexCorpus() {
        for (EnrichedPaper paper : corpus) {
            index.pipe(paper);
        }
    }

    @TearDown(Level.Invocation)
    public void reportChangelogBytes() {
        Map<String, Long> bytes = new TreeMap<>();
        ByteArrayDeserializer raw = new ByteArrayDeserializer();
        for (String topic : index.driver.producedTopicNames()) {
            if (topic.endsWith("-changelog")) {
                long total = 0;
                for (TestRecord<byte[], byte[]> r : index.driver.createOutputTopic(topic, raw, raw).readRecordsToList()) {
                    total += (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
                }
                bytes.put(topic, total);
            }
        }
        System.out.println();
        bytes.forEach((topic, total) -> System.out.printf("  %-45s %,12d bytes  %,8.1f per paper%n", topic, total,
                (double) total / papers));
        index.close();
    }
}
