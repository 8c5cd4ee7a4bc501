package dev.watchparty.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.e2e.BotProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A database the bot cannot use stops the start with one line that says where, why and what to do; exit 1. */
class StartupErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a file that is not a database                      | not-a-db/bot.db | file is not a database
            a database path whose folder is a file in the way  | blocked/bot.db  | a file of that name is in the way
            """)
    @DisplayName("GIVEN a database the bot cannot open WHEN it starts THEN it prints one clean line and exits with 1")
    void unusableDatabase(String given, String databasePath, String reason, @TempDir Path folder) throws Exception {
        Path database = folder.resolve(databasePath);
        if (databasePath.startsWith("not-a-db")) {
            Files.createDirectories(database.getParent());
            Files.writeString(database, "these are not the bytes of a SQLite database, not even close.".repeat(100));
        } else {
            Files.writeString(database.getParent(), "a file where the folder should be");
        }
        Path config = BotProcess.writeConfig(folder, 5);
        Files.writeString(
                config,
                Files.readString(config)
                        .replace(BotProcess.yamlPath(folder.resolve("bot.db")), BotProcess.yamlPath(database)));
        Path log = folder.resolve("bot.log");
        try (FakeDiscord discord = FakeDiscord.start()) {
            Process bot = BotProcess.launch(
                    discord,
                    List.of(),
                    List.of("dev.watchparty.Main", "--config", config.toString()),
                    log,
                    Map.of("WATCHPARTY_LOG_LEVEL", "WARN"));
            assertTrue(bot.waitFor(60, TimeUnit.SECONDS), "the bot stopped by itself");
            assertEquals(1, bot.exitValue());
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
        String output = String.join("\n", lines);
        assertEquals(
                1, lines.stream().filter(line -> line.startsWith("Cannot ")).count(), output);
        String line =
                lines.stream().filter(l -> l.startsWith("Cannot ")).findFirst().orElseThrow();
        assertTrue(line.contains(database.toString()), "names the path: " + line);
        assertTrue(line.contains(reason), "says why: " + line);
        assertTrue(line.contains("Point storage.database"), "says what to do: " + line);
        assertFalse(output.contains("\tat ") || output.contains("Exception"), "no stack trace: " + output);
    }
}
