package dev.watchparty.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.Readers;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.config.AppConfig;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.reply.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Work slower than the deadline is deferred at once and answered when it is done, privately or in public. */
@Timeout(30)
class DeferralEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** A command that takes longer than the bot's deadline, then answers privately or publicly. */
    private static final class SlowCommand implements SlashCommand {
        @Override
        public CommandSpec spec() {
            return CommandSpec.withOptions("slow", "Takes its time", List.of(OptionSpec.flag("public", "Post it")));
        }

        @Override
        public Reply execute(CommandRequest request) {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Reply("done at last", null, List.of(), null, !request.flag("public"));
        }
    }

    @Test
    @DisplayName(
            "GIVEN work slower than the deadline WHEN a command comes THEN it is deferred first, then answered; a public answer follows as a new message")
    void slowWorkIsDeferred() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start();
                TestCore core = TestCore.forPack(TestPacks.mini())) {
            Readers readers = new Readers(
                    core.core().library(),
                    core.stores().progress(),
                    core.stores().channelLevels());
            CommandRouter router = new CommandRouter(List.of(new SlowCommand()), readers);
            DiscordEnvironment environment = new DiscordEnvironment(
                    FakeDiscord.TOKEN,
                    Optional.empty(),
                    Optional.of(discord.restBaseUrl()),
                    Optional.of(discord.gatewayUrl()));
            DiscordBot bot = DiscordBot.start(
                    environment,
                    new AppConfig.Discord(0, null, null, List.of(), null),
                    new BotMetrics(new SimpleMeterRegistry()),
                    outbox -> new DiscordBot.Core(router, () -> {}),
                    Duration.ofMillis(100));
            try {
                bot.commandsRegistered().get(WAIT.toSeconds(), TimeUnit.SECONDS);

                Interaction privately = discord.sendSlashCommand(SlashCommandCall.of("slow"));
                JsonNode deferred = privately.awaitCallback(WAIT);
                assertEquals(5, deferred.path("type").asInt(), "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE");
                assertEquals(64, deferred.path("data").path("flags").asInt() & 64);
                assertEquals(
                        "done at last",
                        privately.awaitOriginalEdit(WAIT).path("content").asText());

                Interaction publicly =
                        discord.sendSlashCommand(SlashCommandCall.of("slow").option("public", true));
                assertEquals(5, publicly.awaitCallback(WAIT).path("type").asInt());
                JsonNode followup = publicly.awaitFollowup(WAIT);
                assertEquals("done at last", followup.path("content").asText());
                assertEquals(0, followup.path("flags").asInt() & 64, "the public answer is a public follow-up");
                assertTrue(publicly.awaitOriginalEdit(WAIT)
                        .path("content")
                        .asText()
                        .startsWith("Done: posted below"));
            } finally {
                bot.close();
            }
        }
    }
}
