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
 * an order that rotates from run to run; each run gives one ratio per bot and mode. Our bot starts twice in a row:
 * on a new database (its schema made by the migrations), then again on the database that start left, as an operator's
 * restart does. Our bot's log lines (and JDA's) say where its time goes.
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

    /** A column of the report: a bot, started on a new database or restarted on the one its start before left. */
    enum Column {
        OURS_NEW(Bot.OURS, false),
        OURS_RESTARTED(Bot.OURS, true),
        OURS_ON_POSTGRES_NEW(Bot.OURS_ON_POSTGRES, false),
        OURS_ON_POSTGRES_RESTARTED(Bot.OURS_ON_POSTGRES, true),
        BASELINE(Bot.BASELINE, false);

        final Bot bot;
        final boolean restart;

        Column(Bot bot, boolean restart) {
            this.bot = bot;
            this.restart = restart;
        }

        String label() {
            return bot.ours() ? bot.label + (restart ? ", restart" : ", new database") : bot.label;
        }

        static List<Column> of(Bot bot) {
            return java.util.Arrays.stream(values())
                    .filter(column -> column.bot == bot)
                    .toList();
        }
    }

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
        Map<Column, List<Start>> plain = new EnumMap<>(Column.class);
        Map<Column, List<Start>> cached = new EnumMap<>(Column.class);
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
                    List<Start> starts = start(bot, flags);
                    List<Column> columns = Column.of(bot);
                    for (int column = 0; column < columns.size(); column++) {
                        Start start = starts.get(column);
                        (aot ? cached : plain)
                                .computeIfAbsent(columns.get(column), c -> new ArrayList<>())
                                .add(start);
                        System.out.printf(
                                Locale.ROOT,
                                "startup run %d, %s, %s: %d ms %s%n",
                                run + 1,
                                columns.get(column).label(),
                                aot ? "AOT cache" : "no cache",
                                start.millis(),
                                start.milestones());
                    }
                }
            }
        }
        Map<Bot, Profile> profiles = new EnumMap<>(Bot.class);
        for (Bot bot : List.of(Bot.OURS, Bot.BASELINE)) {
            profiles.put(bot, profiled(bot));
        }
        return new Target.Part(
                report(trainings, plain, cached) + profileSection(profiles), targets(plain, cached, trainings));
    }

    /** One more start of the bot, without an AOT cache, recorded by the Flight Recorder. */
    private static Profile profiled(Bot bot) throws Exception {
        Path recording = FOLDER.resolve(bot.name().toLowerCase(Locale.ROOT) + ".jfr");
        Files.createDirectories(FOLDER);
        Files.deleteIfExists(recording);
        try (FakeDiscord discord = FakeDiscord.start()) {
            ChildBot child = ChildBot.launch(
                    bot,
                    Profile.flags(recording),
                    discord,
                    FOLDER,
                    ChildBot.Setup.shipped(null, "INFO"),
                    ourCommandsIfRecorded());
            try {
                child.awaitCommandsOrFail(START_WAIT);
            } finally {
                // the recording covers the start up to the stop, which follows the registration at once
                child.stop(Duration.ofSeconds(60));
            }
        }
        return Profile.read(recording);
    }

    private static String profileSection(Map<Bot, Profile> profiles) {
        StringBuilder text = new StringBuilder("\n### A profile of the start-up\n\n"
                + "One more start of each bot on SQLite with a new database, without an AOT cache, recorded by the "
                + "Flight Recorder (`-XX:StartFlightRecording`, its `profile` settings with a sample of each running "
                + "thread's stack every millisecond; the recorder itself slows the start). For each thread, its "
                + "share of all the samples, and where it was: the innermost method of our code on the stack, then "
                + "the library it was running in (the innermost frame outside the JDK); a step that names no "
                + "library was in our code or the JDK's.\n");
        profiles.forEach((bot, profile) -> text.append("\n")
                .append(bot.label)
                .append(String.format(Locale.ROOT, " (%d samples):%n%n", profile.size()))
                .append(profile.table(8, 4)));
        return text.toString();
    }

    /** Starts the bot with {@code -XX:AOTCacheOutput}, stops it once its commands are registered. */
    private static Training train(Bot bot) throws Exception {
        Path cache = AOT.resolve(bot.name().toLowerCase(Locale.ROOT) + ".aot");
        Files.deleteIfExists(cache);
        long began = System.nanoTime();
        try (FakeDiscord discord = FakeDiscord.start();
                TestPostgres postgres = bot.freshSchemaIfNeeded()) {
            ChildBot child = ChildBot.launch(
                    bot,
                    List.of("-XX:AOTCacheOutput=" + cache.toAbsolutePath()),
                    discord,
                    FOLDER.resolve("training"),
                    ChildBot.Setup.shipped(postgres, "INFO"),
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

    /**
     * One start of a bot in one server, measured, then stopped; for our bot, then a restart on the database that
     * start left, measured the same way. One start per column of the bot, in {@link Column}'s order.
     */
    private static List<Start> start(Bot bot, List<String> flags) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start();
                TestPostgres postgres = bot.freshSchemaIfNeeded()) {
            ChildBot child = ChildBot.launch(
                    bot, flags, discord, FOLDER, ChildBot.Setup.shipped(postgres, "INFO"), ourCommandsIfRecorded());
            List<Start> starts = new ArrayList<>();
            starts.add(measured(child));
            if (bot.ours()) {
                starts.add(measured(child.restart(flags)));
            }
            return starts;
        }
    }

    /** The start of a child just launched, once its commands are registered; it is stopped after. */
    private static Start measured(ChildBot child) throws Exception {
        long millis;
        try {
            millis = child.awaitCommandsOrFail(START_WAIT);
        } finally {
            child.stop(Duration.ofSeconds(20));
        }
        return new Start(millis, child.milestones(ChildBot.MILESTONES), aotComplaints(child.log()));
    }

    /** Lines where the JVM says it could not use its cache (none when all is well). */
    private static List<String> aotComplaints(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("[aot]") || line.contains("AOT cache") || line.contains("AOTCache"))
                .limit(3)
                .toList();
    }

    // ---- the report

    /** Per-run ratios of a column's start-up over the baseline's (the same run, the same mode). */
    private static List<Double> ratios(Map<Column, List<Start>> starts, Column column) {
        List<Double> ratios = new ArrayList<>();
        List<Start> mine = starts.getOrDefault(column, List.of());
        List<Start> baseline = starts.getOrDefault(Column.BASELINE, List.of());
        for (int run = 0; run < Math.min(mine.size(), baseline.size()); run++) {
            ratios.add((double) mine.get(run).millis() / baseline.get(run).millis());
        }
        return ratios;
    }

    private static List<Target> targets(
            Map<Column, List<Start>> plain, Map<Column, List<Start>> cached, Map<Bot, Training> trainings) {
        List<Target> targets = new ArrayList<>();
        for (Column column : Column.values()) {
            if (!column.bot.ours()) {
                continue;
            }
            String store = (column.bot == Bot.OURS ? "SQLite" : "PostgreSQL")
                    + (column.restart ? ", restart" : ", new database");
            targets.add(Target.ratio(
                    "start-up (process start to commands registered) vs bare JDA, no AOT cache, " + store,
                    RATIO_TARGET,
                    ratios(plain, column)));
            String what = "start-up vs bare JDA, each with its AOT cache, " + store;
            if (trainings.get(column.bot).cache() == null
                    || trainings.get(Bot.BASELINE).cache() == null) {
                targets.add(Target.notMeasured(
                        what, String.format(Locale.ROOT, "≤ %.2f×", RATIO_TARGET), "a training run made no cache"));
            } else {
                targets.add(Target.ratio(what, RATIO_TARGET, ratios(cached, column)));
            }
        }
        return targets;
    }

    private static String report(
            Map<Bot, Training> trainings, Map<Column, List<Start>> plain, Map<Column, List<Start>> cached) {
        StringBuilder text = new StringBuilder("## Start-up\n\n"
                + "From launching a bot's JVM to its command registration arriving at the fake Discord (`PUT "
                + "/applications/{id}/commands`, after the token check, the gateway's READY and the server's "
                + "GUILD_CREATE), in one server. Each bot runs in a JVM of its own (`java -cp <jars> <main>`, the "
                + "JVM's defaults and nothing else, or `-XX:AOTCache=<its cache>`): ours is `dev.watchparty.Main "
                + "--config <yaml>` with the shipped pack, the health endpoint off and logging at INFO, on SQLite or on "
                + "the local PostgreSQL (its pool and listening connection open), started twice in a row: on a new "
                + "database (a new file, or a new schema: the migrations make it), then restarted on the database "
                + "that start left, as an operator's restart does (the migrations are already applied); "
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
            Map<Column, List<Start>> starts = aot ? cached : plain;
            for (Column column : Column.values()) {
                List<Start> runs = starts.getOrDefault(column, List.of());
                if (runs.isEmpty()) {
                    continue;
                }
                Target.Runs millis = Target.Runs.of(
                        runs.stream().map(start -> (double) start.millis()).toList());
                String ratio = "";
                if (column != Column.BASELINE && !ratios(starts, column).isEmpty()) {
                    Target.Runs ratios = Target.Runs.of(ratios(starts, column));
                    ratio = String.format(Locale.ROOT, "%.2f× (%s)", ratios.median(), ratios.range("×"));
                }
                text.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %.0f | %s | %s | %s |%n",
                        column.label(),
                        aot ? "yes" : "no",
                        millis.median(),
                        millis.spread(" ms"),
                        runs.stream()
                                .map(start -> Long.toString(start.millis()))
                                .collect(Collectors.joining(", ")),
                        ratio));
            }
        }
        for (Column column : Column.values()) {
            List<Start> with = cached.getOrDefault(column, List.of());
            List<Start> without = plain.getOrDefault(column, List.of());
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
                        column.label(),
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
    private static String breakdown(Map<Column, List<Start>> plain, Map<Column, List<Start>> cached) {
        List<String> columns = new ArrayList<>();
        List<List<Start>> series = new ArrayList<>();
        for (Column column : Column.values()) {
            for (boolean aot : new boolean[] {false, true}) {
                List<Start> starts = (aot ? cached : plain).getOrDefault(column, List.of());
                if (!starts.isEmpty()) {
                    columns.add(column.label() + (aot ? ", AOT cache" : ""));
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
