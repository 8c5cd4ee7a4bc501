package dev.watchparty.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.config.AppConfig;
import dev.watchparty.discord.fake.BaselineBot;
import dev.watchparty.discord.fake.ComponentCall;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.MessageView;
import dev.watchparty.discord.fake.RecordedRequest;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.e2e.BotOnFakeDiscord;
import dev.watchparty.storage.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import jdk.jfr.Recording;

/**
 * Reply latency on the fake Discord, from the gateway writing INTERACTION_CREATE to the bot's callback arriving on
 * REST, for our bot on SQLite and on PostgreSQL and for bare JDA answering with the very replies ours sent, in the
 * same run: each kind of interaction one at a time, then {@link #IN_FLIGHT} in flight, in {@link #RUNS} runs whose
 * blocks interleave the three bots.
 *
 * <p>The baseline's replies are recorded from ours first: the first {@link #RECORDED} interactions of each kind (of
 * party buttons, every member's Join and Leave) go to
 * our bot on SQLite, and their callback bodies become the baseline's answers to that kind ({@link BaselineBot#replay}:
 * the one recorded for the same options, or else each in turn). The same interactions then go to the baseline, and
 * its callback bodies are compared with ours: the report says whether they are identical. Where JDA's builders would
 * not write the same body, the baseline sends the recorded bytes instead.
 */
final class LatencyBenchmark {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Alternating runs: each measures every bot once per kind and in-flight level, in a rotating order. */
    static final int RUNS = Math.max(1, Integer.getInteger("bench.runs", 3));
    /** Interactions recorded from our bot for each kind, and replayed to the baseline before measuring. */
    private static final int RECORDED = 24;
    /** Then this many more of each kind to each bot, unmeasured, before the first run. */
    private static final int WARM_UP = 300;

    private static final int IN_FLIGHT = 16;
    /** Users who take turns joining and leaving the party; more than {@link #IN_FLIGHT}, so one is never both. */
    private static final int PARTY_GOERS = 40;
    /** A trivia question stays open 120 s: a block that starts later than this after the round gets a new round. */
    private static final Duration ROUND_AGE = Duration.ofSeconds(80);

    /** Which kinds to run, by name ({@code -Dbench.kinds=/recap,autocomplete}); all when empty. */
    private static final List<String> KINDS = Arrays.stream(
                    System.getProperty("bench.kinds", "").split(","))
            .filter(name -> !name.isBlank())
            .toList();

    private static final String[] NAMES = {
        "june", "bette", "neveah", "cassie", "oren", "shane", "nabil", "ramon", "delia", "caleb", "madame", "cruz"
    };
    static final String[] PREFIXES = {"ne", "bet", "jun", "cas", "or", "sha", "nab", "ram", "del", "cal", "mon"};
    private static final long FIRST_USER = 400_000_000_000_000_000L;
    private static final long PARTY_HOST = 410_000_000_000_000_000L;

    /** Our p99 may be at most this many times the baseline's. */
    static final double P99_RATIO_TARGET = 1.1;

    static final String BASELINE = "bare JDA, same replies";
    static final String SQLITE = "ours, SQLite";
    static final String POSTGRES = "ours, PostgreSQL";

    private LatencyBenchmark() {}

    /** The kinds, in the order measured. */
    private static final List<String> KIND_NAMES =
            List.of("/character", "/recap", "autocomplete", "trivia click", "party button");

    /** Latencies of one block, in nanoseconds, and the wall time it took. */
    record Sample(long[] nanos, long wallNanos) {
        double percentileMillis(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        double throughput() {
            return nanos.length / (wallNanos / 1e9);
        }

        static Sample joined(List<Sample> blocks) {
            long[] all = blocks.stream()
                    .flatMapToLong(block -> Arrays.stream(block.nanos()))
                    .toArray();
            return new Sample(all, blocks.stream().mapToLong(Sample::wallNanos).sum());
        }
    }

