package dev.watchparty.bench;

import dev.watchparty.bench.ChildBot.Bot;
import dev.watchparty.discord.fake.ComponentCall;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.FakeGuild;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.MessageView;
import dev.watchparty.discord.fake.RecordedRequest;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.storage.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Memory after a soak, each bot in a JVM of its own ({@link ChildBot}) on the fake Discord in this JVM: our bot on
 * SQLite and on PostgreSQL, and bare JDA ({@link BaselineMain}). The bot is in {@link #GUILDS} servers; our bot gets
 * a {@code /trivia start questions:50 seconds:120} in the channel of each of {@link #ROUNDS} servers, then
 * {@link #ANSWERERS} members of each answer its round's first question; bare JDA gets the same number of slash
 * commands and clicks. Then RSS and peak RSS ({@code /proc/<pid>/status}), threads, the heap as {@code jcmd <pid>
 * GC.heap_info} reports it (Serial's and Parallel's generations, G1's one line, ZGC's), before and after a full GC
 * ({@code jcmd <pid> GC.run}: the live set, with the rounds still running), and metaspace ({@code VM.metaspace}).
 *
 * <p>With the JVM's defaults the three bots are soaked in {@link #RUNS} runs, in an order that rotates, each run giving
 * one RSS ratio (ours over bare JDA's); under each container's flags in {@link #FLAG_SETS}, once. The children's
 * output goes to {@code target/bench/soak/}.
 */
final class SoakBenchmark {

    static final int GUILDS = BenchmarkMain.setting("bench.soak.guilds", 1000, 100);
    static final int ROUNDS = BenchmarkMain.setting("bench.soak.rounds", 200, 20);
    static final int RUNS = BenchmarkMain.setting("bench.soak.runs", 3, 2);
    static final int ANSWERERS = 3;
    /** Our RSS after the soak may be at most this many times bare JDA's, with the JVM's defaults. */
    static final double RSS_RATIO_TARGET = 1.3;

    /**
     * Besides the JVM's defaults: the Dockerfile's flags in a 512 MiB container ({@code -XX:MaxRAM} stands in for the
     * container's limit: the JVM sizes its heap from it as from a cgroup's; it does not change the collector the JVM
     * picks, hence the explicit one); the same with G1; and a 256 MiB container ({@code -Dbench.soak.flags=a b|c d},
     * sets split by {@code |}).
     */
    static final List<String> FLAG_SETS = List.of(System.getProperty(
                    "bench.soak.flags",
                    BenchmarkMain.QUICK
                            ? "-XX:MaxRAM=512m -XX:MaxRAMPercentage=75 -XX:+UseSerialGC"
                            : String.join(
                                    "|",
                                    "-XX:MaxRAM=512m -XX:MaxRAMPercentage=75 -XX:+UseSerialGC",
                                    "-XX:MaxRAM=512m -XX:MaxRAMPercentage=75 -XX:+UseG1GC",
                                    "-XX:MaxRAM=256m -XX:MaxRAMPercentage=50 -XX:+UseSerialGC -Xss512k"))
            .split("\\|"));

    private static final List<Bot> BOTS = List.of(Bot.OURS, Bot.OURS_ON_POSTGRES, Bot.BASELINE);
    private static final Duration START_WAIT = Duration.ofSeconds(180);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final long STARTER = 300_000_000_000_000_301L;
    private static final Path FOLDER = ChildBot.WORK.resolve("soak");

    /** What one child reported after the soak: its start-up in ms, sizes in KiB (-1: not known). */
    record Memory(
            long startMillis,
            long rssKb,
            long peakRssKb,
            int threads,
            long heapUsedKb,
            long heapCommittedKb,
            long liveHeapKb,
            long liveHeapCommittedKb,
            long metaspaceKb,
            long soakMillis,
            int interactions,
            Map<String, Long> nativeMemoryKb) {}

    /** The flag that makes the JVM count its own memory by category, for {@code jcmd VM.native_memory}. */
    private static final String NATIVE_MEMORY_TRACKING = "-XX:NativeMemoryTracking=summary";

    /** The heap's pages that are resident: G1 commits more than it touches, and RSS holds only what it touched. */
    private static final String HEAP_RESIDENT = "Java Heap, resident";

    /** The heap's address range in {@code GC.heap_info}: {@code [0x0000000687400000, 0x0000000800000000)}. */
    private static final Pattern HEAP_RANGE = Pattern.compile("\\[0x([0-9a-f]+), 0x([0-9a-f]+)\\)");

    private static final Pattern MAPPING = Pattern.compile("^([0-9a-f]+)-[0-9a-f]+ ");

    /** A category of {@code VM.native_memory summary}: {@code -  Java Heap (reserved=…KB, committed=…KB)}. */
    private static final Pattern NATIVE_CATEGORY =
            Pattern.compile("(?m)^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB");

    private SoakBenchmark() {}

    static Target.Part run() throws Exception {
        Files.createDirectories(FOLDER);
        // flags ("" for the defaults) -> bot -> one soak per run
        Map<String, Map<Bot, List<Memory>>> soaked = new LinkedHashMap<>();
        Map<Bot, List<Memory>> defaults = new EnumMap<>(Bot.class);
        soaked.put("", defaults);
        for (int run = 0; run < RUNS; run++) {
            for (int turn = 0; turn < BOTS.size(); turn++) {
                Bot bot = BOTS.get((run + turn) % BOTS.size());
                defaults.computeIfAbsent(bot, b -> new ArrayList<>()).add(soak(bot, List.of()));
            }
        }
        for (String flagSet : FLAG_SETS) {
            if (flagSet.isBlank()) {
                continue;
            }
            List<String> flags = List.of(flagSet.trim().split("\\s+"));
            Map<Bot, List<Memory>> byBot = new EnumMap<>(Bot.class);
            for (Bot bot : BOTS) {
                byBot.computeIfAbsent(bot, b -> new ArrayList<>()).add(soak(bot, flags));
            }
            soaked.put(String.join(" ", flags), byBot);
        }
        Map<Bot, Memory> tracked = new EnumMap<>(Bot.class);
        for (Bot bot : List.of(Bot.OURS, Bot.BASELINE)) {
            tracked.put(bot, soak(bot, List.of(NATIVE_MEMORY_TRACKING)));
        }
        List<Target> targets = new ArrayList<>();
        for (Bot bot : List.of(Bot.OURS, Bot.OURS_ON_POSTGRES)) {
            targets.add(Target.ratio(
                    "RSS after the soak vs bare JDA, the JVM's defaults, "
                            + (bot == Bot.OURS ? "SQLite" : "PostgreSQL"),
                    RSS_RATIO_TARGET,
                    ratios(defaults, bot, Memory::rssKb)));
        }
        return new Target.Part(report(soaked) + nativeMemoryReport(tracked), targets);
    }

    /** The categories' sum, with the heap's resident part in place of all it has committed. */
    private static long counted(Memory memory) {
        Map<String, Long> categories = memory.nativeMemoryKb();
        long sum = categories.entrySet().stream()
                .filter(category -> !category.getKey().equals(HEAP_RESIDENT))
                .mapToLong(Map.Entry::getValue)
                .sum();
        return categories.containsKey(HEAP_RESIDENT)
                ? sum - categories.getOrDefault("Java Heap", 0L) + categories.get(HEAP_RESIDENT)
                : sum;
    }

    /** Where the memory goes: the JVM's own count by category, ours beside bare JDA's, largest difference first. */
    private static String nativeMemoryReport(Map<Bot, Memory> tracked) {
        Memory ours = tracked.get(Bot.OURS);
        Memory baseline = tracked.get(Bot.BASELINE);
        StringBuilder text = new StringBuilder("\n### Where the memory goes\n\n"
                + "One more soak of each bot (ours on SQLite) with the JVM's defaults and `" + NATIVE_MEMORY_TRACKING
                + "`, measured as above, then `jcmd <pid> VM.native_memory summary`: what the JVM has committed, by "
                + "its own categories (the heap's figure is after the full collection); how much of the heap is "
                + "resident (its mappings' RSS in `/proc/<pid>/smaps`: G1 commits more than it touches); and what "
                + "the RSS holds beyond them (native libraries' own allocations, such as SQLite's, and the C "
                + "allocator's free lists, less what other categories committed without touching). MiB; the "
                + "tracking itself costs a little.\n\n"
                + "| category | ours, SQLite | bare JDA | ours − bare JDA |\n|---|---|---|---|\n");
        Map<String, long[]> rows = new LinkedHashMap<>();
        ours.nativeMemoryKb().forEach((category, kb) -> rows.computeIfAbsent(category, c -> new long[2])[0] = kb);
        baseline.nativeMemoryKb().forEach((category, kb) -> rows.computeIfAbsent(category, c -> new long[2])[1] = kb);
        rows.put(
                "beyond the JVM's count (RSS minus the categories, the heap as resident)",
                new long[] {ours.rssKb() - counted(ours), baseline.rssKb() - counted(baseline)});
        rows.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0] - b.getValue()[1], a.getValue()[0] - a.getValue()[1]))
                .filter(row -> row.getValue()[0] >= 512 || row.getValue()[1] >= 512)
                .forEach(row -> text.append(String.format(
                        Locale.ROOT,
                        "| %s | %.1f | %.1f | %+.1f |%n",
                        row.getKey(),
                        row.getValue()[0] / 1024.0,
                        row.getValue()[1] / 1024.0,
                        (row.getValue()[0] - row.getValue()[1]) / 1024.0)));
        text.append(String.format(
                Locale.ROOT,
                "| **RSS** | %.1f | %.1f | %+.1f |%n",
                ours.rssKb() / 1024.0,
                baseline.rssKb() / 1024.0,
                (ours.rssKb() - baseline.rssKb()) / 1024.0));
        return text.toString();
    }

    /** Per-run ratios of a figure of {@code bot}'s over bare JDA's. */
    private static List<Double> ratios(Map<Bot, List<Memory>> byBot, Bot bot, ToDoubleFunction<Memory> figure) {
        List<Double> ratios = new ArrayList<>();
        List<Memory> mine = byBot.getOrDefault(bot, List.of());
        List<Memory> baseline = byBot.getOrDefault(Bot.BASELINE, List.of());
        for (int run = 0; run < Math.min(mine.size(), baseline.size()); run++) {
            ratios.add(figure.applyAsDouble(mine.get(run)) / figure.applyAsDouble(baseline.get(run)));
        }
        return ratios;
    }

    private static String report(Map<String, Map<Bot, List<Memory>>> soaked) {
        StringBuilder table = new StringBuilder("## Memory after a soak\n\n"
                + "Each bot runs in a JVM of its own (the class path of jars of the start-up benchmark, logging at "
                + "WARN) on the fake Discord in the benchmark's JVM, over loopback, in " + GUILDS + " servers (READY "
                + "lists them, one GUILD_CREATE each with one text channel). Our bot, on a fresh SQLite file or a "
                + "fresh schema of the local PostgreSQL (a pool of 10 and a listening connection): `/trivia start "
                + "questions:50 seconds:120` in " + ROUNDS + " servers' channels at once, then " + ANSWERERS
                + " members of that server (its starter among them) answer each round's first question; the rounds "
                + "are still running when measured. Bare JDA: the same " + ROUNDS + " slash commands and "
                + ROUNDS * ANSWERERS + " button clicks, answered with constants. Measured " + SETTLE.toSeconds()
                + " s after the last answer: RSS and peak RSS from `/proc/<pid>/status` (VmRSS, VmHWM), threads, "
                + "heap from `jcmd <pid> GC.heap_info`, then the live heap after `jcmd <pid> GC.run`, and metaspace "
                + "(`VM.metaspace`). MiB. With the JVM's defaults, " + RUNS + " runs in an order that rotates "
                + "(a figure is the median run's; RSS per run in run order); under a container's flags, one run "
                + "(`-XX:MaxRAM` stands in for the container's memory limit). \"Start-up\" is the launch to commands "
                + "registered with " + GUILDS + " servers; \"load\" from the first command to the last answer (for our "
                + "bot it includes the rounds' 5 s pause before the first question).\n\n"
                + "| JVM flags | bot | RSS | RSS per run | RSS vs bare JDA (lowest–highest run) | peak RSS | threads | heap used "
                + "(committed) | live heap after full GC (committed) | metaspace | start-up | load |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        soaked.forEach((flags, byBot) -> byBot.forEach((bot, runs) -> {
            String ratio = "";
            if (bot != Bot.BASELINE) {
                Target.Runs ratios = Target.Runs.of(ratios(byBot, bot, Memory::rssKb));
                ratio = String.format(Locale.ROOT, "%.2f× (%s)", ratios.median(), ratios.range("×"));
            }
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s | %s (%s) | %s (%s) | %s | %s | %s |%n",
                    flags.isEmpty() ? "(defaults)" : "`" + flags + "`",
                    bot.label,
                    mib(median(runs, Memory::rssKb)),
                    runs.stream().map(run -> mib(run.rssKb())).collect(Collectors.joining(", ")),
                    ratio,
                    mib(median(runs, Memory::peakRssKb)),
                    String.format(Locale.ROOT, "%.0f", median(runs, Memory::threads)),
                    mib(median(runs, Memory::heapUsedKb)),
                    mib(median(runs, Memory::heapCommittedKb)),
                    mib(median(runs, Memory::liveHeapKb)),
                    mib(median(runs, Memory::liveHeapCommittedKb)),
                    mib(median(runs, Memory::metaspaceKb)),
                    String.format(Locale.ROOT, "%.1f s", median(runs, Memory::startMillis) / 1000),
                    String.format(
                            Locale.ROOT,
                            "%.1f s, %d interactions",
                            median(runs, Memory::soakMillis) / 1000,
                            runs.get(0).interactions())));
        }));
        return table.toString();
    }

    private static double median(List<Memory> runs, ToDoubleFunction<Memory> figure) {
        return Target.Runs.of(runs.stream().map(figure::applyAsDouble).toList()).median();
    }

    // ---- one child

    private static Memory soak(Bot bot, List<String> flags) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(GUILDS);
                TestPostgres postgres = bot.freshSchemaIfNeeded()) {
            ChildBot child = ChildBot.launch(
                    bot,
                    flags,
                    discord,
                    FOLDER,
                    ChildBot.Setup.shipped(postgres, "WARN"),
                    StartupBenchmark.ourCommandsIfRecorded());
            try {
                long startMillis = child.awaitCommandsOrFail(START_WAIT);
                List<FakeGuild> guilds = discord.guilds().subList(0, Math.min(ROUNDS, GUILDS));
                long loadStart = System.nanoTime();
                int interactions = bot == Bot.BASELINE ? baselineLoad(discord, guilds) : triviaLoad(discord, guilds);
                long soakMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - loadStart);
                Thread.sleep(SETTLE.toMillis());
                if (!child.process().isAlive()) {
                    throw new IllegalStateException(bot + " exited during the soak: see " + child.log());
                }
                Memory memory =
                        measure(child, startMillis, soakMillis, interactions, flags.contains(NATIVE_MEMORY_TRACKING));
                System.out.printf(Locale.ROOT, "soak %s %s: %s%n", bot, flags.isEmpty() ? "(defaults)" : flags, memory);
                return memory;
            } finally {
                child.stop(Duration.ofSeconds(20));
            }
        }
    }

    // ---- the load

    /**
     * The {@code player}th member of the {@code server}th server (player 0 starts its round). Every server has
     * members of its own, as on Discord: one user sending hundreds of interactions at once would only meet the
     * bot's bound on what one user may have in flight.
     */
    private static long member(int server, int player) {
        return STARTER + (long) server * ANSWERERS + player;
    }

    private static int triviaLoad(FakeDiscord discord, List<FakeGuild> guilds) {
        // each channel is at the premise, so every round is capped there whatever its starter has watched
        List<Interaction> starts = new ArrayList<>();
        for (int server = 0; server < guilds.size(); server++) {
            starts.add(discord.sendSlashCommand(SlashCommandCall.of("trivia")
                    .subcommand("start")
                    .user(member(server, 0), "starter")
                    .inGuild(guilds.get(server))
                    .option("questions", 50L)
                    .option("seconds", 120L)));
        }
        for (Interaction start : starts) {
            start.awaitCallback(WAIT);
        }
        Map<Long, List<String>> buttons = firstQuestions(discord, guilds);
        List<Interaction> answers = new ArrayList<>();
        for (int server = 0; server < guilds.size(); server++) {
            FakeGuild guild = guilds.get(server);
            List<String> ids = buttons.get(guild.channelId());
            for (int player = 0; player < ANSWERERS; player++) {
                answers.add(discord.sendComponent(ComponentCall.button(ids.get(player % ids.size()))
                        .user(member(server, player), "player" + player)
                        .inGuild(guild)));
            }
        }
        for (Interaction answer : answers) {
            answer.awaitCallback(WAIT);
        }
        return starts.size() + answers.size();
    }

    /** The answer buttons' ids of the first question posted in each guild's channel, waiting for all. */
    private static Map<Long, List<String>> firstQuestions(FakeDiscord discord, List<FakeGuild> guilds) {
        Pattern post = Pattern.compile("/channels/(\\d+)/messages");
        Map<Long, List<String>> found = new HashMap<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (found.size() < guilds.size()) {
            for (RecordedRequest request : discord.requests()) {
                Matcher path = post.matcher(request.path());
                if (request.method().equals("POST")
                        && path.find()
                        && request.path().endsWith("/messages")) {
                    long channel = Long.parseUnsignedLong(path.group(1));
                    MessageView message = MessageView.of(request.json());
                    if (!found.containsKey(channel) && message.title().startsWith("Question ")) {
                        found.put(channel, message.customIds());
                    }
                }
            }
            if (found.size() < guilds.size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "only " + found.size() + " of " + guilds.size() + " rounds posted their first question");
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
        return found;
    }

    /** The same number of slash commands and button clicks, in the same servers, to the baseline. */
    private static int baselineLoad(FakeDiscord discord, List<FakeGuild> guilds) {
        List<Interaction> sent = new ArrayList<>();
        for (int server = 0; server < guilds.size(); server++) {
            sent.add(discord.sendSlashCommand(SlashCommandCall.of("ping")
                    .user(member(server, 0), "starter")
                    .inGuild(guilds.get(server))));
        }
        for (Interaction interaction : sent) {
            interaction.awaitCallback(WAIT);
        }
        List<Interaction> clicks = new ArrayList<>();
        for (int server = 0; server < guilds.size(); server++) {
            for (int player = 0; player < ANSWERERS; player++) {
                clicks.add(discord.sendComponent(ComponentCall.button("baseline:" + player)
                        .user(member(server, player), "player" + player)
                        .inGuild(guilds.get(server))));
            }
        }
        for (Interaction click : clicks) {
            click.awaitCallback(WAIT);
        }
        return sent.size() + clicks.size();
    }

    // ---- measuring

    private static final Pattern G1 = Pattern.compile("committed (\\d+)K, used (\\d+)K");
    private static final Pattern GENERATION = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern Z = Pattern.compile("ZHeap\\s+used (\\d+)M, capacity (\\d+)M");
    private static final Pattern METASPACE = Pattern.compile("Metaspace\\s+used (\\d+)K, committed (\\d+)K");

    private static Memory measure(
            ChildBot child, long startMillis, long soakMillis, int interactions, boolean nativeMemoryTracked)
            throws Exception {
        Map<String, Long> status = procStatus(child.process().pid());
        long[] before = heap(child.jcmd("GC.heap_info"));
        child.jcmd("GC.run");
        long[] after = heap(child.jcmd("GC.heap_info"));
        Matcher metaspace = METASPACE.matcher(child.jcmd("VM.metaspace", "basic"));
        long metaspaceKb = metaspace.find() ? Long.parseLong(metaspace.group(2)) : -1;
        return new Memory(
                startMillis,
                status.getOrDefault("VmRSS", -1L),
                status.getOrDefault("VmHWM", -1L),
                status.getOrDefault("Threads", -1L).intValue(),
                before[1],
                before[0],
                after[1],
                after[0],
                metaspaceKb,
                soakMillis,
                interactions,
                nativeMemoryTracked ? nativeMemory(child) : Map.of());
    }

    /** What the JVM counts by category, and how much of the heap is resident. */
    private static Map<String, Long> nativeMemory(ChildBot child) throws Exception {
        Map<String, Long> categories = nativeMemory(child.jcmd("VM.native_memory", "summary"));
        Matcher range = HEAP_RANGE.matcher(child.jcmd("GC.heap_info"));
        if (range.find()) {
            categories.put(
                    HEAP_RESIDENT,
                    residentKb(
                            child.process().pid(),
                            Long.parseUnsignedLong(range.group(1), 16),
                            Long.parseUnsignedLong(range.group(2), 16)));
        }
        return categories;
    }

    /** The resident KiB of the process's mappings that start within {@code [from, to)}, from its smaps. */
    private static long residentKb(long pid, long from, long to) throws IOException {
        long resident = 0;
        boolean inside = false;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps"))) {
            Matcher mapping = MAPPING.matcher(line);
            if (mapping.find()) {
                long start = Long.parseUnsignedLong(mapping.group(1), 16);
                inside = start >= from && start < to;
            } else if (inside && line.startsWith("Rss:")) {
                resident += Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return resident;
    }

    /** Committed KiB by category of {@code VM.native_memory summary}, in its order. */
    static Map<String, Long> nativeMemory(String summary) {
        Map<String, Long> categories = new LinkedHashMap<>();
        Matcher category = NATIVE_CATEGORY.matcher(summary);
        while (category.find()) {
            categories.put(category.group(1).strip(), Long.parseLong(category.group(2)));
        }
        if (categories.isEmpty()) {
            throw new IllegalStateException("no categories in VM.native_memory's answer: " + summary);
        }
        return categories;
    }

    /** VmRSS and VmHWM in kB, and Threads, from {@code /proc/<pid>/status}. */
    private static Map<String, Long> procStatus(long pid) throws IOException {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            String[] parts = line.split(":\\s+", 2);
            if (parts.length == 2
                    && (parts[0].equals("VmRSS") || parts[0].equals("VmHWM") || parts[0].equals("Threads"))) {
                values.put(parts[0], Long.parseLong(parts[1].replace("kB", "").trim()));
            }
        }
        return values;
    }

    /**
     * Committed and used heap in KiB from {@code GC.heap_info}: G1's one line ({@code garbage-first heap total
     * reserved ..., committed ...K, used ...K}), ZGC's ({@code ZHeap used ...M, capacity ...M}), or the sum over
     * Serial's and Parallel's generations ({@code DefNew total ...K, used ...K}); -1 each if none of these.
     */
    static long[] heap(String heapInfo) {
        Matcher g1 = G1.matcher(heapInfo);
        if (g1.find()) {
            return new long[] {Long.parseLong(g1.group(1)), Long.parseLong(g1.group(2))};
        }
        Matcher z = Z.matcher(heapInfo);
        if (z.find()) {
            return new long[] {Long.parseLong(z.group(2)) * 1024, Long.parseLong(z.group(1)) * 1024};
        }
        long committed = 0;
        long used = 0;
        boolean found = false;
        for (String line : heapInfo.split("\\R")) {
            if (line.contains("Metaspace") || line.contains("class space")) {
                continue;
            }
            Matcher generation = GENERATION.matcher(line);
            if (generation.find()) {
                found = true;
                committed += Long.parseLong(generation.group(1));
                used += Long.parseLong(generation.group(2));
            }
        }
        return found ? new long[] {committed, used} : new long[] {-1, -1};
    }

    private static String mib(double kib) {
        return kib < 0 ? "?" : String.format(Locale.ROOT, "%.0f", kib / 1024.0);
    }

    /** Runs only this part: {@code java -cp ... dev.watchparty.bench.SoakBenchmark}. */
    public static void main(String[] args) throws Exception {
        System.out.println(run().section());
    }
}
