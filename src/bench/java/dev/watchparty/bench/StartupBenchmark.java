package dev.watchparty.bench;

import dev.watchparty.bench.ChildBot.Bot;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.storage.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Start-up: from launching a bot's JVM to its command registration arriving at the fake ({@code PUT
 * /applications/{id}/commands}: it has logged in, had READY and its server, and registered), for our bot on SQLite
 * and on PostgreSQL and for bare JDA ({@link BaselineMain}, registering the very commands ours registered), with the
 * same JVM and the same flags, without and with an ahead-of-time cache (JEP 483, 514, 515).
 *
 * <p>Each bot's cache comes from a training run of its own: the bot started with {@code -XX:AOTCacheOutput=<file>}
 * on a fake, stopped (SIGTERM) once its commands are registered; the JVM writes the cache as it exits. Then
 * {@link #RUNS} runs each start every bot once without the cache and once with it ({@code -XX:AOTCache=<file>}), in
 * an order that rotates from run to run; each run gives one ratio per bot and mode. Our bot's log lines (and JDA's)
 * say where its time goes.
 */
final class StartupBenchmark {

    static final int RUNS = BenchmarkMain.setting("bench.startup.runs", 5, 2);
    static final double RATIO_TARGET = 1.25;

    private static final Duration START_WAIT = Duration.ofSeconds(180);
    /** A training run's JVM writes its cache as it exits, in a child JVM of its own: that takes a while. */
    private static final Duration TRAINING_EXIT = Duration.ofSeconds(300);

    private static final Path FOLDER = ChildBot.WORK.resolve("startup");
    private static final Path AOT = ChildBot.WORK.resolve("aot");
    /** The commands our bot registered in its training run, which the baseline then registers too. */
    static final Path OUR_COMMANDS = AOT.resolve("our-commands.json");

    private static final List<Bot> BOTS = List.of(Bot.OURS, Bot.OURS_ON_POSTGRES, Bot.BASELINE);

    private StartupBenchmark() {}

    /** One start: its milliseconds to commands registered, and its log's milestones. */
    record Start(long millis, Map<String, Long> milestones, List<String> aotComplaints) {}

    /** A training run: how long it took (start, stop and writing the cache), and the cache, if it was made. */
    record Training(long millis, Path cache, long bytes, String failure) {}

    /** The commands file, if a start-up run has written one. */
    static Path ourCommandsIfRecorded() {
        return Files.isRegularFile(OUR_COMMANDS) ? OUR_COMMANDS : null;
    }

    static Target.Part run() throws Exception {
        Files.createDirectories(AOT);
        Map<Bot, Training> trainings = new EnumMap<>(Bot.class);
        for (Bot bot : BOTS) {
            trainings.put(bot, train(bot));
            System.out.println("startup: trained " + bot + ": " + trainings.get(bot));
        }
        Map<Bot, List<Start>> plain = new EnumMap<>(Bot.class);
        Map<Bot, List<Start>> cached = new EnumMap<>(Bot.class);
        for (int run = 0; run < RUNS; run++) {
            for (int mode = 0; mode < 2; mode++) {
                boolean aot = (run + mode) % 2 == 1;
                for (int turn = 0; turn < BOTS.size(); turn++) {
                    Bot bot = BOTS.get((run + turn) % BOTS.size());
                    Training training = trainings.get(bot);
                    if (aot && training.cache() == null) {
                        continue;
                    }
                    List<String> flags =
                            aot ? List.of("-XX:AOTCache=" + training.cache().toAbsolutePath()) : List.of();
                    Start start = start(bot, flags);
                    (aot ? cached : plain)
                            .computeIfAbsent(bot, b -> new ArrayList<>())
                            .add(start);
                    System.out.printf(
                            Locale.ROOT,
                            "startup run %d, %s, %s: %d ms %s%n",
                            run + 1,
                            bot,
                            aot ? "AOT cache" : "no cache",
                            start.millis(),
                            start.milestones());
                }
            }
        }
        return new Target.Part(report(trainings, plain, cached), targets(plain, cached, trainings));
    }

