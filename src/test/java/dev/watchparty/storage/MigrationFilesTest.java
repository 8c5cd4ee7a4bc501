package dev.watchparty.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.spoiler.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema's history as files: released ones never change, and each applies over the data before it. */
class MigrationFilesTest {

    /**
     * SHA-256 of every released migration. A database out there has applied each of these: a change to one
     * would leave it on a schema the code no longer describes. Add a new version instead, and its sum here.
     * SQLite's V1 to V6 were applied by the bot's own runner before Flyway, which takes such a database from its
     * user_version on.
     */
    private static final List<String> RELEASED = List.of(
            "sqlite/V1__progress_and_channel_levels.sql 6b6d99bae6c36707994d2c1e21ecf2cfa9dbd6c2b8d0d1fe7a616f0744504b7b",
            "sqlite/V2__trivia.sql 228a2b01265435ebdbd4bb44c5ef44a933ba114cc85605bb9a708352d73a7330",
            "sqlite/V3__parties.sql a5d5c59dea45749b70733825fa4492d9cee1ed1237828d12468e8521518e7c52",
            "sqlite/V4__private_rounds.sql 660ab62520e48f7fdec2da57377464f60c427a3aa0cab48b11ee2a6dd8c211fd",
            "sqlite/V5__epoch_millisecond_times.sql bb7218645d93bf7000f51a3f0103c29c2df38b63ca297fa8b94a76536a98fd6b",
            "sqlite/V6__health_probe.sql bd618157714c47b97ee1d6ed9dba1f1711c7d0652b3c57e75762eb5ec4dfd9f9",
            "sqlite/V7__time_zones.sql b71bc80284b629e48c8278b4e0f0317435201215655c2f153ed23b1da3107b5a",
            "sqlite/V8__party_schedule_event.sql b7de3b28d6e480bee6cddba6e14cca7bd6b9b1c8be8483ceb1bed30c12d9ba54",
            "sqlite/V9__cohost_names.sql a80e47e670cfec9e3d62cdb97a83d9059eca0eebcb692d7128d01f4e0954cdb4",
            "sqlite/V10__post_language.sql 451b9cfb4b9a0d97c803c05f64d7a0c9f12e9ab6472313119ce0992518b19ea0",
            "sqlite/V11__party_schedule_language.sql c864aa861234c9cd9981a9cf1c0132eac0a2995a9bd614bc0c995b3e67095698",
            "postgresql/V6__schema.sql 7ac642cfe6aa136f1832e8cb6678d0125770817ba3ff3d5a8f059c0ebad1f02a",
            "postgresql/V7__time_zones.sql f7734cb56e9f53fe7eb1fa6b3b5373d24d498967e1d8e0974e6b1bceade96d09",
            "postgresql/V8__party_schedule_event.sql b7de3b28d6e480bee6cddba6e14cca7bd6b9b1c8be8483ceb1bed30c12d9ba54",
            "postgresql/V9__cohost_names.sql a80e47e670cfec9e3d62cdb97a83d9059eca0eebcb692d7128d01f4e0954cdb4",
            "postgresql/V10__post_language.sql 451b9cfb4b9a0d97c803c05f64d7a0c9f12e9ab6472313119ce0992518b19ea0",
            "postgresql/V11__party_schedule_language.sql c864aa861234c9cd9981a9cf1c0132eac0a2995a9bd614bc0c995b3e67095698");

    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db");
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(\\R|$)");

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN the released migrations WHEN their files are read THEN each is byte for byte what was released")
    void releasedMigrationsNeverChange() throws Exception {
        for (String entry : RELEASED) {
            String[] parts = entry.split(" ");
            assertEquals(parts[1], sha256("db/" + parts[0]), parts[0] + " was released and must not change");
        }
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            List<String> all = files.filter(Files::isRegularFile)
                    .map(file -> MIGRATIONS.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            assertEquals(
                    RELEASED.stream().map(entry -> entry.split(" ")[0]).sorted().toList(),
                    all,
                    "every migration file has its checksum here");
        }
    }

    @Test
    @DisplayName(
            "GIVEN each dialect's folder WHEN its files are listed THEN its last version is the one a start takes as up to date")
    void latestVersionMatchesTheFiles() throws Exception {
        for (Database.Dialect dialect : Database.Dialect.values()) {
            Path folder = MIGRATIONS.resolve(dialect.migrations.substring("db/".length()));
            try (Stream<Path> files = Files.list(folder)) {
                int last = files.mapToInt(MigrationFilesTest::version).max().orElseThrow();
                assertEquals(last, dialect.latestVersion, dialect + ": a start would skip Flyway too early or never");
            }
        }
    }

