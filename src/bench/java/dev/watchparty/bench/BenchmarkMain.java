package dev.watchparty.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * The one benchmark command: {@code mvn -B -Pbench test-compile exec:exec}. Runs the JMH microbenchmarks, then
 * writes BENCHMARKS.md with the figures and the machine they came from.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    /** Interactions of each kind in the latency benchmark; {@code -Dbench.interactions=500} for a quick run. */
    private static final int INTERACTIONS = Integer.getInteger("bench.interactions", 5000);
    /** Which parts to run, comma-separated: {@code -Dbench.parts=latency} runs only the latency benchmark. */
    private static final String PARTS = System.getProperty("bench.parts", "latency,soak,jmh");

    public static void main(String[] args) throws Exception {
        List<String> sections = new ArrayList<>();
        sections.add(machine());
        if (PARTS.contains("latency")) {
            sections.add(LatencyBenchmark.run(INTERACTIONS));
        }
        if (PARTS.contains("soak")) {
            sections.add(SoakBenchmark.run());
        }
        if (PARTS.contains("jmh")) {
            sections.add(microbenchmarks());
        }
        Path report = Path.of("BENCHMARKS.md");
        Files.writeString(report, String.join("\n\n", sections) + "\n");
        System.out.println("Wrote " + report.toAbsolutePath());
    }

    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return "# Benchmarks\n\nReproduce with `mvn -B -Pbench test-compile exec:exec` (writes this file).\n\n"
                + "Measured on " + LocalDate.now() + ": " + os.getAvailableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap, " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + ").";
    }

    private static String microbenchmarks() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(CatalogBenchmark.class.getSimpleName())
                .include(PackLoadBenchmark.class.getSimpleName())
                .build()).run();
        StringBuilder table = new StringBuilder("## JMH microbenchmarks\n\n"
                + "Packs: the shipped pack (1x) and synthetic packs 10x and 100x its size, generated under target/.\n\n"
                + "| benchmark | pack | mode | p50 | p99 | mean | unit |\n|---|---|---|---|---|---|---|\n");
        for (RunResult result : results) {
            Statistics statistics = result.getPrimaryResult().getStatistics();
            String name = result.getParams().getBenchmark().replaceFirst(".*\\.bench\\.", "");
            table.append(String.format(Locale.ROOT, "| %s | %sx | %s | %.3f | %.3f | %.3f | %s |%n", name,
                    result.getParams().getParam("size"), result.getParams().getMode().shortLabel(),
                    statistics.getPercentile(50), statistics.getPercentile(99), statistics.getMean(),
                    result.getPrimaryResult().getScoreUnit()));
        }
        return table.toString();
    }
}