    /** Starts the bot with {@code -XX:AOTCacheOutput}, stops it once its commands are registered. */
    private static Training train(Bot bot) throws Exception {
        Path cache = AOT.resolve(bot.name().toLowerCase(Locale.ROOT) + ".aot");
        Files.deleteIfExists(cache);
        long began = System.nanoTime();
        try (FakeDiscord discord = FakeDiscord.start();
                TestPostgres postgres = bot == Bot.OURS_ON_POSTGRES ? TestPostgres.freshSchema() : null) {
            ChildBot child = ChildBot.launch(
                    bot,
                    List.of("-XX:AOTCacheOutput=" + cache.toAbsolutePath()),
                    discord,
                    FOLDER.resolve("training"),
                    ChildBot.Setup.shipped(postgres == null ? null : postgres.url(), "INFO"),
                    bot == Bot.BASELINE ? ourCommandsIfRecorded() : null);
            try {
                child.awaitCommandsOrFail(START_WAIT);
                if (bot == Bot.OURS) {
                    Files.writeString(OUR_COMMANDS, discord.registeredCommands().toString(), StandardCharsets.UTF_8);
                }
                child.stop(TRAINING_EXIT);
            } finally {
                child.close();
            }
            long millis = (System.nanoTime() - began) / 1_000_000;
            if (!Files.isRegularFile(cache)) {
                return new Training(millis, null, 0, "no cache was written: " + child.tail());
            }
            return new Training(millis, cache, Files.size(cache), null);
        }
    }