    /** Runs SQLite's first migration files on a connection, as the bot's runner before Flyway did. */
    private static void applyAsBeforeFlyway(Statement statement, int through) throws Exception {
        try (Stream<Path> files = Files.list(MIGRATIONS.resolve("sqlite"))) {
            for (Path file : files.sorted(Comparator.comparingInt(MigrationFilesTest::version))
                    .limit(through)
                    .toList()) {
                String sql = Files.readString(file).replaceAll("(?m)^\\s*--.*$", "");
                for (String statementText : STATEMENT_END.split(sql)) {
                    if (!statementText.isBlank()) {
                        statement.execute(statementText);
                    }
                }
            }
        }
        statement.execute("PRAGMA user_version = " + through);
    }

    /** The version a migration file is named with: 10 for {@code V10__post_language.sql}, which sorts after V9. */
    private static int version(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    @Test
    @DisplayName(
            "GIVEN a database of the release before Flyway, at version 6 WHEN opened THEN Flyway takes it from there and every row is kept")
    void databaseFromBeforeFlywayOpens() throws Exception {
        Path file = folder.resolve("bot.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            applyAsBeforeFlyway(statement, 6);
            statement.execute("INSERT INTO progress VALUES ('u1', 'show', 1, 7, 1764000000000)");
            statement.execute("INSERT INTO trivia_round (round_id, show_id, community, guild_id, channel_id, "
                    + "starter_id, cap, started_at, ended_at, end_reason, private) "
                    + "VALUES ('r1', 'show', 'g1', 'g1', 'c1', 'u1', 'S1E2', 1, 2, 'FINISHED', 0)");
        }
        try (Database database = Database.open(file)) {
            assertEquals(newestVersion(), database.schemaVersion());
            assertEquals(
                    Progress.through(SpoilerLevel.episode(1, 7)),
                    new JdbcProgressStore(database, Clock.systemUTC()).progressOf("u1", "show"));
            assertEquals(Optional.empty(), database.problem(), "the health probe's table is there");
        }
        try (Database database = Database.open(file)) {
            assertEquals(newestVersion(), database.schemaVersion(), "opened again, nothing more to apply");
        }
    }

    @Test
    @DisplayName(
            "GIVEN a database of version 4 with times as ISO text WHEN V5 applies THEN every row is kept, its time in epoch milliseconds")
    void isoTimesBecomeEpochMilliseconds() throws Exception {
        Path file = folder.resolve("bot.db");
        // a database as the release before V5 left it, written as that release wrote its times
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            applyAsBeforeFlyway(statement, 4);
            statement.execute("INSERT INTO progress VALUES ('u1', 'show', 1, 4, '2026-11-22T12:00:00.123456789Z')");
            statement.execute("INSERT INTO channel_level VALUES ('c1', 'show', 1, 2, 'mod', '2026-11-22T12:00:00Z')");
        }
        try (Database database = Database.open(file)) {
            assertEquals(newestVersion(), database.schemaVersion());
            Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
            assertEquals(
                    Progress.through(SpoilerLevel.episode(1, 4)),
                    new JdbcProgressStore(database, clock).progressOf("u1", "show"));
            assertEquals(SpoilerLevel.episode(1, 2), new JdbcChannelLevels(database, clock).levelOf("c1", "show"));
            database.inTransaction(connection -> {
                try (Statement statement = connection.createStatement();
                        ResultSet progress =
                                statement.executeQuery("SELECT updated_at, typeof(updated_at) FROM progress")) {
                    assertTrue(progress.next());
                    assertEquals(Instant.parse("2026-11-22T12:00:00.123Z").toEpochMilli(), progress.getLong(1));
                    assertEquals("integer", progress.getString(2));
                }
                try (Statement statement = connection.createStatement();
                        ResultSet level = statement.executeQuery("SELECT updated_at FROM channel_level")) {
                    assertTrue(level.next());
                    assertEquals(Instant.parse("2026-11-22T12:00:00Z").toEpochMilli(), level.getLong(1));
                }
                return null;
            });
        }
    }

    /** The version of the newest migration, which a database opened by the bot is at. */
    private static int newestVersion() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS.resolve("sqlite"))) {
            return files.map(file -> file.getFileName().toString())
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow();
        }
    }

    private static String sha256(String resource) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = MigrationFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is on the classpath");
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
