package io.paperstream.enrich.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time of the dictionary scan alone ({@code TermMatcher.match}), per character, of two or more
 * builds of enrich-service loaded side by side as in {@link SideBySide}: the shared vocabulary over
 * the labelled papers' folded titles, briefs and abstracts, and the institution aliases over their
 * institutions lines, in rounds that alternate between the builds.
 *
 * <p>{@code java -cp <test classpath> io.paperstream.enrich.bench.ScanSideBySide <rounds> <reference
 * worktree> <worktree>...}; {@code -Dround.ms=300} sets a round's length.
 */
public final class ScanSideBySide {

    private ScanSideBySide() {
    }

    /** One build's matcher, bound to {@code match(char[])}, and the texts it scans. */
    private record Scan(String name, MethodHandle match, Object matcher, List<char[]> texts, long chars) {

        double round(ThreadMXBean threads, long millis) throws Throwable {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallEnd = System.nanoTime() + millis * 1_000_000L;
            long scanned = 0;
            while (System.nanoTime() < wallEnd) {
                for (char[] text : texts) {
                    if (match.invokeExact(matcher, text) == null) {
                        throw new AssertionError("no matches");
                    }
                }
                scanned += chars;
            }
            return (threads.getCurrentThreadCpuTime() - cpuStart) / (double) scanned;
        }
    }

    private static List<Scan> load(Path worktree) throws Exception {
        Path module = worktree.resolve("enrich-service");
        ClassLoader loader = new SideBySide.BuildLoader(module.resolve("target/classes"));
        Class<?> enricherClass = loader.loadClass("io.paperstream.enrich.Enricher");
        Class<?> labelledSet = loader.loadClass("io.paperstream.enrich.eval.LabelledSet");
        Class<?> labelledPaper = loader.loadClass("io.paperstream.enrich.eval.LabelledPaper");
        Class<?> paperText = loader.loadClass("io.paperstream.enrich.PaperText");
        Class<?> folding = loader.loadClass("io.paperstream.enrich.text.TextFolding");
        Class<?> matcherClass = loader.loadClass("io.paperstream.enrich.text.TermMatcher");
        Object enricher = enricherClass.getMethod("fromClasspath").invoke(null);
        Object vocabulary = field(enricher, "vocabulary");
        Object aliases = field(field(enricher, "institutions"), "aliases");
        List<char[]> texts = new ArrayList<>();
        List<char[]> lines = new ArrayList<>();
        for (Object labelled : (List<?>) labelledSet.getMethod("read", Path.class)
                .invoke(null, module.resolve("eval/labelled.jsonl"))) {
            Object paper = labelledPaper.getMethod("text").invoke(labelled);
            for (String part : new String[] {"title", "brief", "abstractText"}) {
                String text = (String) paperText.getMethod(part).invoke(paper);
                if (text != null && !text.isBlank()) {
                    texts.add((char[]) folding.getMethod("foldToChars", String.class).invoke(null, text));
                }
            }
            String line = (String) paperText.getMethod("institutions").invoke(paper);
            if (line != null) {
                lines.add((char[]) folding.getMethod("foldToChars", String.class).invoke(null, line));
            }
        }
        MethodHandle match = MethodHandles.publicLookup()
                .unreflect(matcherClass.getMethod("match", char[].class))
                .asType(MethodType.methodType(Object.class, Object.class, char[].class));
        String name = worktree.getFileName().toString();
        return List.of(new Scan(name + " texts", match, vocabulary, texts, length(texts)),
                new Scan(name + " institutions", match, aliases, lines, length(lines)));
    }

    private static long length(List<char[]> texts) {
        return texts.stream().mapToLong(t -> t.length).sum();
    }

    private static Object field(Object owner, String name) throws Exception {
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }

    public static void main(String[] args) throws Throwable {
        int rounds = Integer.parseInt(args[0]);
        long millis = Long.getLong("round.ms", 300);
        List<List<Scan>> builds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            builds.add(load(Path.of(args[i])));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int kinds = builds.get(0).size();
        double[][][] nanos = new double[builds.size()][kinds][rounds];
        for (int round = -5; round < rounds; round++) {
            for (int kind = 0; kind < kinds; kind++) {
                for (int b = 0; b < builds.size(); b++) {
                    double perChar = builds.get(b).get(kind).round(threads, millis);
                    if (round >= 0) {
                        nanos[b][kind][round] = perChar;
                    }
                }
            }
        }
        for (int kind = 0; kind < kinds; kind++) {
            for (int b = 0; b < builds.size(); b++) {
                double[] sorted = nanos[b][kind].clone();
                Arrays.sort(sorted);
                Scan scan = builds.get(b).get(kind);
                System.out.printf("%-28s CPU ns per char: best %.2f, median %.2f (%d chars per pass)%n", scan.name(),
                        sorted[0], sorted[rounds / 2], scan.chars());
            }
            for (int b = 1; b < builds.size(); b++) {
                double[] ratios = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    ratios[round] = nanos[b][kind][round] / nanos[0][kind][round];
                }
                Arrays.sort(ratios);
                System.out.printf("  %s / %s, same rounds: median %.3f (quartiles %.3f-%.3f)%n",
                        builds.get(b).get(kind).name(), builds.get(0).get(kind).name(), ratios[rounds / 2],
                        ratios[rounds / 4], ratios[3 * rounds / 4]);
            }
        }
    }
}
