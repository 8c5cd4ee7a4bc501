package dev.watchparty.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.spoiler.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the SQLite file shows: it is created with its folders, and what it holds survives a reopen. */
class SqliteStoresTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    private static final SpoilerLevel S1E4 = SpoilerLevel.episode(1, 4);

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN saved progress WHEN the database is closed and opened again THEN the progress is still there")
    void progressSurvivesReopen() throws Exception {
        Path file = folder.resolve("nested/dir/bot.db");
        try (Database database = Database.open(file)) {
            JdbcProgressStore store = new JdbcProgressStore(database, CLOCK);
            store.save("u1", "show", Progress.through(S1E4));
            store.save("u2", "show", Progress.through(SpoilerLevel.episode(1, 1)));
            store.save("u2", "show", Progress.through(SpoilerLevel.episode(1, 2)));
        }
        assertTrue(Files.exists(file), "the file and its folders are created on first start");
        try (Database database = Database.open(file)) {
            JdbcProgressStore store = new JdbcProgressStore(database, CLOCK);
            assertEquals(Progress.through(S1E4), store.progressOf("u1", "show"));
            assertEquals(
                    Progress.through(SpoilerLevel.episode(1, 2)), store.progressOf("u2", "show"), "the last save wins");
            assertEquals(Progress.NOTHING, store.progressOf("u1", "other-show"), "progress is per show");
            store.clear("u1", "show");
            assertEquals(Progress.NOTHING, store.progressOf("u1", "show"));
        }
    }

    @Test
    @DisplayName(
            "GIVEN a new database WHEN opened THEN it is migrated to the latest version, and opening again changes nothing")
    void migratesOnce() throws Exception {
        Path file = folder.resolve("bot.db");
        int latest = 11;
        try (Database database = Database.open(file)) {
            assertEquals(latest, database.schemaVersion());
        }
        try (Database database = Database.open(file)) {
            assertEquals(latest, database.schemaVersion());
            assertTrue(database.problem().isEmpty());
        }
    }

    @Test
    @DisplayName("GIVEN a moderator's channel level WHEN read back after a restart THEN it holds; premise removes it")
    void channelLevels() throws Exception {
        Path file = folder.resolve("bot.db");
        try (Database database = Database.open(file)) {
            JdbcChannelLevels levels = new JdbcChannelLevels(database, CLOCK);
            assertEquals(SpoilerLevel.PREMISE, levels.levelOf("c1", "show"));
            levels.setLevel("c1", "show", S1E4, "mod");
        }
        try (Database database = Database.open(file)) {
            JdbcChannelLevels levels = new JdbcChannelLevels(database, CLOCK);
            assertEquals(S1E4, levels.levelOf("c1", "show"));
            levels.setLevel("c1", "show", SpoilerLevel.PREMISE, "mod");
            assertEquals(SpoilerLevel.PREMISE, levels.levelOf("c1", "show"));
        }
    }
}
