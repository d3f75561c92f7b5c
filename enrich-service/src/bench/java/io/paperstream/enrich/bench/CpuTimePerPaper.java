package io.paperstream.enrich.bench;

import io.paperstream.enrich.Enricher;
import io.paperstream.enrich.PaperText;
import io.paperstream.enrich.eval.Evaluate;
import io.paperstream.enrich.eval.LabelledPaper;
import io.paperstream.enrich.eval.LabelledSet;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time per paper on this thread over the labelled papers, in rounds of one second. On a shared
 * machine wall-clock throughput measures the share of a core the benchmark got; the thread's CPU
 * time, and the best round of it, varies much less, so before/after comparisons can use it.
 *
 * <p>{@code java -cp <test classpath> io.paperstream.enrich.bench.CpuTimePerPaper [warmup rounds] [rounds]}
 */
public final class CpuTimePerPaper {

    private CpuTimePerPaper() {
    }

    public static void main(String[] args) {
        int warmupRounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Enricher enricher = Enricher.fromClasspath();
        List<PaperText> papers = LabelledSet.read(Evaluate.locateDefault()).stream().map(LabelledPaper::text).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] microsPerPaper = new double[rounds];
        long sink = 0;
        for (int round = -warmupRounds; round < rounds; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallEnd = System.nanoTime() + 1_000_000_000L;
            long enriched = 0;
            while (System.nanoTime() < wallEnd) {
                for (PaperText paper : papers) {
                    sink += enricher.enrich(paper).claims().size();
                }
                enriched += papers.size();
            }
            if (round >= 0) {
                microsPerPaper[round] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / enriched;
            }
        }
        Arrays.sort(microsPerPaper);
        System.out.printf("CPU µs per paper: best %.1f, median %.1f, worst %.1f (%d rounds; %d)%n",
                microsPerPaper[0], microsPerPaper[rounds / 2], microsPerPaper[rounds - 1], rounds, sink % 10);
    }
}
