package io.paperstream.enrich.bench;

import io.paperstream.enrich.Enricher;
import io.paperstream.enrich.Enrichment;
import io.paperstream.enrich.PaperText;
import io.paperstream.enrich.eval.Evaluate;
import io.paperstream.enrich.eval.LabelledPaper;
import io.paperstream.enrich.eval.LabelledSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Enrichments per second on one thread (so, per core) over the labelled papers' real texts.
 * Goal: at least 20,000 papers per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EnrichBenchmark {

    private Enricher enricher;
    private List<PaperText> papers;
    private int next;

    @Setup
    public void load() {
        enricher = Enricher.fromClasspath();
        papers = LabelledSet.read(Evaluate.locateDefault()).stream().map(LabelledPaper::text).toList();
    }

    @Benchmark
    public Enrichment enrichOnePaper() {
        PaperText paper = papers.get(next);
        next = (next + 1) % papers.size();
        return enricher.enrich(paper);
    }
}
