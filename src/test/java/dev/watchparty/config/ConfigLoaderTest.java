package dev.watchparty.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped config, and how the environment tells one process of a sharded bot from another. */
class ConfigLoaderTest {

    private static final Path SHIPPED = Path.of("config", "watchparty.yaml");

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN the shipped config and no environment WHEN loaded THEN it is one process on the SQLite file")
    void shippedConfigIsOneProcess() throws Exception {
        AppConfig config = ConfigLoader.load(SHIPPED, Map.of());

        assertFalse(config.storage().isShared());
        assertFalse(config.discord().isPartial());
    }

    @Test
    @DisplayName(
            "GIVEN one image run as shard 1 of 2 WHEN the environment gives its range and the database THEN the config has them")
    void environmentGivesTheShardRange() throws Exception {
        AppConfig config = ConfigLoader.load(
                SHIPPED,
                Map.of(
                        ConfigLoader.SHARDS_TOTAL, "2",
                        ConfigLoader.FIRST_SHARD, "1",
                        ConfigLoader.LAST_SHARD, "1",
                        ConfigLoader.STORAGE_URL, "jdbc:postgresql://db:5432/watchparty"));

        assertEquals(2, config.discord().shardsTotal());
        assertEquals(1, config.discord().firstShard());
        assertTrue(config.discord().isPartial());
        assertEquals("jdbc:postgresql://db:5432/watchparty", config.storage().url());
        assertEquals(10, config.storage().poolSize());
    }

    @Test
    @DisplayName(
            "GIVEN a container WHEN the environment names operators and a bind address THEN they are added to the file's and the health endpoint listens there")
    void environmentGivesOwnersAndHealthBind() throws Exception {
        Path file = folder.resolve("owners.yaml");
        Files.writeString(file, Files.readString(SHIPPED).replace("owners: []", "owners: [\"111\"]"));

        AppConfig config = ConfigLoader.load(
                file, Map.of(ConfigLoader.OWNERS, " 222, 111 ,,333", ConfigLoader.HEALTH_BIND, "0.0.0.0"));

        assertEquals(java.util.List.of("111", "222", "333"), config.discord().owners());
        assertEquals("0.0.0.0", config.health().bind());
        assertEquals(8081, config.health().port(), "the port stays the file's");
        assertEquals("127.0.0.1", ConfigLoader.load(SHIPPED, Map.of()).health().bind());
    }

    @Test
    @DisplayName("GIVEN DISCORD_OWNERS holding a name instead of an id WHEN loaded THEN it is refused saying so")
    void ownersMustBeIds() {
        ConfigLoader.ConfigException error = assertThrows(
                ConfigLoader.ConfigException.class,
                () -> ConfigLoader.load(SHIPPED, Map.of(ConfigLoader.OWNERS, "123,@alice")));

        assertTrue(
                error.getMessage()
                        .contains("DISCORD_OWNERS must be Discord user ids separated by commas, not '@alice'"),
                error.getMessage());
    }

    @Test
    @DisplayName(
            "GIVEN a shard range on the SQLite file, a URL with a password, or a shard that is no number WHEN loaded THEN each is refused saying why")
    void refusals() {
        ConfigLoader.ConfigException sqlite = assertThrows(
                ConfigLoader.ConfigException.class,
                () -> ConfigLoader.load(
                        SHIPPED,
                        Map.of(
                                ConfigLoader.SHARDS_TOTAL,
                                "2",
                                ConfigLoader.FIRST_SHARD,
                                "0",
                                ConfigLoader.LAST_SHARD,
                                "0")));
        assertTrue(sqlite.getMessage().contains("set storage.url"), sqlite.getMessage());

        ConfigLoader.ConfigException password = assertThrows(
                ConfigLoader.ConfigException.class,
                () -> ConfigLoader.load(
                        SHIPPED, Map.of(ConfigLoader.STORAGE_URL, "jdbc:postgresql://db/wp?user=a&password=secret")));
        assertTrue(password.getMessage().contains("WATCHPARTY_DB_PASSWORD"), password.getMessage());
        assertFalse(password.getMessage().contains("secret"), "the password is never echoed");

        ConfigLoader.ConfigException notANumber = assertThrows(
                ConfigLoader.ConfigException.class,
                () -> ConfigLoader.load(SHIPPED, Map.of(ConfigLoader.FIRST_SHARD, "one")));
        assertTrue(notANumber.getMessage().contains("WATCHPARTY_FIRST_SHARD must be a whole number"));
    }

    @Test
    @DisplayName(
            "GIVEN a config file whose storage.url is not PostgreSQL WHEN loaded THEN the error names the file, line and field")
    void badUrlInTheFile() throws Exception {
        Path file = folder.resolve("watchparty.yaml");
        Files.writeString(file, """
                packs:
                  directory: seeds
                storage:
                  url: jdbc:mysql://db/wp
                """);

        ConfigLoader.ConfigException error =
                assertThrows(ConfigLoader.ConfigException.class, () -> ConfigLoader.load(file, Map.of()));

        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        // Jackson reports the line where the storage block ends, where the record is built
        assertTrue(error.getMessage().matches("(?s).*line: [45],.*"), error.getMessage());
        assertTrue(error.getMessage().contains("storage.url must be a PostgreSQL JDBC URL"), error.getMessage());
    }
}
