package dev.watchparty.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.SlashCommandCall;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressRestartEndToEndTest {

    @Test
    @DisplayName("GIVEN saved progress WHEN the bot restarts THEN /progress show still has it")
    void progressSurvivesRestart(@TempDir Path folder) {
        try (FakeDiscord discord = FakeDiscord.start();
                BotOnFakeDiscord bot = new BotOnFakeDiscord(discord, folder.resolve("bot.db"))) {
            bot.call(SlashCommandCall.of("progress").subcommand("set").option("episode", "S1E7"));
            bot.restart();
            String shown = bot.call(SlashCommandCall.of("progress").subcommand("show"))
                    .path("data")
                    .path("content")
                    .asText();
            assertTrue(shown.contains("through S1E7 · Catch & Release"), shown);
        }
    }
}
