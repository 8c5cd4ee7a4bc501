package dev.watchparty.bench;

import dev.watchparty.discord.fake.ComponentCall;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.FakeGuild;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.MessageView;
import dev.watchparty.discord.fake.RecordedRequest;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.e2e.BotProcess;
import dev.watchparty.storage.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Startup time and memory, each bot in a fresh JVM of its own on the fake Discord in this JVM (loopback only): our
 * bot ({@code dev.watchparty.Main}, as the jar runs it) and the bare-JDA baseline ({@link BaselineMain}).
 *
 * <ul>
 *   <li>Startup: from launching the child JVM to the bot's command registration arriving at the fake (the bot has
 *       logged in, received READY and every GUILD_CREATE, and sent {@code PUT /applications/{id}/commands}); with the
 *       bot in one server (median of {@link #STARTS} runs) and in {@link #GUILDS}.</li>
 *   <li>Memory after a soak: the bot in {@link #GUILDS} servers; our bot gets a {@code /trivia start questions:50
 *       seconds:120} in the channel of each of {@link #ROUNDS} servers, then {@link #ANSWERERS} answer clicks on each
 *       round's first question; the baseline gets the same number of slash commands and clicks. Then RSS and peak RSS
 *       ({@code /proc/<pid>/status}), threads, and the heap as {@code jcmd <pid> GC.heap_info} reports it, before and
 *       after a full GC ({@code jcmd <pid> GC.run}): the live set, with the rounds still running.</li>
 * </ul>
 *
 * Each is measured once per set of JVM flags in {@link #FLAG_SETS} ({@code -Dbench.soak.flags=a b|c d}, sets split by
 * {@code |}, an empty set for the JVM's own defaults). The child's output goes to {@code target/soak/}.
 */
final class SoakBenchmark {

    static final int GUILDS = Integer.getInteger("bench.soak.guilds", 1000);
    static final int ROUNDS = Integer.getInteger("bench.soak.rounds", 200);
    static final int STARTS = Integer.getInteger("bench.soak.starts", 3);
    static final int ANSWERERS = 3;
    /**
     * The JVM's defaults on this machine; the Dockerfile's flags in a 512 MiB container ({@code -XX:MaxRAM} stands in
     * for the container limit; there, with under 1792 MiB, JDK 17 picks Serial by itself, so it is named); the same
     * with G1; and the recommended flags in a 256 MiB container.
     */
    static final List<String> FLAG_SETS = List.of(System.getProperty(
                    "bench.soak.flags",
                    String.join(
                            "|",
                            "",
                            "-XX:MaxRAM=512m -XX:MaxRAMPercentage=75 -XX:+UseSerialGC",
                            "-XX:MaxRAM=512m -XX:MaxRAMPercentage=75 -XX:+UseG1GC",
                            "-XX:MaxRAM=256m -XX:MaxRAMPercentage=50 -XX:+UseSerialGC -Xss512k"))
            .split("\\|", -1));

    private static final Duration START_WAIT = Duration.ofSeconds(120);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final long STARTER = 300_000_000_000_000_301L;
    private static final Path OUT = Path.of("target", "soak");
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern METASPACE = Pattern.compile("Metaspace\\s+used (\\d+)K, committed (\\d+)K");

    /** Which bot a child runs. */
    enum Bot {
        OURS("our bot", "dev.watchparty.Main"),
        OURS_ON_POSTGRES("our bot on PostgreSQL", "dev.watchparty.Main"),
        BASELINE("baseline (bare JDA)", BaselineMain.class.getName());

        final String label;
        final String mainClass;

        Bot(String label, String mainClass) {
            this.label = label;
            this.mainClass = mainClass;
        }
    }

    /** What one child reported after the soak: its startup in ms, sizes in KiB. */
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
            int interactions) {}

    private SoakBenchmark() {}

    /** Our RSS after the soak may be at most this many times the baseline's, under the same JVM flags. */
    static final double RSS_RATIO_TARGET = 1.5;

    static Target.Part run() throws Exception {
        Files.createDirectories(OUT);
        StringBuilder startup = new StringBuilder(
                "| bot | JVM flags | 1 server: median (runs) | " + GUILDS + " servers |\n|---|---|---|---|\n");
        StringBuilder memory = new StringBuilder("| bot | JVM flags | RSS | peak RSS | threads | heap used (committed) "
                + "| live heap after full GC (committed) | metaspace | load took |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        List<Target> targets = new ArrayList<>();
        for (String flagSet : FLAG_SETS) {
            Map<Bot, Memory> soakedBy = new EnumMap<>(Bot.class);
            List<String> flags =
                    flagSet.isBlank() ? List.of() : List.of(flagSet.trim().split("\\s+"));
            String flagLabel = flags.isEmpty() ? "(defaults)" : "`" + String.join(" ", flags) + "`";
            for (Bot bot : Bot.values()) {
                long[] starts = new long[STARTS];
                for (int i = 0; i < STARTS; i++) {
                    starts[i] = startupOnly(bot, flags);
                }
                Arrays.sort(starts);
                String runs = Arrays.stream(starts)
                        .mapToObj(Long::toString)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("");
                Memory soaked = soak(bot, flags);
                soakedBy.put(bot, soaked);
                System.out.printf(
                        Locale.ROOT,
                        "soak %s %s: start %s ms / %d ms, %s%n",
                        bot,
                        flagLabel,
                        runs,
                        soaked.startMillis(),
                        soaked);
                startup.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d ms (%s) | %d ms |%n",
                        bot.label,
                        flagLabel,
                        starts[starts.length / 2],
                        runs,
                        soaked.startMillis()));
                memory.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %d | %s (%s) | %s (%s) | %s | %.1f s, %d interactions |%n",
                        bot.label,
                        flagLabel,
                        mib(soaked.rssKb()),
                        mib(soaked.peakRssKb()),
                        soaked.threads(),
                        mib(soaked.heapUsedKb()),
                        mib(soaked.heapCommittedKb()),
                        mib(soaked.liveHeapKb()),
                        mib(soaked.liveHeapCommittedKb()),
                        mib(soaked.metaspaceKb()),
                        soaked.soakMillis() / 1000.0,
                        soaked.interactions()));
            }
            targets.add(Target.atMost(
                    "RSS after the soak vs baseline, " + flagLabel,
                    RSS_RATIO_TARGET,
                    (double) soakedBy.get(Bot.OURS).rssKb()
                            / soakedBy.get(Bot.BASELINE).rssKb(),
                    "×"));
        }
        return new Target.Part(
                "## Startup and memory\n\n"
                        + "Each bot runs in a fresh child JVM (`java -cp <the benchmark's class path> <main>`; our bot is "
                        + "`dev.watchparty.Main --config <temp yaml>` with the shipped packs, a fresh SQLite file (or, "
                        + "\"on PostgreSQL\", a fresh schema of the local server, with its pool of 10 and its listening "
                        + "connection open) and the health endpoint off; the baseline is `BaselineMain`, bare JDA `createLight` answering constants) "
                        + "against the fake Discord in the benchmark's JVM, over loopback.\n\n"
                        + "### Startup: launching the JVM to commands registered at the fake\n\n" + startup
                        + "\n### Memory after a soak\n\n"
                        + "The bot is in " + GUILDS
                        + " servers (READY lists them, one GUILD_CREATE each with one text channel). "
                        + "Our bot: `/trivia start questions:50 seconds:120` in " + ROUNDS
                        + " servers' channels at once, then "
                        + ANSWERERS + " players of that server (its starter among them; each server has members of its "
                        + "own) answer each round's first question; the rounds are still running when "
                        + "measured. Baseline: the same " + ROUNDS + " slash commands and " + ROUNDS * ANSWERERS
                        + " button clicks, answered with constants. Measured " + SETTLE.toSeconds()
                        + " s after the last "
                        + "answer: RSS and peak RSS from `/proc/<pid>/status` (VmRSS, VmHWM), heap from `jcmd <pid> "
                        + "GC.heap_info`, then the live heap after `jcmd <pid> GC.run`. MiB. \"Load took\" is from the "
                        + "first command to the last answer; for our bot it includes the rounds' 5 s pause before the first "
                        + "question. `-XX:MaxRAM` stands in for a container's memory limit (the JVM sizes its heap from it as "
                        + "from a cgroup limit; it does not change the GC the JVM picks, hence the explicit one).\n\n"
                        + memory,
                targets);
    }

    // ---- one child

    /** What to do with a bot once it has registered its commands; how long that took from the launch. */
    private interface WhileRunning<T> {
        T apply(FakeDiscord discord, Process child, Path work, long startMillis) throws Exception;
    }

    /** Launches a bot on a fake with this many servers, waits for its commands, does the work, then stops it. */
    private static <T> T withBot(Bot bot, List<String> flags, int guilds, WhileRunning<T> work) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(guilds);
                TestPostgres postgres = bot == Bot.OURS_ON_POSTGRES ? TestPostgres.freshSchema() : null) {
            Path folder = Files.createTempDirectory(OUT, bot.name().toLowerCase(Locale.ROOT) + "-");
            Process child = null;
            try {
                long launched = System.nanoTime();
                child = launch(bot, flags, discord, folder, postgres == null ? null : postgres.url());
                discord.awaitRegisteredCommands(START_WAIT);
                return work.apply(discord, child, folder, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched));
            } finally {
                stop(child);
            }
        }
    }

    /** Milliseconds from launching a bot in one server to its command registration. */
    private static long startupOnly(Bot bot, List<String> flags) throws Exception {
        return withBot(bot, flags, 1, (discord, child, work, startMillis) -> startMillis);
    }

    private static Memory soak(Bot bot, List<String> flags) throws Exception {
        return withBot(bot, flags, GUILDS, (discord, child, work, startMillis) -> {
            List<FakeGuild> guilds = discord.guilds().subList(0, Math.min(ROUNDS, GUILDS));
            long loadStart = System.nanoTime();
            int interactions = bot == Bot.BASELINE ? baselineLoad(discord, guilds) : triviaLoad(discord, guilds);
            long soakMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - loadStart);
            Thread.sleep(SETTLE.toMillis());
            if (!child.isAlive()) {
                throw new IllegalStateException(bot + " exited during the soak: see " + work);
            }
            return measure(child.pid(), startMillis, soakMillis, interactions);
        });
    }

    /** Launches a bot; ours keeps its data in a fresh SQLite file, or in PostgreSQL at {@code storageUrl}. */
    private static Process launch(Bot bot, List<String> flags, FakeDiscord discord, Path work, String storageUrl)
            throws IOException {
        Path log = work.resolve("output.log");
        List<String> main = bot == Bot.BASELINE
                ? List.of(bot.mainClass)
                : List.of(
                        bot.mainClass,
                        "--config",
                        BotProcess.writeConfig(work, 5, storageUrl).toString());
        return BotProcess.launch(discord, flags, main, log, Map.of("WATCHPARTY_LOG_LEVEL", "WARN"));
    }

    /** SIGTERM (graceful shutdown), then SIGKILL if it has not exited within 20 s. */
    private static void stop(Process child) throws InterruptedException {
        if (child == null) {
            return;
        }
        child.destroy();
        if (!child.waitFor(20, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    // ---- the load

    /** Starts a round in each guild's channel, then {@link #ANSWERERS} players answer its first question. */
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

    private static Memory measure(long pid, long startMillis, long soakMillis, int interactions) throws Exception {
        Map<String, Long> status = procStatus(pid);
        String before = jcmd(pid, "GC.heap_info");
        jcmd(pid, "GC.run");
        String after = jcmd(pid, "GC.heap_info");
        long[] heapBefore = heap(before);
        long[] heapAfter = heap(after);
        Matcher metaspace = METASPACE.matcher(after);
        long metaspaceKb = metaspace.find() ? Long.parseLong(metaspace.group(1)) : -1;
        return new Memory(
                startMillis,
                status.getOrDefault("VmRSS", -1L),
                status.getOrDefault("VmHWM", -1L),
                status.getOrDefault("Threads", -1L).intValue(),
                heapBefore[1],
                heapBefore[0],
                heapAfter[1],
                heapAfter[0],
                metaspaceKb,
                soakMillis,
                interactions);
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

    /** Committed and used heap in KiB: the sum over the generations (Serial, Parallel) or the one G1 heap line. */
    static long[] heap(String heapInfo) {
        long committed = 0;
        long used = 0;
        for (String line : heapInfo.split("\n")) {
            if (line.contains("Metaspace") || line.contains("class space")) {
                continue;
            }
            Matcher matcher = HEAP.matcher(line);
            if (matcher.find()) {
                committed += Long.parseLong(matcher.group(1));
                used += Long.parseLong(matcher.group(2));
            }
        }
        return new long[] {committed, used};
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path output = Files.createTempFile(OUT, "jcmd-", ".txt");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            boolean exited = process.waitFor(60, TimeUnit.SECONDS);
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (!exited || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + text);
            }
            return text;
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    private static String mib(long kib) {
        return kib < 0 ? "?" : String.format(Locale.ROOT, "%.0f", kib / 1024.0);
    }

    /** Runs only this part: {@code java -cp ... dev.watchparty.bench.SoakBenchmark}. */
    public static void main(String[] args) throws Exception {
        System.out.println(run().section());
    }
}
