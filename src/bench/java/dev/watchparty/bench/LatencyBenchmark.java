package dev.watchparty.bench;

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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Reply latency on the fake Discord, from the gateway writing INTERACTION_CREATE to the bot's callback arriving on
 * REST, for our bot on SQLite and on PostgreSQL and for a bare-JDA baseline that answers everything with a constant,
 * in the same run: each kind of interaction one at a time, then 16 in flight.
 */
final class LatencyBenchmark {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Samples of each kind and bot are taken in this many blocks, the two bots' blocks alternating. */
    private static final int BLOCKS = 5;
    /** Which kinds to run, by name ({@code -Dbench.kinds=/recap,autocomplete}); all when empty. */
    private static final List<String> KINDS = List.of(
                    System.getProperty("bench.kinds", "").split(","))
            .stream()
            .filter(name -> !name.isBlank())
            .toList();

    private static final String[] NAMES = {
        "june", "bette", "neveah", "cassie", "oren", "shane", "nabil", "ramon", "delia", "caleb", "madame", "cruz"
    };
    private static final String[] PREFIXES = {"ne", "bet", "jun", "cas", "or", "sha", "nab", "ram", "del", "cal", "mon"
    };

    /** One kind of interaction: how to send the i-th one. */
    private record Kind(String name, IntFunction<Interaction> send) {}

    /** Latencies of one kind, in nanoseconds, and the wall time the run took. */
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

        /** This sample's p99 over another's. */
        double p99Ratio(Sample baseline) {
            return percentileMillis(99) / baseline.percentileMillis(99);
        }

