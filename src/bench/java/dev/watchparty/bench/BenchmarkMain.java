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

    private BenchmarkMain() {}

    /** Interactions of each kind in the latency benchmark; {@code -Dbench.interactions=500} for a quick run. */
    private static final int INTERACTIONS = Integer.getInteger("bench.interactions", 5000);
    /** Which parts to run, comma-separated: {@code -Dbench.parts=latency} runs only the latency benchmark. */
    private static final String PARTS = System.getProperty("bench.parts", "latency,soak,jmh");

    public static void main(String[] args) throws Exception {
        List<Target.Part> parts = new ArrayList<>();
        if (PARTS.contains("latency")) {
            parts.add(LatencyBenchmark.run(INTERACTIONS));
        }
        if (PARTS.contains("soak")) {
            parts.add(SoakBenchmark.run());
        }
        if (PARTS.contains("jmh")) {
            parts.add(microbenchmarks());
        }
        List<String> sections = new ArrayList<>();
        sections.add(machine());
        sections.add(Target.table(
                parts.stream().flatMap(part -> part.targets().stream()).toList()));
        parts.forEach(part -> sections.add(part.section()));
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

    /** Autocomplete must answer within this, at p99, in process on the 100x pack. */
    private static final double AUTOCOMPLETE_P99_TARGET_MICROS = 1000;
    /** The shipped pack must load within this. */
    private static final double SHIPPED_LOAD_TARGET_MILLIS = 300;

    private static Target.Part microbenchmarks() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include(CatalogBenchmark.class.getSimpleName())
                        .include(PackLoadBenchmark.class.getSimpleName())
                        .build())
                .run();
        StringBuilder table = new StringBuilder("## JMH microbenchmarks\n\n"
                + "Packs: the shipped pack (1x) and synthetic packs 10x and 100x its size, generated under target/.\n\n"
                + "| benchmark | pack | mode | p50 | p99 | mean | unit |\n|---|---|---|---|---|---|---|\n");
        List<Target> targets = new ArrayList<>();
        for (RunResult result : results) {
            Statistics statistics = result.getPrimaryResult().getStatistics();
            String name = result.getParams().getBenchmark().replaceFirst(".*\\.bench\\.", "");
            String size = result.getParams().getParam("size");
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %sx | %s | %.3f | %.3f | %.3f | %s |%n",
                    name,
                    size,
                    result.getParams().getMode().shortLabel(),
                    statistics.getPercentile(50),
                    statistics.getPercentile(99),
                    statistics.getMean(),
                    result.getPrimaryResult().getScoreUnit()));
            if (name.startsWith("CatalogBenchmark.autocomplete") && size.equals("100")) {
                targets.add(Target.atMost(
                        name + " p99, 100x pack", AUTOCOMPLETE_P99_TARGET_MICROS, statistics.getPercentile(99), " µs"));
            }
            if (name.startsWith("PackLoadBenchmark") && size.equals("1")) {
                String which =
                        name.endsWith("cold") ? "first load in a fresh JVM, median" : "load in a running bot, mean";
                targets.add(Target.atMost(
                        "shipped pack, " + which,
                        SHIPPED_LOAD_TARGET_MILLIS,
                        name.endsWith("cold") ? statistics.getPercentile(50) : statistics.getMean(),
                        " ms"));
            }
        }
        return new Target.Part(table.toString(), targets);
    }
}
