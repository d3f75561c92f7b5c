package io.paperstream.ingest.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;

/**
  * Parses one {@link SyntheticReport} in a loop and prints the CPU time per parse: a steadier figure than JMH's
  * wall-clock time on a machine shared with other builds, and a process to attach a profiler (JFR) to.
  * Arguments: entries, charset, seconds.
  */
public final class ReportParserLoop {

    private ReportParserLoop() {
    }

    public static void main(String[] args) throws IOException {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Charset charset = Charset.forName(args.length > 1 ? args[1] : "UTF-8");
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        byte[] report = SyntheticReport.bytes(entries, charset);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int round = 0;
        while (System.nanoTime() < end) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            int parses = 0;
            for (long roundEnd = System.nanoTime() + 1_000_000_000L; System.nanoTime() < roundEnd; parses++) {
                ReportParser.parse(new ByteArrayInputStream(report));
            }
            double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / parses;
            System.out.printf("round %d: %.3f ms CPU/parse, %.1f MB/s of CPU%n", ++round, cpuMillis, report.length / 1e3 / cpuMillis);
        }
    }
}