    /** One start of a bot in one server, measured, then stopped. */
    private static Start start(Bot bot, List<String> flags) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start();
                TestPostgres postgres = bot == Bot.OURS_ON_POSTGRES ? TestPostgres.freshSchema() : null) {
            ChildBot child = ChildBot.launch(
                    bot,
                    flags,
                    discord,
                    FOLDER,
                    ChildBot.Setup.shipped(postgres == null ? null : postgres.url(), "INFO"),
                    ourCommandsIfRecorded());
            long millis;
            try {
                millis = child.awaitCommandsOrFail(START_WAIT);
            } finally {
                child.stop(Duration.ofSeconds(20));
            }
            return new Start(millis, child.milestones(ChildBot.MILESTONES), aotComplaints(child.log()));
        }
    }

    /** Lines where the JVM says it could not use its cache (none when all is well). */
    private static List<String> aotComplaints(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("[aot]") || line.contains("AOT cache") || line.contains("AOTCache"))
                .limit(3)
                .toList();
    }

    // ---- the report

    /** Per-run ratios of {@code bot}'s start-up over the baseline's (the same run, the same mode). */
    private static List<Double> ratios(Map<Bot, List<Start>> starts, Bot bot) {
        List<Double> ratios = new ArrayList<>();
        List<Start> mine = starts.getOrDefault(bot, List.of());
        List<Start> baseline = starts.getOrDefault(Bot.BASELINE, List.of());
        for (int run = 0; run < Math.min(mine.size(), baseline.size()); run++) {
            ratios.add((double) mine.get(run).millis() / baseline.get(run).millis());
        }
        return ratios;
    }

    private static List<Target> targets(
            Map<Bot, List<Start>> plain, Map<Bot, List<Start>> cached, Map<Bot, Training> trainings) {
        List<Target> targets = new ArrayList<>();
        for (Bot bot : List.of(Bot.OURS, Bot.OURS_ON_POSTGRES)) {
            String store = bot == Bot.OURS ? "SQLite" : "PostgreSQL";
            targets.add(Target.ratio(
                    "start-up (process start to commands registered) vs bare JDA, no AOT cache, " + store,
                    RATIO_TARGET,
                    ratios(plain, bot)));
            String what = "start-up vs bare JDA, each with its AOT cache, " + store;
            if (trainings.get(bot).cache() == null
                    || trainings.get(Bot.BASELINE).cache() == null) {
                targets.add(Target.notMeasured(
                        what, String.format(Locale.ROOT, "≤ %.2f×", RATIO_TARGET), "a training run made no cache"));
            } else {
                targets.add(Target.ratio(what, RATIO_TARGET, ratios(cached, bot)));
            }
        }
        return targets;
    }

    private static String report(
            Map<Bot, Training> trainings, Map<Bot, List<Start>> plain, Map<Bot, List<Start>> cached) {
        StringBuilder text = new StringBuilder("## Start-up\n\n"
                + "From launching a bot's JVM to its command registration arriving at the fake Discord (`PUT "
                + "/applications/{id}/commands`, after the token check, the gateway's READY and the server's "
                + "GUILD_CREATE), in one server. Each bot runs in a JVM of its own (`java -cp <jars> <main>`, the "
                + "JVM's defaults and nothing else, or `-XX:AOTCache=<its cache>`): ours is `dev.watchparty.Main "
                + "--config <yaml>` with the shipped pack, a fresh SQLite file or a fresh schema of the local "
                + "PostgreSQL (its pool and listening connection open), the health endpoint off and logging at INFO; "
                + "bare JDA is `BaselineMain` (`createLight`), registering the very commands ours registered. The "
                + "class path is the same for both: the project's classes and test classes packed into jars, then "
                + "every dependency jar.\n\n"
                + "The AOT cache (JEP 483 with 514's one-step `-XX:AOTCacheOutput` and 515's method profiles) of "
                + "each bot comes from a training run of that bot: started with `-XX:AOTCacheOutput=<file>` on a "
                + "fake, stopped with SIGTERM once its commands were registered, the JVM writing the cache as it "
                + "exits. A user makes one for the jar the same way: one run with `-XX:AOTCacheOutput=watchparty.aot`"
                + " that starts the bot and stops it, then every start with `-XX:AOTCache=watchparty.aot` (the same "
                + "JDK and the same jar).\n\n"
                + "| bot | training run (start, stop, cache written) | cache |\n|---|---|---|\n");
        trainings.forEach((bot, training) -> text.append(String.format(
                Locale.ROOT,
                "| %s | %.1f s | %s |%n",
                bot.label,
                training.millis() / 1000.0,
                training.cache() == null
                        ? "none: " + training.failure().replace("\n", " ").replace("|", "\\|")
                        : String.format(Locale.ROOT, "%.0f MiB", training.bytes() / 1048576.0))));
        text.append("\n" + RUNS + " runs, each starting every bot once without its cache and once with it, in an "
                + "order that rotates from run to run. Milliseconds.\n\n"
                + "| bot | AOT cache | median | spread | runs in order | vs bare JDA (lowest–highest run) |\n"
                + "|---|---|---|---|---|---|\n");
        for (boolean aot : new boolean[] {false, true}) {
            Map<Bot, List<Start>> starts = aot ? cached : plain;
            for (Bot bot : BOTS) {
                List<Start> runs = starts.getOrDefault(bot, List.of());
                if (runs.isEmpty()) {
                    continue;
                }
                Target.Runs millis = Target.Runs.of(
                        runs.stream().map(start -> (double) start.millis()).toList());
                String ratio = "";
                if (bot != Bot.BASELINE && !ratios(starts, bot).isEmpty()) {
                    Target.Runs ratios = Target.Runs.of(ratios(starts, bot));
                    ratio = String.format(Locale.ROOT, "%.2f× (%s)", ratios.median(), ratios.range("×"));
                }
                text.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %.0f | %s | %s | %s |%n",
                        bot.label,
                        aot ? "yes" : "no",
                        millis.median(),
                        millis.spread(" ms"),
                        runs.stream()
                                .map(start -> Long.toString(start.millis()))
                                .collect(Collectors.joining(", ")),
                        ratio));
            }
        }
        for (Bot bot : BOTS) {
            List<Start> with = cached.getOrDefault(bot, List.of());
            List<Start> without = plain.getOrDefault(bot, List.of());
            if (!with.isEmpty() && !without.isEmpty()) {
                double ratio = Target.Runs.of(with.stream()
                                        .map(start -> (double) start.millis())
                                        .toList())
                                .median()
                        / Target.Runs.of(without.stream()
                                        .map(start -> (double) start.millis())
                                        .toList())
                                .median();
                text.append(String.format(
                        Locale.ROOT,
                        "%nWith its AOT cache, %s starts in %.0f%% of the time it takes without.",
                        bot.label,
                        100 * ratio));
            }
        }
        text.append("\n");
        List<String> complaints = new ArrayList<>();
        cached.values().forEach(starts -> starts.forEach(start -> complaints.addAll(start.aotComplaints())));
        if (!complaints.isEmpty()) {
            text.append("\nThe JVM said of its cache: `")
                    .append(complaints.get(0).replace("`", "'"))
                    .append("`")
                    .append(complaints.size() > 1 ? " (and " + (complaints.size() - 1) + " more lines)" : "")
                    .append(".\n");
        }
        text.append(breakdown(plain, cached));
        return text.toString();
    }

    /** Where the time goes: the median time from the launch to each line the bots logged on the way. */
    private static String breakdown(Map<Bot, List<Start>> plain, Map<Bot, List<Start>> cached) {
        List<String> columns = new ArrayList<>();
        List<List<Start>> series = new ArrayList<>();
        for (Bot bot : BOTS) {
            for (boolean aot : new boolean[] {false, true}) {
                List<Start> starts = (aot ? cached : plain).getOrDefault(bot, List.of());
                if (!starts.isEmpty()) {
                    columns.add(bot.label + (aot ? ", AOT cache" : ""));
                    series.add(starts);
                }
            }
        }
        List<String> labels = new ArrayList<>();
        ChildBot.MILESTONES.forEach(milestone -> labels.add(milestone.label()));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        // rows in the order of the first column that has them
        Map<String, Double> order = new LinkedHashMap<>();
        for (String label : labels) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (List<Start> starts : series) {
                List<Double> times = starts.stream()
                        .filter(start -> start.milestones().containsKey(label))
                        .map(start -> (double) start.milestones().get(label))
                        .toList();
                if (times.isEmpty()) {
                    cells.add("—");
                } else {
                    any = true;
                    double median = Target.Runs.of(times).median();
                    cells.add(String.format(Locale.ROOT, "%.0f", median));
                    order.putIfAbsent(label, median);
                }
            }
            if (any) {
                rows.put(label, cells);
            }
        }
        List<String> cells = new ArrayList<>();
        for (List<Start> starts : series) {
            cells.add(String.format(
                    Locale.ROOT,
                    "%.0f",
                    Target.Runs.of(starts.stream()
                                    .map(start -> (double) start.millis())
                                    .toList())
                            .median()));
        }
        StringBuilder text = new StringBuilder("\n### Where start-up time goes\n\n"
                + "Median milliseconds from the launch to the first log line of each step (the logs' timestamps "
                + "have millisecond resolution; a step that logs nothing is not shown; \"—\": that bot does not "
                + "log it). Our bot logs at INFO; JDA logs its own steps in both.\n\n"
                + "| step | " + String.join(" | ", columns) + " |\n|---|"
                + "---|".repeat(columns.size()) + "\n");
        rows.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> Double.compare(order.get(a), order.get(b))))
                .forEach(row -> text.append("| ")
                        .append(row.getKey())
                        .append(" | ")
                        .append(String.join(" | ", row.getValue()))
                        .append(" |\n"));
        text.append("| **commands registered at the fake** | ")
                .append(String.join(" | ", cells))
                .append(" |\n");
        return text.toString();
    }

    /** Runs only this part: {@code java -cp ... dev.watchparty.bench.StartupBenchmark}. */
    public static void main(String[] args) throws Exception {
        System.out.println(run().section());
    }
}
