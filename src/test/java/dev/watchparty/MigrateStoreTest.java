package dev.watchparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.party.Party;
import dev.watchparty.party.PartyStore;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.storage.Database;
import dev.watchparty.storage.TestPostgres;
import dev.watchparty.trivia.AskedQuestion;
import dev.watchparty.trivia.CapSource;
import dev.watchparty.trivia.EndReason;
import dev.watchparty.trivia.RoundSetup;
import dev.watchparty.trivia.ScoredAnswer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate-store}: an operator moves the SQLite file's data into PostgreSQL. */
class MigrateStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-22T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private TestPostgres postgres;
    private Path sqlite;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void fillTheSqliteFile() throws Exception {
        postgres = TestPostgres.freshSchema();
        sqlite = folder.resolve("bot.db");
        try (Database database = Database.open(sqlite)) {
            Stores stores = Stores.on(database, CLOCK);
            stores.progress().save("u1", "show", Progress.through(SpoilerLevel.episode(1, 4)));
            stores.progress().save("u2", "show", Progress.through(SpoilerLevel.episode(1, 9)));
            stores.channelLevels().setLevel("c1", "show", SpoilerLevel.episode(1, 2), "mod");
            stores.trivia()
                    .roundStarted(
                            new RoundSetup(
                                    "r1",
                                    "show",
                                    "g1",
                                    "c1",
                                    "u1",
                                    "One",
                                    SpoilerLevel.PREMISE,
                                    CapSource.CHANNEL,
                                    null,
                                    2,
                                    Duration.ofSeconds(20),
                                    Duration.ofSeconds(5),
                                    false,
                                    Locale.ENGLISH),
                            T0);
            stores.trivia()
                    .answerScored(
                            "r1",
                            new AskedQuestion(
                                    1,
                                    2,
                                    TestPacks.quiz().trivia().get(0),
                                    List.of("a", "b"),
                                    0,
                                    T0,
                                    T0.plusSeconds(20)),
                            new ScoredAnswer("u1", "One", 0, true, 875, Duration.ofSeconds(5)),
                            T0.plusSeconds(5));
            stores.trivia().roundEnded("r1", EndReason.FINISHED, T0.plusSeconds(60));
            stores.trivia().markSeen("c1", "show", "q1", T0);
            stores.parties()
                    .save(new Party(
                            "p1",
                            "show",
                            "g1",
                            "c2",
                            null,
                            "host",
                            Map.of("co", "Co"),
                            Map.of("host", new Party.Member("Host", true, T0)),
                            SpoilerLevel.episode(1, 1),
                            SpoilerLevel.episode(1, 2),
                            1,
                            T0,
                            T0,
                            Locale.GERMAN));
            stores.parties()
                    .schedule(new PartyStore.ScheduledParty(
                            "s1",
                            "g1",
                            "c3",
                            "show",
                            "host",
                            "Host",
                            "Later",
                            "S1E1",
                            T0.plusSeconds(3_600),
                            Locale.forLanguageTag("pt-BR")));
            stores.timeZones().setUserZone("u1", ZoneId.of("Europe/Berlin"));
        }
    }

    @AfterEach
    void dropSchema() throws Exception {
        postgres.close();
    }

    private int migrate(String... extra) {
        out.reset();
        err.reset();
        List<String> arguments = new java.util.ArrayList<>(
                List.of("migrate-store", "--from", sqlite.toString(), "--to", postgres.url()));
        arguments.addAll(List.of(extra));
        return Main.run(
                arguments.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName(
            "GIVEN an SQLite file with progress, levels, a round, a party and a schedule WHEN migrate-store copies it THEN PostgreSQL reads the same, with matching counts")
    void copiesEverything() throws Exception {
        assertEquals(0, migrate(), err.toString(StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("Copied 11 rows"), report);
        assertTrue(report.matches("(?s).*progress\\s+2\\n.*trivia_answer\\s+1\\n.*party_cohost\\s+1\\n.*"), report);
        try (Database database = postgres.open()) {
            Stores stores = Stores.on(database, CLOCK);
            assertEquals(
                    Progress.through(SpoilerLevel.episode(1, 9)),
                    stores.progress().progressOf("u2", "show"));
            assertEquals(SpoilerLevel.episode(1, 2), stores.channelLevels().levelOf("c1", "show"));
            assertEquals(
                    875,
                    stores.trivia().leaderboard("g1", "show", null, 5).get(0).points());
            assertEquals(
                    Map.of("co", "Co"), stores.parties().activeParties().get(0).cohosts());
            assertEquals(Locale.GERMAN, stores.parties().activeParties().get(0).language());
            assertEquals("Later", stores.parties().pendingSchedules().get(0).name());
            assertEquals(
                    Locale.forLanguageTag("pt-BR"),
                    stores.parties().pendingSchedules().get(0).language());
            assertEquals(
                    Optional.of(ZoneId.of("Europe/Berlin")), stores.timeZones().userZone("u1"));
            assertEquals(Set.of("q1"), stores.trivia().seenQuestions("c1", "show"));
        }
    }

    @Test
    @DisplayName(
            "GIVEN a target that already holds data WHEN migrate-store runs again THEN it is refused and nothing changes; with --replace it is copied over, not doubled")
    void refusesANonEmptyTarget() {
        assertEquals(0, migrate());

        assertEquals(1, migrate());
        String refusal = err.toString(StandardCharsets.UTF_8);
        assertTrue(refusal.contains("already holds 11 rows") && refusal.contains("--replace"), refusal);
        assertEquals(0, migrate("--replace"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Copied 11 rows"));
    }

    @Test
    @DisplayName(
            "GIVEN a URL holding a password or a missing file WHEN migrate-store is asked THEN it says what is wrong")
    void badArguments() {
        out.reset();
        int code = Main.run(
                new String[] {"migrate-store", "--from", sqlite.toString(), "--to", postgres.url() + "&password=x"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--to must not hold a password"), err.toString());
        err.reset();
        code = Main.run(
                new String[] {
                    "migrate-store", "--from", folder.resolve("none.db").toString(), "--to", postgres.url()
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("There is no database file"), err.toString());
    }
}
