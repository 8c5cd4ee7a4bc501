package dev.watchparty.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.watchparty.bench.ChildBot.Bot;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.RecordedRequest;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.pack.PackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Scale: our bot's start-up (launch to commands registered, as in {@link StartupBenchmark}) and its autocomplete p99
 * (on the fake, as in {@link LatencyBenchmark}, one at a time) with the shipped pack (1x), synthetic packs 10 and 100
 * times its size ({@link SyntheticPacks}), and ten shows loaded at once (ten copies of the shipped pack), in
 * {@link #RUNS} runs that rotate the order. "No worse than linear" is checked per run: the start-up each extra 1x of
 * content adds from 10x to 100x against what it adds from 1x to 10x; ten shows' extra start-up against one pack of the
 * same size's; and autocomplete p99's growth over 1x against the growth in size.
 *
 * <p>A start-up that takes longer than {@link #CAP} is cut off there (its ratio is then a lower bound), and one
 * longer than {@link #SLOW} is not tried again; one more start on the biggest pack, recorded by the Flight Recorder,
 * says where the time goes.
 */
final class ScaleBenchmark {

    static final int RUNS = BenchmarkMain.setting("bench.scale.runs", 3, 2);
    static final int AUTOCOMPLETES = BenchmarkMain.setting("bench.scale.autocompletes", 2000, 200);
    static final Duration CAP = Duration.ofSeconds(BenchmarkMain.setting("bench.scale.cap", 240, 60));
    /**
     * A start-up slower than this is measured once only (its growth is plain without more runs), and its pack is
     * left out of the JMH benchmarks (a cold load per fork, and warm loads for a dozen seconds, would take too long).
     */
    static final Duration SLOW = Duration.ofSeconds(BenchmarkMain.setting("bench.scale.slow", 60, 30));

    private static final int WARM_UP = 300;
    private static final Path FOLDER = ChildBot.WORK.resolve("scale");

    /** Sizes whose start-up this part found too slow, and why: the JMH part leaves them out. */
    private static final Map<Integer, String> TOO_SLOW = new ConcurrentHashMap<>();

    private static volatile boolean ran;

    /** The sets of packs, with their size in copies of the shipped pack. */
    enum Packs {
        ONE("1x (the shipped pack)", 1),
        TEN("10x pack", 10),
        TEN_SHOWS("ten shows at once", 10),
        HUNDRED("100x pack", 100);

        final String label;
        final int size;

        Packs(String label, int size) {
            this.label = label;
            this.size = size;
        }
    }

    /** Where a set of packs is, and its default show. */
    private record Folder(Path directory, String defaultShow, long items) {}

    /** One start: to commands registered (empty if cut off), and autocomplete's p99 in ms after it. */
    record Measured(Optional<Long> startMillis, Double autocompleteP99, Map<String, Long> milestones) {}

    private ScaleBenchmark() {}

    static Target.Part run() throws Exception {
        ran = true;
        Map<Packs, Folder> folders = new EnumMap<>(Packs.class);
        folders.put(Packs.ONE, folder(BenchPacks.SHIPPED.getParent(), "tiny-pretty-things", BenchPacks.SHIPPED));
        Path ten = BenchPacks.ofSize(10);
        folders.put(Packs.TEN, folder(ten, "synthetic-10x", ten));
        Path hundred = BenchPacks.ofSize(100);
        folders.put(Packs.HUNDRED, folder(hundred, "synthetic-100x", hundred));
        Path shows = SyntheticPacks.writeShows(BenchPacks.SHIPPED, 10, BenchPacks.GENERATED);
        folders.put(Packs.TEN_SHOWS, folder(shows, SyntheticPacks.firstShowId(BenchPacks.SHIPPED), shows));

        Map<Packs, List<Measured>> results = new EnumMap<>(Packs.class);
        List<Packs> rotating = List.of(Packs.ONE, Packs.TEN, Packs.TEN_SHOWS);
        for (int run = 0; run < RUNS; run++) {
            for (int turn = 0; turn < rotating.size(); turn++) {
                Packs packs = rotating.get((run + turn) % rotating.size());
                results.computeIfAbsent(packs, p -> new ArrayList<>())
                        .add(measure(packs, folders.get(packs), List.of()));
            }
            if (!TOO_SLOW.containsKey(100)) {
                Measured measured = measure(Packs.HUNDRED, folders.get(Packs.HUNDRED), List.of());
                results.computeIfAbsent(Packs.HUNDRED, p -> new ArrayList<>()).add(measured);
                if (measured.startMillis().isEmpty()) {
                    TOO_SLOW.put(
                            100, "the 100x pack's start-up took over " + CAP.toSeconds() + " s in the scale benchmark");
                } else if (measured.startMillis().get() > SLOW.toMillis()) {
                    TOO_SLOW.put(
                            100,
                            "the 100x pack's start-up took "
                                    + measured.startMillis().get() / 1000 + " s in the scale benchmark");
                }
            }
        }
        String profile = TOO_SLOW.containsKey(100) ? "" : profiled(folders.get(Packs.HUNDRED));
        return new Target.Part(report(folders, results, profile), targets(results));
    }

    /** One more start on the 100x pack, recorded by the Flight Recorder, as the start-up benchmark profiles its own. */
    private static String profiled(Folder hundred) throws Exception {
        Path recording = FOLDER.resolve("hundred.jfr");
        Files.createDirectories(FOLDER);
        Files.deleteIfExists(recording);
        measure(Packs.HUNDRED, hundred, Profile.flags(recording));
        Profile profile = Profile.read(recording);
        return "\n### Where the 100x pack's start-up goes\n\n"
                + "One more start on the 100x pack, then its autocompletes, recorded by the Flight Recorder as in the "
                + "start-up benchmark's profile (its figures are not among the runs above), "
                + profile.size()
                + " samples: for each thread, its share of all the samples, and where it was: the innermost method "
                + "of our code on the stack, then the library it was running in.\n\n"
                + profile.table(6, 4);
    }

    /**
     * Why the JMH benchmarks should leave out the pack {@code size} times the shipped one, or null if they need not:
     * what this part found, or, if it did not run, a load of that pack in a JVM of its own that took over
     * {@link #SLOW}.
     */
    static String tooSlowToLoad(int size) throws Exception {
        if (size == 1) {
            return null;
        }
        if (ran) {
            return TOO_SLOW.get(size);
        }
        Path pack = BenchPacks.ofSize(size);
        Files.createDirectories(FOLDER);
        Path log = FOLDER.resolve("load-" + size + "x.log");
        Process probe = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LoadProbe.class.getName(),
                        pack.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!probe.waitFor(SLOW.toMillis(), TimeUnit.MILLISECONDS)) {
            probe.destroyForcibly();
            probe.waitFor(10, TimeUnit.SECONDS);
            TOO_SLOW.put(size, "loading the " + size + "x pack took over " + SLOW.toSeconds() + " s");
        } else if (probe.exitValue() != 0) {
            TOO_SLOW.put(size, "the " + size + "x pack did not load: see " + log);
        }
        return TOO_SLOW.get(size);
    }

    /** Loads one pack, for {@link #tooSlowToLoad}. */
    static final class LoadProbe {
        private LoadProbe() {}

        public static void main(String[] args) throws Exception {
            long start = System.nanoTime();
            new PackLoader().load(Path.of(args[0]));
            System.out.println("loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }

    private static Folder folder(Path directory, String defaultShow, Path content) throws IOException {
        return new Folder(directory, defaultShow, items(content));
    }

    /** Items with a spoiler level (facts, recap lines, synopses, questions) in the YAML files under a folder. */
    private static long items(Path folder) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE); // the 100x pack's files are larger than SnakeYAML's default
        YAMLMapper yaml =
                new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
        long count = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                count += leveled(yaml.readTree(file.toFile()));
            }
        }
        return count;
    }

    private static long leveled(JsonNode node) {
        long count = node.isObject() && node.has("level") ? 1 : 0;
        for (JsonNode child : node) {
            count += leveled(child);
        }
        return count;
    }

    /** Starts our bot on these packs with these JVM flags, then sends it autocompletes. */
    private static Measured measure(Packs packs, Folder folder, List<String> flags) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            ChildBot child = ChildBot.launch(
                    Bot.OURS,
                    flags,
                    discord,
                    FOLDER,
                    new ChildBot.Setup(folder.directory(), folder.defaultShow(), null, "INFO"),
                    null);
            try {
                Optional<Long> started = child.awaitCommands(CAP);
                Double p99 = started.isPresent() ? autocompleteP99(discord) : null;
                System.out.printf(
                        Locale.ROOT,
                        "scale %s: start %s ms, autocomplete p99 %s ms%n",
                        packs,
                        started.map(Object::toString).orElse("> " + CAP.toMillis()),
                        p99);
                return new Measured(started, p99, child.milestones(ChildBot.MILESTONES));
            } finally {
                child.stop(Duration.ofSeconds(20));
            }
        }
    }

    private static double autocompleteP99(FakeDiscord discord) {
        Random random = new Random(11);
        long[] nanos = new long[AUTOCOMPLETES];
        for (int i = -WARM_UP; i < AUTOCOMPLETES; i++) {
            String typed = LatencyBenchmark.PREFIXES[Math.floorMod(i, LatencyBenchmark.PREFIXES.length)]
                    + (char) ('a' + random.nextInt(26));
            Interaction interaction = discord.sendAutocomplete(SlashCommandCall.of("character")
                    .user(400_000_000_000_000_000L + Math.floorMod(i, 500))
                    .focused("name", typed));
            RecordedRequest callback = interaction.awaitCallbackRequest(Duration.ofSeconds(30));
            if (i >= 0) {
                nanos[i] = callback.receivedAtNanos() - interaction.sentAtNanos();
            }
        }
        Arrays.sort(nanos);
        return nanos[(int) Math.ceil(0.99 * nanos.length) - 1] / 1e6;
    }

    // ---- the report

    private static Optional<Double> startOf(Map<Packs, List<Measured>> results, Packs packs, int run) {
        List<Measured> runs = results.getOrDefault(packs, List.of());
        return run < runs.size() ? runs.get(run).startMillis().map(Long::doubleValue) : Optional.empty();
    }

    private static List<Target> targets(Map<Packs, List<Measured>> results) {
        List<Target> targets = new ArrayList<>();
        // start-up: what each extra 1x adds from 10x to 100x, over what it adds from 1x to 10x
        String hundred = "start-up growth, 10x to 100x pack, per 1x of content, over that from 1x to 10x";
        List<Double> perRun = new ArrayList<>();
        Double lowerBound = null;
        for (int run = 0; run < RUNS; run++) {
            Optional<Double> one = startOf(results, Packs.ONE, run);
            Optional<Double> ten = startOf(results, Packs.TEN, run);
            List<Measured> big = results.getOrDefault(Packs.HUNDRED, List.of());
            if (one.isEmpty() || ten.isEmpty() || run >= big.size()) {
                continue;
            }
            double perUnit = (ten.get() - one.get()) / 9;
            if (big.get(run).startMillis().isPresent()) {
                perRun.add((big.get(run).startMillis().get() - ten.get()) / 90 / perUnit);
            } else {
                lowerBound = (CAP.toMillis() - ten.get()) / 90 / perUnit;
            }
        }
        if (!perRun.isEmpty()) {
            targets.add(Target.ratio(hundred, 1.0, perRun));
        } else if (lowerBound != null) {
            targets.add(Target.ratioAtLeast(hundred, 1.0, lowerBound, "cut off at " + CAP.toSeconds() + " s"));
        } else {
            targets.add(Target.notMeasured(hundred, "≤ 1.00×", "no run measured it"));
        }
        // ten shows: their extra start-up over 1x, against a 10x pack's
        List<Double> shows = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Optional<Double> one = startOf(results, Packs.ONE, run);
            Optional<Double> ten = startOf(results, Packs.TEN, run);
            Optional<Double> many = startOf(results, Packs.TEN_SHOWS, run);
            if (one.isPresent() && ten.isPresent() && many.isPresent()) {
                shows.add((many.get() - one.get()) / (ten.get() - one.get()));
            }
        }
        targets.add(Target.ratio(
                "start-up growth, ten shows at once over one (1x), against a 10x pack's over 1x", 1.0, shows));
        // autocomplete: p99's growth over 1x, over the growth in size
        for (Packs packs : List.of(Packs.TEN, Packs.HUNDRED, Packs.TEN_SHOWS)) {
            String what = "autocomplete p99 growth over 1x, per size (" + packs.label + ")";
            List<Double> growth = new ArrayList<>();
            List<Measured> mine = results.getOrDefault(packs, List.of());
            List<Measured> ones = results.getOrDefault(Packs.ONE, List.of());
            for (int run = 0; run < Math.min(mine.size(), ones.size()); run++) {
                if (mine.get(run).autocompleteP99() != null && ones.get(run).autocompleteP99() != null) {
                    growth.add(mine.get(run).autocompleteP99() / ones.get(run).autocompleteP99() / packs.size);
                }
            }
            targets.add(
                    growth.isEmpty()
                            ? Target.notMeasured(what, "≤ 1.00×", "its start-up was cut off")
                            : Target.ratio(what, 1.0, growth));
        }
        return targets;
    }

    private static String report(Map<Packs, Folder> folders, Map<Packs, List<Measured>> results, String profile) {
        StringBuilder text = new StringBuilder("## Scale\n\n"
                + "Our bot on SQLite, started as in the start-up benchmark (no AOT cache), with: the shipped pack "
                + "(1x); synthetic packs 10x and 100x its size (each copy of the shipped pack renumbered into episodes "
                + "of its own, its names, titles and answers carrying the copy's number, so that the loader's checks "
                + "hold); and ten copies of the shipped pack as ten shows. Once its commands are registered, "
                + WARM_UP + " autocompletes of `/character`'s name, then " + AUTOCOMPLETES + " measured, one at a "
                + "time, on the fake (as in the latency benchmark). " + RUNS + " runs, 1x, 10x and ten shows in an "
                + "order that rotates, then the 100x pack; a start-up that takes over " + CAP.toSeconds() + " s "
                + "is cut off, and one over " + SLOW.toSeconds()
                + " s is not tried again. \"Items\": entries with a spoiler level (facts, recap lines, "
                + "synopses, questions).\n\n"
                + "| packs | items | start-up median | start-up spread | start-up per run | autocomplete p99 median "
                + "| autocomplete p99 per run |\n|---|---|---|---|---|---|---|\n");
        for (Packs packs : Packs.values()) {
            List<Measured> runs = results.getOrDefault(packs, List.of());
            if (runs.isEmpty()) {
                continue;
            }
            List<Double> starts = runs.stream()
                    .flatMap(run -> run.startMillis().stream())
                    .map(Long::doubleValue)
                    .toList();
            List<Double> p99s = runs.stream()
                    .filter(run -> run.autocompleteP99() != null)
                    .map(Measured::autocompleteP99)
                    .toList();
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %s | %s | %s |%n",
                    packs.label,
                    folders.get(packs).items(),
                    starts.isEmpty()
                            ? "> " + CAP.toMillis() + " ms"
                            : String.format(
                                    Locale.ROOT,
                                    "%.0f ms",
                                    Target.Runs.of(starts).median()),
                    starts.isEmpty() ? "" : Target.Runs.of(starts).spread(" ms"),
                    runs.stream()
                            .map(run -> run.startMillis().map(Object::toString).orElse("> " + CAP.toMillis()))
                            .reduce((a, b) -> a + ", " + b)
                            .orElse(""),
                    p99s.isEmpty()
                            ? "—"
                            : String.format(
                                    Locale.ROOT, "%.2f ms", Target.Runs.of(p99s).median()),
                    p99s.stream()
                            .map(p99 -> String.format(Locale.ROOT, "%.2f", p99))
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("")));
        }
        text.append("\nThe start-up's steps (median milliseconds from the launch to each line our bot logged; "
                + "\"—\" where it did not log it):\n\n| step |");
        List<Packs> present =
                Arrays.stream(Packs.values()).filter(results::containsKey).toList();
        present.forEach(packs -> text.append(" ").append(packs.label).append(" |"));
        text.append("\n|---|").append("---|".repeat(present.size())).append("\n");
        List<String> labels = new ArrayList<>();
        ChildBot.MILESTONES.forEach(milestone -> labels.add(milestone.label()));
        for (String label : labels) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (Packs packs : present) {
                List<Double> times = results.get(packs).stream()
                        .filter(run -> run.milestones().containsKey(label))
                        .map(run -> (double) run.milestones().get(label))
                        .toList();
                any |= !times.isEmpty();
                cells.add(
                        times.isEmpty()
                                ? "—"
                                : String.format(
                                        Locale.ROOT,
                                        "%.0f",
                                        Target.Runs.of(times).median()));
            }
            if (any) {
                text.append("| ")
                        .append(label)
                        .append(" | ")
                        .append(String.join(" | ", cells))
                        .append(" |\n");
            }
        }
        return text.append(profile).toString();
    }

    /** Runs only this part: {@code java -cp ... dev.watchparty.bench.ScaleBenchmark}. */
    public static void main(String[] args) throws Exception {
        System.out.println(run().section());
    }
}
