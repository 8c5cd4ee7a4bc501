package dev.watchparty.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.MessageView;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.e2e.BotOnFakeDiscord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bot on the fake Discord, its database write-locked by another connection (as another process in
 * {@code BEGIN EXCLUSIVE} would) for longer than a write waits: every interaction sent meanwhile is
 * acknowledged, the write is deferred and then answered with an apology, none is left unanswered, and the
 * same write works once the lock goes.
 */
class DatabaseLockedEndToEndTest {

    private static final Duration WAIT = BotOnFakeDiscord.WAIT;
    private static final long VIEWER = 300_000_000_000_000_501L;
    private static final long OTHER = 300_000_000_000_000_502L;

    @Test
    @DisplayName(
            "GIVEN the database write-locked by another connection WHEN a write and four more interactions arrive THEN all are acknowledged and the write is answered after, with an apology")
    void interactionsBehindALockedDatabaseAreAnswered(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bot.db");
        try (FakeDiscord discord = FakeDiscord.start();
                BotOnFakeDiscord bot = new BotOnFakeDiscord(discord, file);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            Interaction write = bot.send(SlashCommandCall.of("progress")
                    .subcommand("set")
                    .user(VIEWER, "viewer")
                    .option("episode", "S1E3"));
            List<Interaction> behind = List.of(
                    bot.send(SlashCommandCall.of("show").user(OTHER, "other")),
                    bot.send(SlashCommandCall.of("help").user(OTHER, "other")),
                    discord.sendAutocomplete(SlashCommandCall.of("character")
                            .user(OTHER, "other")
                            .focused("name", "be")),
                    bot.send(SlashCommandCall.of("show").user(OTHER, "other").inDm()));
            for (Interaction interaction : behind) {
                int type = interaction.awaitCallback(WAIT).path("type").asInt();
                assertTrue(type == 4 || type == 5 || type == 8, "acknowledged: " + type);
            }
            JsonNode writeCallback = write.awaitCallback(WAIT);
            assertEquals(
                    5, writeCallback.path("type").asInt(), () -> "the write waits, deferred in time: " + writeCallback);
            // the lock outlasts the write's busy timeout: the write gives up, and says so
            String text = write.awaitOriginalEdit(WAIT).path("content").asText();
            assertTrue(text.startsWith("Sorry, something went wrong on my side"), text);
            lock.execute("COMMIT");
            JsonNode retried = bot.call(SlashCommandCall.of("progress")
                    .subcommand("set")
                    .user(VIEWER, "viewer")
                    .option("episode", "S1E3"));
            assertTrue(retried.path("data").path("content").asText().startsWith("Saved"), "once the lock goes");
            for (Interaction interaction : behind) {
                if (interaction.awaitCallback(WAIT).path("type").asInt() == 5) {
                    JsonNode after = interaction.awaitOriginalEdit(WAIT);
                    assertFalse(MessageView.of(after).text().isEmpty(), "a deferred one is answered after: " + after);
                }
            }
        }
    }
}