    /** A bot under measurement: how to send it the i-th interaction of each kind, and how many it has been sent. */
    private static final class Bot {
        final String name;
        final FakeDiscord discord;
        final Map<String, IntFunction<Interaction>> kinds = new LinkedHashMap<>();
        final Map<String, Runnable> beforeBlock = new LinkedHashMap<>();
        final Map<String, AtomicInteger> sent = new LinkedHashMap<>();
        /** Our bot's round and party, whose buttons the baseline is sent too. */
        TriviaRound round;

        WatchParty party;

        Bot(String name, FakeDiscord discord) {
            this.name = name;
            this.discord = discord;
        }

        /** The next {@code count} interactions of a kind, in order: each has an index of its own. */
        int take(String kind, int count) {
            return sent.computeIfAbsent(kind, k -> new AtomicInteger()).getAndAdd(count);
        }
    }

    /** How the baseline answered one kind, against ours. */
    record Payload(String kind, String ours, String baseline, int identical, int compared, String how) {}

    static Target.Part run(int perKind) throws Exception {
        int perRun = Math.max(10, perKind / RUNS);
        Path folder = Files.createTempDirectory("latency");
        try (TestPostgres postgres = TestPostgres.freshSchema();
                FakeDiscord baselineDiscord = FakeDiscord.start();
                BaselineBot baselineBot = BaselineBot.start(baselineDiscord, WAIT);
                FakeDiscord sqliteDiscord = FakeDiscord.start();
                BotOnFakeDiscord sqliteBot = new BotOnFakeDiscord(sqliteDiscord, folder.resolve("bot.db"));
                FakeDiscord postgresDiscord = FakeDiscord.start();
                BotOnFakeDiscord postgresBot =
                        new BotOnFakeDiscord(postgresDiscord, new AppConfig.Storage(null, postgres.url(), null))) {
            Bot sqlite = ours(SQLITE, sqliteBot);
            Bot onPostgres = ours(POSTGRES, postgresBot);
            Bot baseline = baseline(baselineDiscord, sqlite);
            List<Bot> bots = List.of(baseline, sqlite, onPostgres);
            // per kind and in-flight level ("kind | n"), per bot: one sample per run
            Map<String, Map<String, List<Sample>>> samples = new LinkedHashMap<>();
            List<Payload> payloads = new ArrayList<>();
            Map<String, Profile> profiles = new LinkedHashMap<>();
            for (String kind : KIND_NAMES) {
                if (!KINDS.isEmpty() && !KINDS.contains(kind)) {
                    continue;
                }
                payloads.addAll(recordAndReplay(kind, sqlite, baseline, baselineBot));
                for (Bot bot : List.of(onPostgres, sqlite, baseline)) {
                    measure(bot, kind, Math.min(WARM_UP, perKind), 1);
                }
                for (int inFlight : new int[] {1, IN_FLIGHT}) {
                    Map<String, List<Sample>> byBot = new LinkedHashMap<>();
                    bots.forEach(bot -> byBot.put(bot.name, new ArrayList<>()));
                    for (int run = 0; run < RUNS; run++) {
                        for (int turn = 0; turn < bots.size(); turn++) {
                            Bot bot = bots.get((run + turn) % bots.size());
                            byBot.get(bot.name).add(measure(bot, kind, perRun, inFlight));
                        }
                    }
                    samples.put(kind + " | " + inFlight, byBot);
                    System.out.printf(Locale.ROOT, "latency %s, %d in flight: %s%n", kind, inFlight, summary(byBot));
                }
                for (Bot bot : List.of(sqlite, onPostgres)) {
                    profiles.put(kind + ", " + IN_FLIGHT + " in flight, " + bot.name, profiled(bot, kind, perRun));
                }
                if (kind.equals("trivia click")) {
                    stopRound(sqliteBot);
                    stopRound(postgresBot);
                }
            }
            return new Target.Part(report(perRun, samples, payloads) + profileSection(profiles), targets(samples));
        }
    }

