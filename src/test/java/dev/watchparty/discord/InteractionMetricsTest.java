package dev.watchparty.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.Readers;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.config.AppConfig;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Fault;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.reply.Reply;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the Prometheus scrape says when answering goes wrong: a deferral, an acknowledgement Discord takes only
 * after its 3 seconds, one it refuses, an internal error, a user over their bound, and a stop. The bot runs on
 * the fake Discord with a registry of the test's own; the test reads the scrape as an operator's Prometheus would.
 */
@Timeout(60)
class InteractionMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long ALICE = 300_000_000_000_000_101L;
    private static final String CALLBACK = "/interactions/\\d+/[^/]+/callback";
    private static final String[] COMMANDS = {"kind", "command", "shard", "0"};

    private final StuckCommand stuckCommand = new StuckCommand(WAIT);
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private FakeDiscord discord;
    private TestCore core;
    private DiscordBot bot;

    private static SlashCommand answering(String name, java.util.function.Supplier<Reply> answer) {
        return new SlashCommand() {
            @Override
            public CommandSpec spec() {
                return CommandSpec.withOptions(name, "For the test", List.of());
            }

            @Override
            public Reply execute(CommandRequest request) {
                return answer.get();
            }
        };
    }

    @BeforeEach
    void start() throws Exception {
        discord = FakeDiscord.start();
        core = TestCore.forPack(TestPacks.mini());
        Readers readers = new Readers(
                core.core().library(), core.stores().progress(), core.stores().channelLevels());
        BotMetrics metrics = new BotMetrics(registry);
        CommandRouter router = new CommandRouter(
                List.of(
                        stuckCommand,
                        answering("quick", () -> Reply.notice("quick answer")),
                        answering("broken", () -> {
                            throw new IllegalStateException("the database is on fire");
                        })),
                readers,
                metrics.internalErrors());
        bot = DiscordBot.start(
                new DiscordEnvironment(
                        FakeDiscord.TOKEN,
                        Optional.empty(),
                        Optional.of(discord.restBaseUrl()),
                        Optional.of(discord.gatewayUrl())),
                new AppConfig.Discord(0, null, null, List.of(), null),
                metrics,
                outbox -> new DiscordBot.Core(router, () -> {}),
                Duration.ofMillis(300));
        bot.commandsRegistered().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        stuckCommand.release();
        bot.close();
        core.close();
        discord.close();
    }

    /** Scrapes until {@code done} holds: JDA hears Discord's answer just after the fake records it. */
    private MetricsText scrapeUntil(Predicate<MetricsText> done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        MetricsText metrics = MetricsText.parse(registry.scrape());
        while (!done.test(metrics) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            metrics = MetricsText.parse(registry.scrape());
        }
        return metrics;
    }

    @Test
    @DisplayName(
            "GIVEN work slower than the deadline WHEN a command comes THEN the scrape counts one deferral in watchparty_interactions_deferred_total, its acknowledgement timed from the interaction's creation")
    void countsADeferral() throws Exception {
        Interaction stuck =
                discord.sendSlashCommand(SlashCommandCall.of("stuck").user(ALICE, "alice"));
        assertEquals(5, stuck.awaitCallback(WAIT).path("type").asInt(), "deferred");
        stuckCommand.release();
        assertEquals(
                "free at last", stuck.awaitOriginalEdit(WAIT).path("content").asText());

        MetricsText metrics = scrapeUntil(now -> now.value("watchparty_interactions_ack_seconds_count", COMMANDS) == 1
                && now.value("watchparty_interactions_in_flight") == 0);
        assertEquals(1, metrics.value("watchparty_interactions_deferred_total", COMMANDS), metrics::toString);
        assertEquals(1, metrics.value("watchparty_interactions_ack_seconds_count", COMMANDS));
        assertEquals(
                0,
                metrics.value(
                        "watchparty_interactions_ack_seconds_bucket", "kind", "command", "shard", "0", "le", "0.25"),
                "deferred at 300 ms after its creation, so acknowledged no sooner");
        assertEquals(
                1,
                metrics.value(
                        "watchparty_interactions_ack_seconds_bucket", "kind", "command", "shard", "0", "le", "3.0"));
        assertEquals(0, metrics.value("watchparty_interactions_followup_failed_total", COMMANDS));
        assertEquals(0, metrics.value("watchparty_interactions_in_flight"));
        assertEquals(
                1,
                metrics.value(
                        "watchparty_interactions_received_total", "kind", "command", "command", "stuck", "shard", "0"));
    }

    @Test
    @DisplayName(
            "GIVEN Discord that accepts an answer only after 3 seconds WHEN a command is answered THEN it is counted late, and timed past the 3 s bucket")
    void countsALateAcknowledgement() throws Exception {
        discord.inject(Fault.delayed("POST", CALLBACK, Duration.ofMillis(3200)));
        discord.sendSlashCommand(SlashCommandCall.of("quick").user(ALICE, "alice"))
                .awaitCallback(WAIT);

        MetricsText metrics = scrapeUntil(now -> now.value("watchparty_interactions_ack_seconds_count", COMMANDS) == 1);
        assertEquals(1, metrics.value("watchparty_interactions_late_total", COMMANDS), metrics::toString);
        assertEquals(
                0,
                metrics.value(
                        "watchparty_interactions_ack_seconds_bucket", "kind", "command", "shard", "0", "le", "3.0"));
        assertEquals(0, metrics.value("watchparty_interactions_ack_failed_total", COMMANDS));
    }

    @Test
    @DisplayName(
            "GIVEN Discord that refuses an answer WHEN a command is answered THEN it is counted as a failed acknowledgement, not timed, and leaves the in-flight count")
    void countsAFailedAcknowledgement() throws Exception {
        discord.inject(Fault.status("POST", CALLBACK, 400));
        discord.sendSlashCommand(SlashCommandCall.of("quick").user(ALICE, "alice"));

        MetricsText metrics = scrapeUntil(now -> now.value("watchparty_interactions_ack_failed_total", COMMANDS) == 1
                && now.value("watchparty_interactions_in_flight") == 0);
        assertEquals(1, metrics.value("watchparty_interactions_ack_failed_total", COMMANDS), metrics::toString);
        assertEquals(0, metrics.value("watchparty_interactions_ack_seconds_count", COMMANDS));
        assertEquals(0, metrics.value("watchparty_interactions_late_total", COMMANDS));
        assertEquals(0, metrics.value("watchparty_interactions_in_flight"));
    }

    @Test
    @DisplayName(
            "GIVEN a command that fails inside the core WHEN it comes THEN the apology is counted as an internal error of a command on its shard")
    void countsAnInternalError() throws Exception {
        String apology = discord.sendSlashCommand(SlashCommandCall.of("broken").user(ALICE, "alice"))
                .awaitCallback(WAIT)
                .path("data")
                .path("content")
                .asText();
        assertTrue(apology.startsWith("Sorry, something went wrong on my side"), apology);

        MetricsText metrics = scrapeUntil(now -> now.value("watchparty_interactions_ack_seconds_count", COMMANDS) == 1);
        assertEquals(1, metrics.value("watchparty_interactions_internal_errors_total", COMMANDS), metrics::toString);
        assertFalse(
                metrics.has("watchparty_interactions_internal_errors_total", "kind", "other", "shard", "none"),
                "nothing went unattributed");
    }

    @Test
    @DisplayName(
            "GIVEN a user with four interactions stuck WHEN they send a fifth, and then the bot stops and another comes THEN one is counted refused by the user bound and one answered restarting")
    void countsRefusalsAndRestarting() throws Exception {
        for (int i = 0; i < InteractionListener.MAX_IN_FLIGHT_PER_USER; i++) {
            discord.sendSlashCommand(SlashCommandCall.of("stuck").user(ALICE, "alice"));
        }
        discord.sendSlashCommand(SlashCommandCall.of("quick").user(ALICE, "alice"))
                .awaitCallback(WAIT);
        MetricsText busy = scrapeUntil(now ->
                now.value("watchparty_interactions_refused_total", "kind", "command", "shard", "0", "bound", "user")
                        == 1);
        assertEquals(
                1,
                busy.value("watchparty_interactions_refused_total", "kind", "command", "shard", "0", "bound", "user"),
                busy::toString);
        assertEquals(
                0,
                busy.value(
                        "watchparty_interactions_refused_total", "kind", "command", "shard", "0", "bound", "server"));
        assertEquals(
                InteractionListener.MAX_IN_FLIGHT_PER_USER,
                busy.value("watchparty_interactions_in_flight"),
                "the stuck ones are in flight");

        assertFalse(bot.drain(Duration.ZERO), "the stop has begun, with replies in flight");
        discord.sendSlashCommand(SlashCommandCall.of("quick").user(ALICE, "alice"))
                .awaitCallback(WAIT);
        MetricsText stopping = scrapeUntil(now -> now.value("watchparty_interactions_restarting_total", COMMANDS) == 1);
        assertEquals(1, stopping.value("watchparty_interactions_restarting_total", COMMANDS), stopping::toString);
        stuckCommand.release();
        assertTrue(bot.drain(WAIT), "the stuck ones are answered");
        assertEquals(0, MetricsText.parse(registry.scrape()).value("watchparty_interactions_in_flight"));
    }
}
