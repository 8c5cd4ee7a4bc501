package dev.watchparty.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store is healthy only when a real write and read succeed and its file is still there. */
class StorageHealthTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName(
            "GIVEN another connection holding the write lock WHEN health is checked THEN it says busy within one check, and healthy once the lock goes")
    void writeLockedIsUnhealthy() throws Exception {
        Path file = folder.resolve("bot.db");
        try (Database database = Database.open(file);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = other.createStatement()) {
            assertEquals(Optional.empty(), database.problem());
            statement.execute("BEGIN EXCLUSIVE");
            Optional<String> locked = database.problem();
            assertTrue(locked.isPresent() && locked.get().startsWith("a test write failed"), locked.toString());
            statement.execute("COMMIT");
            assertEquals(Optional.empty(), database.problem());
        }
    }

    @Test
    @DisplayName("GIVEN the database file deleted under the bot WHEN health is checked THEN it says the file is gone")
    void deletedFileIsUnhealthy() throws Exception {
        Path file = folder.resolve("bot.db");
        try (Database database = Database.open(file)) {
            Files.delete(file);
            assertEquals(Optional.of("the database file " + file + " is gone"), database.problem());
        }
    }
}