    /**
     * One more block of {@code count} of the kind, {@link #IN_FLIGHT} in flight, to our bot, recorded by the Flight
     * Recorder in this JVM: the samples of the bot's threads (JDA's and ours), not of the fake Discord or of this
     * benchmark's senders.
     */
    private static Profile profiled(Bot bot, String kind, int count) throws Exception {
        Path file = Files.createTempFile("latency-", ".jfr");
        try (Recording recording = new Recording()) {
            recording
                    .enable("jdk.ExecutionSample")
                    .withPeriod(Duration.ofMillis(2))
                    .withStackTrace();
            recording
                    .enable("jdk.NativeMethodSample")
                    .withPeriod(Duration.ofMillis(2))
                    .withStackTrace();
            recording.start();
            measure(bot, kind, count, IN_FLIGHT);
            recording.stop();
            recording.dump(file);
            return Profile.read(file, LatencyBenchmark::inTheBot);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A stack of the bot's own: JDA's or our code's, outside the fake Discord and the benchmark; in native code only
     * within a transaction (SQLite's work, a sync to disk, a PostgreSQL round trip): a thread waiting for a gateway
     * frame, a socket or a change notification is idle, not slow.
     */
    private static boolean inTheBot(Profile.Stack stack) {
        List<String> frames = stack.frames();
        if (stack.inNative()
                && frames.stream().noneMatch(frame -> frame.startsWith("dev.watchparty.storage.Database."))) {
            return false;
        }
        boolean harness = frames.stream()
                .anyMatch(frame -> frame.startsWith("dev.watchparty.discord.fake.")
                        || frame.startsWith("dev.watchparty.bench.")
                        || frame.startsWith("dev.watchparty.e2e."));
        return !harness
                && frames.stream()
                        .anyMatch(frame -> frame.startsWith("net.dv8tion.") || frame.startsWith("dev.watchparty."));
    }

    private static String profileSection(Map<String, Profile> profiles) {
        StringBuilder text = new StringBuilder("\n### Where our bot spends the time\n\n"
                + "After the runs of each kind, one more block of " + IN_FLIGHT + " in flight to each of our bots, "
                + "recorded by the Flight Recorder in this JVM: a sample of each thread's stack every 2 ms, running "
                + "Java or, within a transaction, in native code (SQLite, a sync to disk, a PostgreSQL round trip), kept when it is the bot's (JDA's or our "
                + "code's), not the fake Discord's or the benchmark's. For each thread, its share of those samples, and "
                + "where it was: the innermost method of our code on the stack, then the library it was running in (the "
                + "innermost frame outside the JDK); `(not in our code)` is JDA's own work, such as reading the gateway "
                + "or sending a reply.\n");
        profiles.forEach((block, profile) -> text.append("\n")
                .append(block)
                .append(String.format(Locale.ROOT, " (%d samples):%n%n", profile.size()))
                .append(profile.table(5, 4)));
        return text.toString();
    }

    // ---- the kinds, for our bot and for the baseline

    /**
     * The kinds every bot gets alike, sent on {@code discord}: {@code /character}, {@code /recap} and autocomplete,
     * with the same options in the same order for each bot (the typed letters from a generator seeded alike).
     */
    private static void addCommandKinds(Bot bot, FakeDiscord discord) {
        Random random = new Random(7);
        bot.kinds.put(
                "/character",
                i -> discord.sendSlashCommand(SlashCommandCall.of("character")
                        .user(FIRST_USER + i % 500)
                        .option("name", NAMES[i % NAMES.length])));
        bot.kinds.put(
                "/recap",
                i -> discord.sendSlashCommand(SlashCommandCall.of("recap")
                        .user(FIRST_USER + i % 500)
                        .option("episode", Integer.toString(1 + i % 10))));
        bot.kinds.put(
                "autocomplete",
                i -> discord.sendAutocomplete(SlashCommandCall.of("character")
                        .user(FIRST_USER + i % 500)
                        .focused("name", PREFIXES[i % PREFIXES.length] + (char) ('a' + random.nextInt(26)))));
    }

    private static Bot ours(String name, BotOnFakeDiscord bot) {
        Bot ours = new Bot(name, bot.discord());
        FakeDiscord discord = bot.discord();
        addCommandKinds(ours, discord);
        TriviaRound round = new TriviaRound(bot);
        ours.round = round;
        ours.beforeBlock.put("trivia click", round::ensureOpen);
        ours.kinds.put(
                "trivia click",
                i -> discord.sendComponent(ComponentCall.button(round.button(i)).user(FIRST_USER + 1_000_000 + i)));
        WatchParty party = new WatchParty(bot);
        ours.party = party;
        ours.beforeBlock.put("party button", party::ensureStarted);
        ours.kinds.put(
                "party button",
                i -> discord.sendComponent(ComponentCall.button(party.button(i))
                        .user(PARTY_HOST + 1 + i % PARTY_GOERS, "goer" + i % PARTY_GOERS)));
        return ours;
    }

    /**
     * The baseline gets the same interactions as our bot on SQLite: the same options, and the buttons of that bot's
     * trivia round and party (the baseline answers any id).
     */
    private static Bot baseline(FakeDiscord discord, Bot sqlite) {
        Bot baseline = new Bot(BASELINE, discord);
        addCommandKinds(baseline, discord);
        TriviaRound round = sqlite.round;
        baseline.kinds.put(
                "trivia click",
                i -> discord.sendComponent(ComponentCall.button(round.button(i)).user(FIRST_USER + 1_000_000 + i)));
        WatchParty party = sqlite.party;
        baseline.kinds.put(
                "party button",
                i -> discord.sendComponent(ComponentCall.button(party.button(i))
                        .user(PARTY_HOST + 1 + i % PARTY_GOERS, "goer" + i % PARTY_GOERS)));
        return baseline;
    }

    /**
     * A long trivia round in the bot's channel, for the clicks: the starter joins and never answers, so the first
     * question stays open for its 120 seconds however many others answer, and every click is a new player's first
     * answer (scored, and on disk before the "locked in" reply). A block that would start too late in that question
     * gets a fresh round.
     */
    private static final class TriviaRound {
        private final BotOnFakeDiscord bot;
        private volatile List<String> buttons;
        private long startedAt;

        TriviaRound(BotOnFakeDiscord bot) {
            this.bot = bot;
        }

        synchronized void ensureOpen() {
            if (buttons != null && System.nanoTime() - startedAt < ROUND_AGE.toNanos()) {
                return;
            }
            if (buttons != null) {
                stopRound(bot);
            }
            int before = bot.discord().requests().size();
            bot.call(SlashCommandCall.of("progress").subcommand("set").option("episode", "S1E10"));
            bot.call(SlashCommandCall.of("trivia")
                    .subcommand("start")
                    .option("questions", 50L)
                    .option("seconds", 120L));
            buttons = awaitQuestion(bot.discord(), before);
            startedAt = System.nanoTime();
        }

        String button(int i) {
            if (buttons == null) {
                ensureOpen();
            }
            return buttons.get(i % buttons.size());
        }
    }

    /** The answer buttons of the first question posted after the {@code skip}th request. */
    private static List<String> awaitQuestion(FakeDiscord discord, int skip) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<RecordedRequest> requests = discord.requests();
            for (RecordedRequest post : requests.subList(Math.min(skip, requests.size()), requests.size())) {
                if (post.is("POST", "/channels/\\d+/messages")
                        && MessageView.of(post.json()).title().startsWith("Question ")) {
                    return MessageView.of(post.json()).customIds();
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the trivia question never came");
    }

    private static void stopRound(BotOnFakeDiscord bot) {
        bot.call(SlashCommandCall.of("trivia").subcommand("stop"));
    }

    /**
     * A watch party in the bot's channel, for the party buttons: {@link #PARTY_GOERS} users take turns, the i-th
     * click being user {@code i % PARTY_GOERS}'s, who joins on one pass and leaves on the next. So every click
     * changes the party (and writes it), the party stays the size of a real one, and the replies alternate between
     * the welcome with its "how far have you watched" menu and the goodbye.
     */
    private static final class WatchParty {
        private final BotOnFakeDiscord bot;
        private volatile String join;
        private volatile String leave;

        WatchParty(BotOnFakeDiscord bot) {
            this.bot = bot;
        }

        synchronized void ensureStarted() {
            if (join != null) {
                return;
            }
            JsonNode card = bot.call(SlashCommandCall.of("party")
                    .subcommand("start")
                    .user(PARTY_HOST, "host")
                    .option("name", "Benchmark night"));
            List<String> ids = MessageView.ofCallback(card).customIds();
            join = ids.stream()
                    .filter(id -> id.startsWith("party:join:"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Join button on the party card: " + card));
            leave = ids.stream()
                    .filter(id -> id.startsWith("party:leave:"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Leave button on the party card: " + card));
        }

        String button(int i) {
            if (join == null) {
                ensureStarted();
            }
            return (i / PARTY_GOERS) % 2 == 0 ? join : leave;
        }
    }

    // ---- recording our replies for the baseline

    /**
     * Sends the first {@link #RECORDED} interactions of a kind to our bot on SQLite, has the baseline answer that
     * kind with those callback bodies, sends it the same interactions and compares what it sent with ours.
     */
    private static List<Payload> recordAndReplay(String kind, Bot ours, Bot baseline, BaselineBot baselineBot)
            throws Exception {
        Runnable prepare = ours.beforeBlock.get(kind);
        if (prepare != null) {
            prepare.run();
        }
        // the same indices for both: the same options, the same buttons, the same users
        int count = recordedCount(kind);
        int first = ours.take(kind, count);
        baseline.take(kind, count);
        Map<String, Map<String, JsonNode>> recorded = new LinkedHashMap<>();
        Map<String, List<Integer>> sizes = new LinkedHashMap<>();
        for (int i = first; i < first + count; i++) {
            Interaction interaction = ours.kinds.get(kind).apply(i);
            RecordedRequest callback = interaction.awaitCallbackRequest(WAIT);
            String key = BaselineBot.kindOf(interaction.payload());
            recorded.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .putIfAbsent(BaselineBot.inputOf(interaction.payload()), callback.json());
            sizes.computeIfAbsent(key, k -> new ArrayList<>()).add(callback.body().length);
        }
        recorded.forEach(baselineBot::replay);
        List<Payload> payloads = new ArrayList<>();
        for (String key : recorded.keySet()) {
            Compared compared = compare(kind, key, baseline, first, recorded.get(key));
            String how = "rebuilt through JDA's builders";
            if (compared.identical() < compared.compared()) {
                System.out.println("latency " + key + ": the rebuilt replies differ from ours, e.g.\n ours: "
                        + compared.firstDifferenceOurs() + "\n bare JDA: " + compared.firstDifferenceBaseline()
                        + "\n replaying the recorded bytes instead");
                baselineBot.replayRaw(key, recorded.get(key));
                int again = baseline.take(kind, count);
                compared = compare(kind, key, baseline, again, recorded.get(key));
                how = "the recorded bytes (JDA's builders wrote them otherwise)";
            }
            JsonNode example = recorded.get(key).values().iterator().next();
            payloads.add(new Payload(
                    kind + (recorded.size() > 1 ? " (" + key.replaceFirst("^button ", "") + ")" : ""),
                    shape(example) + ", " + average(sizes.get(key)) + " B",
                    shape(example) + ", " + average(compared.sizes()) + " B",
                    compared.identical(),
                    compared.compared(),
                    how));
        }
        return payloads;
    }

    /** Enough of a kind to see each of its replies: for the party, every member's Join and Leave. */
    private static int recordedCount(String kind) {
        return kind.equals("party button") ? 2 * PARTY_GOERS : RECORDED;
    }

    private record Compared(
            int identical,
            int compared,
            List<Integer> sizes,
            String firstDifferenceOurs,
            String firstDifferenceBaseline) {}

    /** Sends the baseline interactions {@code first...} of {@code kind} and compares its replies of {@code key}. */
    private static Compared compare(String kind, String key, Bot baseline, int first, Map<String, JsonNode> recorded) {
        int identical = 0;
        int compared = 0;
        List<Integer> sizes = new ArrayList<>();
        String ours = null;
        String theirs = null;
        for (int i = first; i < first + recordedCount(kind); i++) {
            Interaction interaction = baseline.kinds.get(kind).apply(i);
            RecordedRequest callback = interaction.awaitCallbackRequest(WAIT);
            if (!BaselineBot.kindOf(interaction.payload()).equals(key)) {
                continue;
            }
            JsonNode expected = recorded.get(BaselineBot.inputOf(interaction.payload()));
            if (expected == null) {
                continue;
            }
            compared++;
            sizes.add(callback.body().length);
            if (expected.equals(callback.json())) {
                identical++;
            } else if (ours == null) {
                ours = expected.toString();
                theirs = callback.json().toString();
            }
        }
        return new Compared(identical, compared, sizes, ours, theirs);
    }

    /** "Components V2, private, 2 buttons" and the like. */
    private static String shape(JsonNode callback) {
        JsonNode data = callback.path("data");
        int flags = data.path("flags").asInt();
        List<String> parts = new ArrayList<>();
        switch (callback.path("type").asInt()) {
            case 4 -> parts.add("message");
            case 5 -> parts.add("deferred message");
            case 6 -> parts.add("deferred update");
            case 7 -> parts.add("update of the message");
            case 8 ->
                parts.add(data.path("choices").size() + (data.path("choices").size() == 1 ? " choice" : " choices"));
            default -> parts.add("callback type " + callback.path("type").asInt());
        }
        if ((flags & (1 << 15)) != 0) {
            parts.add("Components V2");
        } else if (data.path("embeds").size() > 0) {
            parts.add(data.path("embeds").size() + " embed(s)");
        }
        if ((flags & 64) != 0) {
            parts.add("private");
        }
        int components = countInteractive(data.path("components"));
        if (components > 0) {
            parts.add(components + " button(s) or menu(s)");
        }
        return String.join(", ", parts);
    }

    /** Buttons and menus, wherever they sit in a message's components. */
    private static int countInteractive(JsonNode node) {
        int count = 0;
        if (node.isArray()) {
            for (JsonNode component : node) {
                count += countInteractive(component);
            }
        } else if (node.isObject()) {
            if (node.has("custom_id") || node.path("type").asInt() == 2) {
                count++;
            }
            count += countInteractive(node.path("components"));
            count += countInteractive(node.path("accessory"));
        }
        return count;
    }

    private static long average(List<Integer> sizes) {
        return Math.round(sizes.stream().mapToInt(Integer::intValue).average().orElse(0));
    }

    // ---- measuring

    /** The bot's next {@code count} interactions of a kind, {@code inFlight} at a time. */
    private static Sample measure(Bot bot, String kind, int count, int inFlight) throws Exception {
        Runnable prepare = bot.beforeBlock.get(kind);
        if (prepare != null) {
            prepare.run();
        }
        int first = bot.take(kind, count);
        IntFunction<Interaction> send = bot.kinds.get(kind);
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(inFlight);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int worker = 0; worker < inFlight; worker++) {
                workers.add(senders.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        Interaction interaction = send.apply(first + i);
                        RecordedRequest callback = interaction.awaitCallbackRequest(WAIT);
                        nanos[i] = callback.receivedAtNanos() - interaction.sentAtNanos();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            senders.shutdownNow();
        }
        return new Sample(nanos, System.nanoTime() - start);
    }

    /** Per-run p99 ratios of {@code bot} over the baseline. */
    private static List<Double> ratios(Map<String, List<Sample>> byBot, String bot) {
        List<Double> ratios = new ArrayList<>();
        List<Sample> mine = byBot.get(bot);
        List<Sample> baseline = byBot.get(BASELINE);
        for (int run = 0; run < mine.size(); run++) {
            ratios.add(mine.get(run).percentileMillis(99) / baseline.get(run).percentileMillis(99));
        }
        return ratios;
    }

    private static String summary(Map<String, List<Sample>> byBot) {
        StringBuilder line = new StringBuilder();
        byBot.forEach((bot, runs) -> line.append(bot)
                .append(" p99 ")
                .append(runs.stream()
                        .map(run -> String.format(Locale.ROOT, "%.2f", run.percentileMillis(99)))
                        .toList())
                .append("; "));
        return line.toString();
    }

    // ---- the report

    private static String report(int perRun, Map<String, Map<String, List<Sample>>> samples, List<Payload> payloads) {
        StringBuilder text = new StringBuilder("## Reply latency on the fake Discord\n\n"
                + "Latency runs from the fake gateway writing INTERACTION_CREATE to the bot's callback request "
                + "arriving at the fake REST API. Three bots run side by side in this JVM, each on a fake Discord of "
                + "its own: ours on its SQLite file, ours on the local PostgreSQL (a pool of 10, caches kept "
                + "coherent by LISTEN/NOTIFY), and bare JDA (`BaselineBot`, `createLight`) answering every "
                + "interaction with the reply our bot sent to the same one (below). Each kind is measured one at a "
                + "time, then "
                + IN_FLIGHT + " in flight, in " + RUNS + " runs of " + perRun + " interactions per bot; within a "
                + "run the three bots' blocks follow each other, in an order that rotates from run to run, so drift "
                + "weighs on all alike, and each run gives one p99 ratio (ours over bare JDA's). Before the first "
                + "run each bot is sent " + WARM_UP + " of the kind unmeasured.\n\n"
                + "The kinds: `/character` (a name of twelve), `/recap` (an episode of ten), autocomplete of "
                + "`/character`'s name (a typed prefix), a trivia click (every click a new player's first answer to "
                + "the open question of a live round in the channel: scored, and written to the database before the "
                + "\"locked in\" reply; the starter never answers, so the question stays open), and a party button "
                + "(" + PARTY_GOERS + " members take turns pressing Join and then Leave on a party card: every click "
                + "changes the party and writes it).\n\n"
                + "### What bare JDA sends\n\n"
                + "Our bot's callback bodies for the first " + RECORDED + " interactions of each kind ("
                + 2 * PARTY_GOERS + " party buttons: every member's Join and Leave) were recorded, "
                + "and bare JDA answers the same interactions with them (the reply recorded for the same options; "
                + "for inputs never recorded, each in turn), rebuilt once into JDA's message, choice or deferral "
                + "objects and sent through JDA's reply actions. Its bodies were then compared with ours, field by "
                + "field.\n\n"
                + "| kind | ours | bare JDA | identical bodies | how bare JDA sends it |\n|---|---|---|---|---|\n");
        for (Payload payload : payloads) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %d of %d | %s |%n",
                    payload.kind(),
                    payload.ours(),
                    payload.baseline(),
                    payload.identical(),
                    payload.compared(),
                    payload.how()));
        }
        text.append("\n### Latency\n\nMilliseconds, over all runs together; \"p99 per run\" lists each run's, in "
                + "run order; the ratio is the median run's with the lowest and highest.\n\n"
                + "| interaction | in flight | bot | p50 | p90 | p99 | max | per s | p99 per run | p99 vs bare JDA "
                + "(lowest–highest run) |\n|---|---|---|---|---|---|---|---|---|---|\n");
        samples.forEach((key, byBot) -> {
            String[] parts = key.split(" \\| ");
            byBot.forEach((bot, runs) -> {
                Sample all = Sample.joined(runs);
                String ratio = "";
                if (!bot.equals(BASELINE)) {
                    Target.Runs ratios = Target.Runs.of(ratios(byBot, bot));
                    ratio = String.format(Locale.ROOT, "%.2f× (%s)", ratios.median(), ratios.range("×"));
                }
                text.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %.0f | %s | %s |%n",
                        parts[0],
                        parts[1],
                        bot,
                        all.percentileMillis(50),
                        all.percentileMillis(90),
                        all.percentileMillis(99),
                        all.percentileMillis(100),
                        all.throughput(),
                        runs.stream()
                                .map(run -> String.format(Locale.ROOT, "%.2f", run.percentileMillis(99)))
                                .reduce((a, b) -> a + ", " + b)
                                .orElse(""),
                        ratio));
            });
        });
        return text.toString();
    }

    private static List<Target> targets(Map<String, Map<String, List<Sample>>> samples) {
        List<Target> targets = new ArrayList<>();
        for (String store : List.of(SQLITE, POSTGRES)) {
            samples.forEach((key, byBot) -> targets.add(Target.ratio(
                    "p99 reply latency vs bare JDA sending the same reply: " + key.replace(" | ", ", ") + " in flight, "
                            + store,
                    P99_RATIO_TARGET,
                    ratios(byBot, store))));
        }
        return targets;
    }
}
