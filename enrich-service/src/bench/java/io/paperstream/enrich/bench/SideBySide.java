package io.paperstream.enrich.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time per paper of two or more builds of enrich-service (each a worktree's compiled classes and
 * data files, loaded by a class loader of its own), in rounds that alternate between the builds within
 * one JVM.
 * On the shared 2-core VM a run of one build and a later run of the other meet different loads, so
 * that separate JMH runs differ by ±15 %; a round of each build and the same round of the other share
 * the load, and the median of their ratios varies by a percent or two.
 *
 * <p>After {@code ./mvnw -o -pl enrich-service compile} in each worktree and
 * {@code ./mvnw -Pbench -pl enrich-service test-compile} in this one:
 * {@code java -cp <test classpath> io.paperstream.enrich.bench.SideBySide <rounds> <reference worktree>
 * <worktree>...}; {@code -Dround.ms=200} sets a round's length (400 ms by default).
 */
public final class SideBySide {

    private SideBySide() {
    }

    /** One build: {@code Enricher.enrich} bound to an enricher of that build, and the labelled papers as its classes read them. */
    private record Build(String name, MethodHandle enrich, Object enricher, List<Object> papers) {

        static Build load(Path worktree) throws Exception {
            Path module = worktree.resolve("enrich-service");
            ClassLoader loader = new BuildLoader(module.resolve("target/classes"));
            Class<?> enricherClass = loader.loadClass("io.paperstream.enrich.Enricher");
            Class<?> paperText = loader.loadClass("io.paperstream.enrich.PaperText");
            Class<?> labelledSet = loader.loadClass("io.paperstream.enrich.eval.LabelledSet");
            Class<?> labelledPaper = loader.loadClass("io.paperstream.enrich.eval.LabelledPaper");
            List<Object> papers = new ArrayList<>();
            for (Object labelled : (List<?>) labelledSet.getMethod("read", Path.class)
                    .invoke(null, module.resolve("eval/labelled.jsonl"))) {
                papers.add(labelledPaper.getMethod("text").invoke(labelled));
            }
            MethodHandle enrich = MethodHandles.publicLookup()
                    .unreflect(enricherClass.getMethod("enrich", paperText))
                    .asType(MethodType.methodType(Object.class, Object.class, Object.class));
            return new Build(worktree.getFileName().toString(), enrich,
                    enricherClass.getMethod("fromClasspath").invoke(null), papers);
        }

        /** Enriches the papers over and over for {@code millis}; CPU µs per paper. */
        double round(ThreadMXBean threads, long millis) throws Throwable {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallEnd = System.nanoTime() + millis * 1_000_000L;
            long enriched = 0;
            while (System.nanoTime() < wallEnd) {
                for (Object paper : papers) {
                    if (enrich.invokeExact(enricher, paper) == null) {
                        throw new AssertionError("no enrichment");
                    }
                }
                enriched += papers.size();
            }
            return (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / enriched;
        }
    }

    /**
     * Loads enrich-service's classes and data files from one build's directory, first, and everything
     * else (Avro, Jackson, this class) from the classpath, which holds another build of enrich-service.
     */
    static final class BuildLoader extends URLClassLoader {

        BuildLoader(Path classes) throws Exception {
            super(new URL[] {classes.toUri().toURL()}, SideBySide.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.paperstream.enrich.") || name.startsWith("io.paperstream.enrich.bench.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }

    public static void main(String[] args) throws Throwable {
        int rounds = Integer.parseInt(args[0]);
        long millis = Long.getLong("round.ms", 400);
        List<Build> builds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            builds.add(Build.load(Path.of(args[i])));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] micros = new double[builds.size()][rounds];
        for (int round = -5; round < rounds; round++) {
            for (int b = 0; b < builds.size(); b++) {
                double perPaper = builds.get(b).round(threads, millis);
                if (round >= 0) {
                    micros[b][round] = perPaper;
                }
            }
        }
        for (int b = 0; b < builds.size(); b++) {
            double[] sorted = micros[b].clone();
            Arrays.sort(sorted);
            System.out.printf("%-20s CPU µs per paper: best %.1f, median %.1f%n", builds.get(b).name(), sorted[0],
                    sorted[rounds / 2]);
        }
        for (int b = 1; b < builds.size(); b++) {
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = micros[b][round] / micros[0][round];
            }
            Arrays.sort(ratios);
            System.out.printf("%s / %s, same rounds: median %.3f (quartiles %.3f-%.3f)%n", builds.get(b).name(),
                    builds.get(0).name(), ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4]);
        }
    }
}
