package dev.watchparty.bench;

import dev.watchparty.discord.fake.BaselineBot;
import dev.watchparty.discord.fake.ComponentCall;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.RecordedRequest;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.e2e.BotOnFakeDiscord;
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
 * REST, for our bot and for a bare-JDA baseline that answers everything with a constant, in the same run: each
 * kind of interaction one at a time, then 16 in flight.
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

        /** Our p99 over the baseline's. */
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

    static Target.Part run(int perKind) throws Exception {
        Path folder = Files.createTempDirectory("latency");
        try (FakeDiscord baselineDiscord = FakeDiscord.start();
                BaselineBot baselineBot = BaselineBot.start(baselineDiscord, WAIT);
                FakeDiscord ourDiscord = FakeDiscord.start();
                BotOnFakeDiscord ourBot = new BotOnFakeDiscord(ourDiscord, folder.resolve("bot.db"))) {
            List<Kind> baselineKinds = kinds(baselineDiscord, i -> "trivia:answer:baseline:1:" + i % 4);
            // the round starts when its clicks are first measured, so that its first question is still open
            Supplier<List<String>> answerButtons = memoized(() -> startRound(ourBot));
            List<Kind> ourKinds = kinds(ourDiscord, i -> {
                List<String> buttons = answerButtons.get();
                return buttons.get(i % buttons.size());
            });
            Map<String, Sample> baseline = new LinkedHashMap<>();
            Map<String, Sample> ours = new LinkedHashMap<>();
            for (int k = 0; k < baselineKinds.size(); k++) {
                if (KINDS.isEmpty() || KINDS.contains(baselineKinds.get(k).name())) {
                    measureKind(baselineKinds.get(k), ourKinds.get(k), perKind, baseline, ours);
                }
            }
            return new Target.Part(report(perKind, baseline, ours), targets(baseline, ours));
        }
    }

    /**
     * Both bots run side by side for the whole benchmark, and their samples of each kind are taken in alternating
     * blocks, so that what drifts during a run (the JIT warming the fake, the heap filling) weighs on both alike.
     */
    private static void measureKind(
            Kind baselineKind, Kind ourKind, int perKind, Map<String, Sample> baseline, Map<String, Sample> ours)
            throws Exception {
        int warmUp = Math.min(200, perKind);
        measure(baselineKind, warmUp, 1, 0);
        measure(ourKind, warmUp, 1, 0);
        int sent = warmUp; // every interaction of a kind has its own index: each trivia click is a new player's
        for (int inFlight : new int[] {1, 16}) {
            List<Sample> baselineBlocks = new ArrayList<>();
            List<Sample> ourBlocks = new ArrayList<>();
            for (int block = 0; block < BLOCKS; block++) {
                int count = perKind / BLOCKS + (block < perKind % BLOCKS ? 1 : 0);
                int first = sent;
                sent += count;
                baselineBlocks.add(measure(baselineKind, count, inFlight, first));
                ourBlocks.add(measure(ourKind, count, inFlight, first));
            }
            baseline.put(baselineKind.name() + " | " + inFlight, Sample.joined(baselineBlocks));
            ours.put(ourKind.name() + " | " + inFlight, Sample.joined(ourBlocks));
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
                if (post.is("POST", "/channels/\\d+/messages")
                        && post.json().path("components").size() > 0) {
                    List<String> ids = new ArrayList<>();
                    post.json()
                            .path("components")
                            .get(0)
                            .path("components")
                            .forEach(button -> ids.add(button.path("custom_id").asText()));
                    return ids;
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

    private static String report(int perKind, Map<String, Sample> baseline, Map<String, Sample> ours) {
        StringBuilder table = new StringBuilder("## Reply latency on the fake Discord\n\n"
                + perKind + " interactions of each kind, first one at a time, then 16 in flight (after a warm-up of "
                + Math.min(200, perKind) + "). Both bots run side by side, each on a fake Discord of its own, and "
                + "are measured in " + BLOCKS + " alternating blocks per kind, so drift during the run weighs on "
                + "both alike. Latency runs from the fake gateway writing INTERACTION_CREATE to the "
                + "bot's callback request arriving at the fake REST API. The baseline is bare JDA answering every "
                + "interaction with a constant (BaselineBot); every trivia click on our bot is a new player's "
                + "first answer to the open question of a live round (the starter has joined and not answered, so it "
                + "stays open): each is scored and written to SQLite before the \"locked in\" reply.\n\n"
                + "| interaction | in flight | bot | p50 ms | p90 ms | p99 ms | max ms | per s | p99 vs baseline |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (String key : ours.keySet()) {
            Sample base = baseline.get(key);
            Sample mine = ours.get(key);
            String[] parts = key.split(" \\| ");
            table.append(row(parts[0], parts[1], "baseline", base, ""));
            table.append(
                    row(parts[0], parts[1], "ours", mine, String.format(Locale.ROOT, "%.2f×", mine.p99Ratio(base))));
        }
        return table.toString();
    }

    private static List<Target> targets(Map<String, Sample> baseline, Map<String, Sample> ours) {
        List<Target> targets = new ArrayList<>();
        ours.forEach((key, mine) -> targets.add(Target.atMost(
                "p99 latency vs baseline: " + key.replace(" | ", ", ") + " in flight",
                P99_RATIO_TARGET,
                mine.p99Ratio(baseline.get(key)),
                "×")));
        return targets;
    }

    private static String row(String kind, String inFlight, String bot, Sample sample, String ratio) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %.0f | %s |%n",
                kind,
                inFlight,
                bot,
                sample.percentileMillis(50),
                sample.percentileMillis(90),
                sample.percentileMillis(99),
                sample.percentileMillis(100),
                sample.throughput(),
                ratio);
    }
}
