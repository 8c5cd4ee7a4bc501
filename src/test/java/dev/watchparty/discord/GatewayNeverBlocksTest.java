package dev.watchparty.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.OptionType;
import dev.watchparty.command.Readers;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.config.AppConfig;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Texts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The gateway thread never waits for the core: with one interaction stuck (a latch the test holds, standing
 * in for a locked database), the ones behind it are answered, the stuck one is deferred and answered once
 * freed, a flood from one user is bounded, a forged autocomplete is still answered, and a stop delivers the
 * deferred reply. Nothing here sleeps: the test waits on the fake's recorded requests.
 */
class GatewayNeverBlocksTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long ALICE = 300_000_000_000_000_101L;
    private static final long BOB = 300_000_000_000_000_102L;

    private final StuckCommand stuckCommand = new StuckCommand(WAIT);
    private FakeDiscord discord;
    private TestCore core;
    private DiscordBot bot;

    /** Answers at once; its number option has suggestions. */
    private static final class QuickCommand implements SlashCommand {
        @Override
        public CommandSpec spec() {
            return CommandSpec.withOptions(
                    "quick",
                    "Answers at once",
                    List.of(new OptionSpec("count", "A number", OptionType.INTEGER, false, true, 1, 10, List.of())));
        }

        @Override
        public Reply execute(CommandRequest request) {
            return Reply.notice("quick answer");
        }

        @Override
        public List<Choice> autocomplete(AutocompleteRequest request) {
            return List.of(new Choice("one", "1"));
        }
    }

    @BeforeEach
    void start() throws Exception {
        discord = FakeDiscord.start();
        core = TestCore.forPack(TestPacks.mini());
        Readers readers = new Readers(
                core.core().library(), core.stores().progress(), core.stores().channelLevels());
        CommandRouter router = new CommandRouter(List.of(stuckCommand, new QuickCommand()), readers);
        bot = DiscordBot.start(
                new DiscordEnvironment(
                        FakeDiscord.TOKEN,
                        Optional.empty(),
                        Optional.of(discord.restBaseUrl()),
                        Optional.of(discord.gatewayUrl())),
                new AppConfig.Discord(0, null, null, List.of(), null),
                new BotMetrics(new SimpleMeterRegistry()),
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

    @Test
    @DisplayName(
            "GIVEN one interaction stuck in the core WHEN others arrive behind it THEN they are answered while it waits, and it is deferred, then answered")
    void othersAreAnsweredWhileOneIsStuck() {
        Interaction stuck =
                discord.sendSlashCommand(SlashCommandCall.of("stuck").user(ALICE, "alice"));
        List<Interaction> behind = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            behind.add(discord.sendSlashCommand(SlashCommandCall.of("quick").user(BOB, "bob")));
        }
        Interaction suggestions = discord.sendAutocomplete(
                SlashCommandCall.of("quick").user(BOB, "bob").focused("count", "1"));
        for (Interaction quick : behind) {
            JsonNode answered = quick.awaitCallback(WAIT);
            assertEquals(4, answered.path("type").asInt(), "answered at once, not behind the stuck one");
            assertEquals("quick answer", answered.path("data").path("content").asText());
        }
        assertEquals(
                "one",
                suggestions
                        .awaitCallback(WAIT)
                        .path("data")
                        .path("choices")
                        .get(0)
                        .path("name")
                        .asText());
        assertTrue(stuckCommand.isStuck(), "all of it happened while the first was still stuck");
        assertEquals(5, stuck.awaitCallback(WAIT).path("type").asInt(), "the stuck one was deferred in time");
        stuckCommand.release();
        assertEquals(
                "free at last", stuck.awaitOriginalEdit(WAIT).path("content").asText());
    }

    @Test
    @DisplayName(
            "GIVEN a German user with four interactions stuck WHEN they send a fifth THEN it is refused at once, politely, privately and in German")
    void oneUserIsBounded() {
        for (int i = 0; i < InteractionListener.MAX_IN_FLIGHT_PER_USER; i++) {
            discord.sendSlashCommand(SlashCommandCall.of("stuck").user(ALICE, "alice"));
        }
        JsonNode refused = discord.sendSlashCommand(
                        SlashCommandCall.of("quick").user(ALICE, "alice").locale("de"))
                .awaitCallback(WAIT);
        assertEquals(4, refused.path("type").asInt());
        assertEquals(
                "Ich beantworte hier noch deine letzten Anfragen; gib mir einen Moment und versuch es dann noch einmal.",
                refused.path("data").path("content").asText());
        assertEquals(64, refused.path("data").path("flags").asInt() & 64, "only they see it");
        JsonNode other = discord.sendSlashCommand(SlashCommandCall.of("quick").user(BOB, "bob"))
                .awaitCallback(WAIT);
        assertEquals("quick answer", other.path("data").path("content").asText(), "another user is not held up");
    }

    @Test
    @DisplayName(
            "GIVEN a forged autocomplete on a number option WHEN it comes THEN it is answered with no choices, and nothing stays in flight")
    void forgedAutocompleteIsAnswered() {
        JsonNode answered = discord.sendAutocomplete(
                        SlashCommandCall.of("quick").user(BOB, "bob").focusedIntegerAsText("count", "abc"))
                .awaitCallback(WAIT);
        assertEquals(8, answered.path("type").asInt(), "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT");
        assertTrue(bot.drain(Duration.ofSeconds(5)), "the in-flight count went back to zero");
    }

    @Test
    @DisplayName(
            "GIVEN a deferred reply in flight WHEN the bot stops THEN new work is refused, and the deferred reply still goes out before the stop ends")
    void stopDeliversTheReplyInFlight() throws Exception {
        Interaction stuck =
                discord.sendSlashCommand(SlashCommandCall.of("stuck").user(ALICE, "alice"));
        assertEquals(5, stuck.awaitCallback(WAIT).path("type").asInt());
        assertTrue(!bot.drain(Duration.ZERO), "the stop has begun, with a reply still in flight");
        JsonNode refused = discord.sendSlashCommand(SlashCommandCall.of("quick").user(BOB, "bob"))
                .awaitCallback(WAIT);
        assertEquals(
                Texts.format(Locale.ENGLISH, DiscordText.RESTARTING),
                refused.path("data").path("content").asText());
        // a thread of its own, as the shutdown hook is: JDA answers on the common pool, which a wait must not hold
        CompletableFuture<Boolean> drained = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> drained.complete(bot.drain(WAIT)));
        assertTrue(!drained.isDone(), "the stop waits for the reply in flight");
        stuckCommand.release();
        assertTrue(drained.get(WAIT.toSeconds(), TimeUnit.SECONDS), "every reply went out within the grace time");
        assertEquals(
                "free at last", stuck.awaitOriginalEdit(WAIT).path("content").asText());
    }
}