        static Sample joined(List<Sample> blocks) {
            long[] all = blocks.stream()
                    .flatMapToLong(block -> Arrays.stream(block.nanos()))
                    .toArray();
            return new Sample(all, blocks.stream().mapToLong(Sample::wallNanos).sum());
        }
    }

    private LatencyBenchmark() {}

    /** Our p99 may be at most this many times the baseline's. */
    static final double P99_RATIO_TARGET = 1.2;

    /** A bot under measurement: its name in the report, and how to send it each kind. */
    private record Bot(String name, List<Kind> kinds) {}

    static final String BASELINE = "baseline";
    static final String SQLITE = "ours, SQLite";
    static final String POSTGRES = "ours, PostgreSQL";

    static Target.Part run(int perKind) throws Exception {
        Path folder = Files.createTempDirectory("latency");
        try (TestPostgres postgres = TestPostgres.freshSchema();
                FakeDiscord baselineDiscord = FakeDiscord.start();
                BaselineBot baselineBot = BaselineBot.start(baselineDiscord, WAIT);
                FakeDiscord sqliteDiscord = FakeDiscord.start();
                BotOnFakeDiscord sqliteBot = new BotOnFakeDiscord(sqliteDiscord, folder.resolve("bot.db"));
                FakeDiscord postgresDiscord = FakeDiscord.start();
                BotOnFakeDiscord postgresBot =
                        new BotOnFakeDiscord(postgresDiscord, new AppConfig.Storage(null, postgres.url(), null))) {
            List<Bot> bots = List.of(
                    new Bot(BASELINE, kinds(baselineDiscord, i -> "trivia:answer:baseline:1:" + i % 4)),
                    ours(SQLITE, sqliteBot),
                    ours(POSTGRES, postgresBot));
            Map<String, Map<String, Sample>> samples = new LinkedHashMap<>();
            bots.forEach(bot -> samples.put(bot.name(), new LinkedHashMap<>()));
            for (int k = 0; k < bots.get(0).kinds().size(); k++) {
                if (KINDS.isEmpty() || KINDS.contains(bots.get(0).kinds().get(k).name())) {
                    measureKind(k, bots, perKind, samples);
                }
            }
            return new Target.Part(report(perKind, samples), targets(samples));
        }
    }

    private static Bot ours(String name, BotOnFakeDiscord bot) {
        // the round starts when its clicks are first measured, so that its first question is still open
        Supplier<List<String>> answerButtons = memoized(() -> startRound(bot));
        return new Bot(name, kinds(bot.discord(), i -> {
            List<String> buttons = answerButtons.get();
            return buttons.get(i % buttons.size());
        }));
    }

    /**
     * Every bot runs side by side for the whole benchmark, and their samples of each kind are taken in alternating
     * blocks, so that what drifts during a run (the JIT warming the fake, the heap filling) weighs on all alike.
     */
    private static void measureKind(int kind, List<Bot> bots, int perKind, Map<String, Map<String, Sample>> samples)
            throws Exception {
        int warmUp = Math.min(200, perKind);
        for (Bot bot : bots) {
            measure(bot.kinds().get(kind), warmUp, 1, 0);
        }
        int sent = warmUp; // every interaction of a kind has its own index: each trivia click is a new player's
        for (int inFlight : new int[] {1, 16}) {
            Map<String, List<Sample>> blocks = new LinkedHashMap<>();
            for (int block = 0; block < BLOCKS; block++) {
                int count = perKind / BLOCKS + (block < perKind % BLOCKS ? 1 : 0);
                int first = sent;
                sent += count;
                for (Bot bot : bots) {
                    blocks.computeIfAbsent(bot.name(), name -> new ArrayList<>())
                            .add(measure(bot.kinds().get(kind), count, inFlight, first));
                }
            }
            String key = bots.get(0).kinds().get(kind).name() + " | " + inFlight;
            blocks.forEach((bot, measured) -> samples.get(bot).put(key, Sample.joined(measured)));
        }
    }

    private static <T> Supplier<T> memoized(Callable<T> make) {
        AtomicReference<T> made = new AtomicReference<>();
        return () -> {
            synchronized (made) {
                if (made.get() == null) {
                    try {
                        made.set(make.call());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return made.get();
            }
        };
    }

    /**
     * A long trivia round for the button clicks, and the answer buttons of its first question. The starter joins
     * and never answers, so the question stays open for its 120 seconds however many others answer.
     */
    private static List<String> startRound(BotOnFakeDiscord bot) throws InterruptedException {
        bot.call(SlashCommandCall.of("progress").subcommand("set").option("episode", "S1E10"));
        bot.call(SlashCommandCall.of("trivia")
                .subcommand("start")
                .option("questions", 50L)
                .option("seconds", 120L));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (RecordedRequest post : bot.discord().requests()) {
                MessageView message = MessageView.of(post.json());
                if (post.is("POST", "/channels/\\d+/messages")
                        && message.title().startsWith("Question ")) {
                    return message.customIds();
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the trivia question never came");
    }

    private static List<Kind> kinds(FakeDiscord discord, IntFunction<String> answerButton) {
        Random random = new Random(7);
        long firstUser = 400_000_000_000_000_000L;
        return List.of(
                new Kind(
                        "/character",
                        i -> discord.sendSlashCommand(SlashCommandCall.of("character")
                                .user(firstUser + i % 500)
                                .option("name", NAMES[i % NAMES.length]))),
                new Kind(
                        "/recap",
                        i -> discord.sendSlashCommand(SlashCommandCall.of("recap")
                                .user(firstUser + i % 500)
                                .option("episode", Integer.toString(1 + i % 10)))),
                new Kind(
                        "autocomplete",
                        i -> discord.sendAutocomplete(SlashCommandCall.of("character")
                                .user(firstUser + i % 500)
                                .focused("name", PREFIXES[i % PREFIXES.length] + (char) ('a' + random.nextInt(26))))),
                new Kind(
                        "trivia button",
                        i -> discord.sendComponent(
                                ComponentCall.button(answerButton.apply(i)).user(firstUser + i))));
    }

    /** {@code count} interactions, the i-th sent as the kind's {@code first + i}-th. */
    private static Sample measure(Kind kind, int count, int inFlight, int first) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(inFlight);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int worker = 0; worker < inFlight; worker++) {
                workers.add(senders.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        Interaction interaction = kind.send().apply(first + i);
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

    private static String report(int perKind, Map<String, Map<String, Sample>> samples) {
        StringBuilder table = new StringBuilder("## Reply latency on the fake Discord\n\n"
                + perKind + " interactions of each kind, first one at a time, then 16 in flight (after a warm-up of "
                + Math.min(200, perKind) + "). The three bots run side by side, each on a fake Discord of its own, and "
                + "are measured in " + BLOCKS + " alternating blocks per kind, so drift during the run weighs on "
                + "all alike. Latency runs from the fake gateway writing INTERACTION_CREATE to the "
                + "bot's callback request arriving at the fake REST API. The baseline is bare JDA answering every "
                + "interaction with a constant (BaselineBot); ours runs once on its SQLite file and once on the local "
                + "PostgreSQL (a pool of 10, caches kept coherent by LISTEN/NOTIFY). Every trivia click on our bot is "
                + "a new player's first answer to the open question of a live round (the starter has joined and not "
                + "answered, so it stays open): each is scored and written to the database before the \"locked "
                + "in\" reply.\n\n"
                + "| interaction | in flight | bot | p50 ms | p90 ms | p99 ms | max ms | per s | p99 vs baseline "
                + "| p99 vs SQLite |\n|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, Sample> baseline = samples.get(BASELINE);
        Map<String, Sample> sqlite = samples.get(SQLITE);
        for (String key : sqlite.keySet()) {
            String[] parts = key.split(" \\| ");
            samples.forEach((bot, measured) -> {
                Sample sample = measured.get(key);
                table.append(row(
                        parts[0],
                        parts[1],
                        bot,
                        sample,
                        bot.equals(BASELINE) ? "" : ratio(sample, baseline.get(key)),
                        bot.equals(POSTGRES) ? ratio(sample, sqlite.get(key)) : ""));
            });
        }
        return table.toString();
    }

    private static String ratio(Sample sample, Sample against) {
        return String.format(Locale.ROOT, "%.2f×", sample.p99Ratio(against));
    }

    private static List<Target> targets(Map<String, Map<String, Sample>> samples) {
        List<Target> targets = new ArrayList<>();
        samples.get(SQLITE)
                .forEach((key, mine) -> targets.add(Target.atMost(
                        "p99 latency vs baseline: " + key.replace(" | ", ", ") + " in flight",
                        P99_RATIO_TARGET,
                        mine.p99Ratio(samples.get(BASELINE).get(key)),
                        "×")));
        samples.get(POSTGRES)
                .forEach((key, mine) -> targets.add(Target.atMost(
                        "p99 latency on PostgreSQL vs SQLite: " + key.replace(" | ", ", ") + " in flight",
                        P99_RATIO_TARGET,
                        mine.p99Ratio(samples.get(SQLITE).get(key)),
                        "×")));
        return targets;
    }

    private static String row(
            String kind, String inFlight, String bot, Sample sample, String vsBaseline, String vsSqlite) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %.0f | %s | %s |%n",
                kind,
                inFlight,
                bot,
                sample.percentileMillis(50),
                sample.percentileMillis(90),
                sample.percentileMillis(99),
                sample.percentileMillis(100),
                sample.throughput(),
                vsBaseline,
                vsSqlite);
    }
}
