package dev.watchparty.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * The one benchmark command: {@code mvn -B -ntp -Pbench test-compile exec:exec}. Runs every part (reply latency,
 * start-up, memory after a soak, scale, JMH microbenchmarks), then writes BENCHMARKS.md with the figures, the
 * targets they are checked against and the machine they came from.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    static {
        // Maven's exec:exec passes on only the properties the pom names: any other setting comes in this one,
        // e.g. -Dbench.settings=bench.soak.guilds=100,bench.scale.cap=60
        for (String setting : System.getProperty("bench.settings", "").split(",")) {
            String[] pair = setting.split("=", 2);
            if (pair.length == 2 && !pair[0].isBlank()) {
                System.setProperty(pair[0].strip(), pair[1].strip());
            }
        }
    }

    /**
     * {@code -Dbench.quick=true} scales every part down (fewer interactions, servers, runs and iterations) to check
     * in a few minutes that the benchmark works; its figures mean little.
     */
    static final boolean QUICK = Boolean.getBoolean("bench.quick");

    /** Interactions of each kind and in-flight level per bot in the latency benchmark, over all its runs. */
    private static final int INTERACTIONS = Integer.getInteger("bench.interactions", QUICK ? 300 : 9000);
    /** Which parts to run, comma-separated: {@code -Dbench.parts=latency} runs only the latency benchmark. */
    private static final String PARTS = System.getProperty("bench.parts", "latency,startup,soak,scale,jmh");

    /** A setting: its system property if given, else its quick or full default. */
    static int setting(String property, int full, int quick) {
        return Integer.getInteger(property, QUICK ? quick : full);
    }

    /** The analysis of a run, written by hand: {@code src/bench/analysis.md}. */
    private static final Path ANALYSIS = Path.of("src", "bench", "analysis.md");

    public static void main(String[] args) throws Exception {
        long began = System.nanoTime();
        List<Target.Part> parts = new ArrayList<>();
        List<String> timings = new ArrayList<>();
        List<String> names = Arrays.stream(PARTS.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        for (String name : List.of("latency", "startup", "soak", "scale", "jmh")) {
            if (!names.contains(name)) {
                continue;
            }
            long start = System.nanoTime();
            System.out.println("== " + name);
            parts.add(
                    switch (name) {
                        case "latency" -> LatencyBenchmark.run(INTERACTIONS);
                        case "startup" -> StartupBenchmark.run();
                        case "soak" -> SoakBenchmark.run();
                        case "scale" -> ScaleBenchmark.run();
                        default -> microbenchmarks();
                    });
            timings.add(name + " " + minutes(System.nanoTime() - start));
        }
        List<String> sections = new ArrayList<>();
        sections.add(machine(names, timings, System.nanoTime() - began));
        sections.add(Target.table(
                parts.stream().flatMap(part -> part.targets().stream()).toList()));
        // what the misses come from, and what would close them: read from the figures by hand, so kept beside the
        // code that measures them, and placed after the targets it explains
        if (Files.isRegularFile(ANALYSIS)) {
            sections.add(Files.readString(ANALYSIS, StandardCharsets.UTF_8).strip());
        }
        parts.forEach(part -> sections.add(part.section()));
        Path report = Path.of("BENCHMARKS.md");
        Files.writeString(report, String.join("\n\n", sections).strip() + "\n");
        System.out.println("Wrote " + report.toAbsolutePath() + " in " + minutes(System.nanoTime() - began));
    }

    private static String minutes(long nanos) {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(nanos);
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    static String machine(List<String> parts, List<String> timings, long nanos) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return "# Benchmarks\n\n"
                + "Reproduce with `mvn -B -ntp -Pbench test-compile exec:exec` (writes this file; it needs PostgreSQL "
                + "at 127.0.0.1:5432, as the tests do). "
                + (QUICK
                        ? "**This was a quick run (`-Dbench.quick=true`): too few samples for its figures to mean "
                                + "much.** "
                        : "")
                + (parts.size() < 5 ? "Only these parts ran: " + String.join(", ", parts) + ". " : "")
                + "\n\nMeasured on " + LocalDate.now() + ": " + os.getAvailableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap, " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "), load average "
                + String.format(Locale.ROOT, "%.2f", os.getSystemLoadAverage())
                + " at the end. The run took " + minutes(nanos) + " (" + String.join(", ", timings) + ").";
    }

    // ---- JMH

    /** Autocomplete must answer within this, at p99, in process on the 100x pack. */
    private static final double AUTOCOMPLETE_P99_TARGET_MICROS = 1000;
    /** The shipped pack must load within this. */
    private static final double SHIPPED_LOAD_TARGET_MILLIS = 300;

    private static Target.Part microbenchmarks() throws Exception {
        Map<Integer, String> skipped = new TreeMap<>();
        List<String> sizes = new ArrayList<>();
        for (int size : new int[] {1, 10, 100}) {
            String why = ScaleBenchmark.tooSlowToLoad(size);
            if (why == null) {
                sizes.add(Integer.toString(size));
            } else {
                skipped.put(size, why);
            }
        }
        String[] params = sizes.toArray(String[]::new);
        Collection<RunResult> results = new ArrayList<>();
        if (QUICK) {
            // fewer iterations and forks; the cold load keeps its lack of warm-up
            results.addAll(new Runner(new OptionsBuilder()
                            .include(CatalogBenchmark.class.getSimpleName())
                            .include(PackLoadBenchmark.class.getSimpleName() + ".warm")
                            .param("size", params)
                            .warmupIterations(1)
                            .warmupTime(TimeValue.seconds(1))
                            .measurementIterations(2)
                            .measurementTime(TimeValue.seconds(1))
                            .forks(1)
                            .build())
                    .run());
            results.addAll(new Runner(new OptionsBuilder()
                            .include(PackLoadBenchmark.class.getSimpleName() + ".cold")
                            .param("size", params)
                            .forks(2)
                            .build())
                    .run());
        } else {
            results.addAll(new Runner(new OptionsBuilder()
                            .include(CatalogBenchmark.class.getSimpleName())
                            .include(PackLoadBenchmark.class.getSimpleName())
                            .param("size", params)
                            .build())
                    .run());
        }
        StringBuilder table = new StringBuilder("## JMH microbenchmarks\n\n"
                + "In process, with JMH: autocomplete (on queries that miss the result cache) and the biggest "
                + "character's bio, rendered; pack loading with every check, cold (the first load in a fresh JVM, "
                + "one per fork) and warm (a reload in a running bot). Packs: the shipped pack (1x) and synthetic "
                + "packs 10x and 100x its size, generated under target/bench-packs/.\n\n"
                + "| benchmark | pack | mode | p50 | p99 | mean | unit |\n|---|---|---|---|---|---|---|\n");
        List<Target> targets = new ArrayList<>();
        boolean autocomplete100 = false;
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
                autocomplete100 = true;
                targets.add(Target.atMost(
                        name + " p99, 100x pack, in process",
                        AUTOCOMPLETE_P99_TARGET_MICROS,
                        statistics.getPercentile(99),
                        " µs"));
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
        skipped.forEach((size, why) -> table.append(
                String.format(Locale.ROOT, "| (every benchmark) | %dx | not run: %s | | | | |%n", size, why)));
        if (!autocomplete100) {
            targets.add(Target.notMeasured(
                    "CatalogBenchmark.autocomplete p99, 100x pack, in process",
                    String.format(Locale.ROOT, "≤ %.0f µs", AUTOCOMPLETE_P99_TARGET_MICROS),
                    skipped.getOrDefault(100, "not run")));
        }
        return new Target.Part(table.toString(), targets);
    }
}
