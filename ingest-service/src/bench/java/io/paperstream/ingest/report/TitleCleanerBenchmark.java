package io.paperstream.ingest.report;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of cleaning one title with every kind of noise: it runs once per entry and once per join candidate. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TitleCleanerBenchmark {

    @Benchmark
    public String cleanNoisyTitle() {
        return TitleCleaner.clean("Under review as a conference paper at ICLR 2026 VideoNSA: Native Sparse Attention QUANTIZA-TION "
                + "VIDEONSA: NATIVE SPARSE ATTENTION QUANTIZATION A PREPRINT");
    }
}
