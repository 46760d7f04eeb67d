package org.issuepress.bench;

import org.issuepress.press.Built;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostics;

/**
 * Warm rebuilds in one JVM, as the preview server does them: the full build (print, cover,
 * e-edition, preflight) N times, reporting the median of each stage. Not a test: run by
 * src/bench/benchmark.sh.
 *
 * <p>usage: Benchmark ISSUE_DIR RUNS
 */
public final class Benchmark {
    private Benchmark() {
    }

    /** Records how long each stage took. */
    static final class Timings implements Progress {
        final Map<String, Double> seconds = new LinkedHashMap<>();
        private String stage;
        private long start;

        @Override
        public void stage(String name) {
            stage = name;
            start = System.nanoTime();
        }

        @Override
        public void done(String detail) {
            seconds.put(stage, (System.nanoTime() - start) / 1e9);
        }
    }

    public static void main(String[] args) throws Exception {
        Path issue = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path out = Files.createTempDirectory("bench-");
        List<Map<String, Double>> all = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> gc = new ArrayList<>();
        List<Double> jit = new ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int pages = 0;
        for (int i = 0; i < runs; i++) {
            Timings t = new Timings();
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            long gcStart = gcMillis();
            long jitStart = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            Built b = new Pipeline(Path.of("templates"), Path.of("fonts"), t).build(issue, out, new Diagnostics());
            double total = (System.nanoTime() - start) / 1e9;
            pages = b.composed().pages().size();
            totals.add(total);
            cpu.add((os.getProcessCpuTime() - cpuStart) / 1e9);
            gc.add((gcMillis() - gcStart) / 1e3);
            jit.add((java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart) / 1e3);
            all.add(t.seconds);
            System.out.printf(Locale.ROOT, "run %d: %.2f s (CPU %.2f s, JIT %.2f s, classes %d) %s%n", i + 1, total, cpu.get(i), jit.get(i),
                    java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(), format(t.seconds));
        }
        List<Double> warm = totals.subList(Math.min(1, runs - 1), runs);
        double median = median(warm);
        Map<String, Double> stages = new LinkedHashMap<>();
        for (String stage : all.get(all.size() - 1).keySet()) {
            List<Double> v = new ArrayList<>();
            for (Map<String, Double> m : all.subList(Math.min(1, runs - 1), runs)) {
                v.add(m.getOrDefault(stage, 0.0));
            }
            stages.put(stage, median(v));
        }
        System.out.printf(Locale.ROOT, "warm rebuild (median of %d): %.2f s, %.0f pages/s; stages %s%n",
                warm.size(), median, pages / median, format(stages));
        // the optimising compiler keeps compiling for dozens of builds (large libraries, two cores):
        // the first rebuilds pay for it, a preview server that has run a while does not
        if (runs >= 13) {
            System.out.printf(Locale.ROOT, "  rebuilds 2–11: median %.2f s; rebuilds 12–%d: median %.2f s, best %.2f s%n",
                    median(totals.subList(1, 11)), runs, median(totals.subList(11, runs)),
                    totals.subList(11, runs).stream().mapToDouble(Double::doubleValue).min().orElse(0));
        }
        // CPU time varies less than wall time on a shared machine; over wall time it shows the cores used
        int from = Math.min(1, runs - 1);
        System.out.printf(Locale.ROOT, "CPU per warm rebuild (median): %.2f s, of which garbage collection %.2f s, JIT compiler %.2f s%n",
                median(cpu.subList(from, runs)), median(gc.subList(from, runs)), median(jit.subList(from, runs)));
        System.out.printf(Locale.ROOT, "composer's share of a warm rebuild: %.0f %%%n", 100 * stages.getOrDefault("compose", 0.0) / median);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap used after the runs: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(Double::compare);
        return s.get(s.size() / 2);
    }

    static String format(Map<String, Double> m) {
        StringBuilder s = new StringBuilder();
        m.forEach((k, v) -> s.append(String.format(Locale.ROOT, "%s %.2f  ", k, v)));
        return s.toString().strip();
    }
}
