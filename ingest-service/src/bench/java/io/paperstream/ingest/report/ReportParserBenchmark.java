package io.paperstream.ingest.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
  * Parsing cost per report size and charset, on a {@link SyntheticReport}.
  * Run: {@code ./mvnw -Pbench -pl ingest-service test-compile exec:exec}.
  */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportParserBenchmark {
    @Param({"30", "1000"})
    int entries;

    @Param({"UTF-8", "GB18030"})
    String charset;

    private byte[] report;

    @Setup
    public void buildReport() {
        report = SyntheticReport.bytes(entries, Charset.forName(charset));
    }

    @Benchmark
    public ParseOutcome parse() throws IOException {
        return ReportParser.parse(new ByteArrayInputStream(report));
    }
}
