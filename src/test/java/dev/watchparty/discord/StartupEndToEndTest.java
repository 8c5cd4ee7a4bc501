package dev.watchparty.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.HelpCommand;
import dev.watchparty.command.Readers;
import dev.watchparty.config.AppConfig;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.SlashCommandCall;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** JDA logs in while the core is still being built; nothing is registered or answered before the core is there. */
@Timeout(30)
class StartupEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final AppConfig.Discord ONE_SHARD = new AppConfig.Discord(0, null, null, List.of(), null);

    private static DiscordEnvironment environment(FakeDiscord discord) {
        return new DiscordEnvironment(
                FakeDiscord.TOKEN,
                Optional.empty(),
                Optional.of(discord.restBaseUrl()),
                Optional.of(discord.gatewayUrl()));
    }

    @Test
    @DisplayName(
            "GIVEN a core still loading WHEN JDA has logged in and a command comes THEN it is deferred, and once the core is ready the commands are registered and the command answered")
    void logsInWhileTheCoreLoads() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start();
                TestCore core = TestCore.forPack(TestPacks.mini())) {
            Readers readers = new Readers(
                    core.core().library(),
                    core.stores().progress(),
                    core.stores().channelLevels());
            CountDownLatch coreMayFinish = new CountDownLatch(1);
            CompletableFuture<DiscordBot> started = CompletableFuture.supplyAsync(() -> DiscordBot.start(
                    environment(discord),
                    ONE_SHARD,
                    new BotMetrics(new SimpleMeterRegistry()),
                    outbox -> {
                        try {
                            coreMayFinish.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        HelpCommand help = new HelpCommand(() -> List.of());
                        return new DiscordBot.Core(new CommandRouter(List.of(help), readers), () -> {});
                    },
                    Duration.ofMillis(100)));

            discord.awaitIdentified(WAIT);
            Interaction early = discord.sendSlashCommand(SlashCommandCall.of("help"));
            assertEquals(
                    5,
                    early.awaitCallback(WAIT).path("type").asInt(),
                    "deferred by the deadline timer while the core loads");
            assertTrue(discord.registeredCommands().isNull(), "no commands before the core knows them");

            coreMayFinish.countDown();
            DiscordBot bot = started.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            try {
                assertEquals(1, bot.commandsRegistered().get(WAIT.toSeconds(), TimeUnit.SECONDS));
                JsonNode registered = discord.registeredCommands();
                assertEquals("help", registered.get(0).path("name").asText());
                assertTrue(early.awaitOriginalEdit(WAIT).path("embeds").size() > 0, "the early command is answered");
            } finally {
                bot.close();
            }
        }
    }

    @Test
    @DisplayName(
            "GIVEN a core that cannot be built WHEN the bot starts THEN the failure comes out of start and JDA disconnects")
    void failedCoreStopsJda() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            IllegalStateException broken = new IllegalStateException("the packs are broken");
            CompletableFuture<DiscordBot> started = CompletableFuture.supplyAsync(() -> DiscordBot.start(
                    environment(discord), ONE_SHARD, new BotMetrics(new SimpleMeterRegistry()), outbox -> {
                        discord.awaitIdentified(WAIT); // fail only once JDA is connected, so there is something to stop
                        throw broken;
                    }));

            ExecutionException failure =
                    assertThrows(ExecutionException.class, () -> started.get(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertInstanceOf(IllegalStateException.class, failure.getCause());
            assertEquals(broken, failure.getCause());
            assertEquals(1000, discord.awaitDisconnected(WAIT), "JDA closes its gateway connection normally");
        }
    }
}
