package dev.watchparty.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.Stores;
import dev.watchparty.TestPacks;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.pack.TriviaQuestion;
import dev.watchparty.party.Party;
import dev.watchparty.party.PartyStore;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.time.TimeZoneStore;
import dev.watchparty.trivia.AskedQuestion;
import dev.watchparty.trivia.CapSource;
import dev.watchparty.trivia.EndReason;
import dev.watchparty.trivia.RoundSetup;
import dev.watchparty.trivia.ScoredAnswer;
import dev.watchparty.trivia.Standing;
import dev.watchparty.trivia.TriviaStore;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every store promises, whatever the database: one suite, run against SQLite and against PostgreSQL by
 * its subclasses, so the two dialects cannot drift apart.
 */
abstract class StoreContract {

    private static final Instant T0 = Instant.parse("2026-11-22T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final SpoilerLevel S1E2 = SpoilerLevel.episode(1, 2);
    private static final SpoilerLevel S1E4 = SpoilerLevel.episode(1, 4);
    private static final TriviaQuestion QUESTION = TestPacks.quiz().trivia().get(0);

    private Database database;
    private Stores stores;

    /** A new, empty database of the dialect under test. */
    abstract Database openDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        stores = Stores.on(database, CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    @DisplayName("GIVEN progress saved twice for a user WHEN read THEN the last save wins, per show; clear forgets it")
    void progress() {
        stores.progress().save("u1", "show", Progress.through(S1E2));
        stores.progress().save("u1", "show", Progress.through(S1E4));

        assertEquals(Progress.through(S1E4), stores.progress().progressOf("u1", "show"));
        assertEquals(Progress.NOTHING, stores.progress().progressOf("u1", "other-show"));
        stores.progress().clear("u1", "show");
        assertEquals(Progress.NOTHING, stores.progress().progressOf("u1", "show"));
        assertEquals(
                Progress.NOTHING,
                new JdbcProgressStore(database, CLOCK).progressOf("u1", "show"),
                "a fresh store reads the clear from the database");
    }

    @Test
    @DisplayName("GIVEN a channel level WHEN a fresh store reads it THEN it is there; setting the premise removes it")
    void channelLevels() {
        stores.channelLevels().setLevel("c1", "show", S1E4, "mod");

        assertEquals(S1E4, new JdbcChannelLevels(database, CLOCK).levelOf("c1", "show"), "read from the database");
        stores.channelLevels().setLevel("c1", "show", SpoilerLevel.PREMISE, "mod");
        assertEquals(SpoilerLevel.PREMISE, new JdbcChannelLevels(database, CLOCK).levelOf("c1", "show"));
    }

    private static RoundSetup round(String id, String guild, String channel, boolean privateRound) {
        return round(id, guild, channel, privateRound, Locale.ENGLISH);
    }

    private static RoundSetup round(String id, String guild, String channel, boolean privateRound, Locale language) {
        return new RoundSetup(
                id,
                "show",
                guild,
                channel,
                "u1",
                "One",
                S1E2,
                CapSource.CHANNEL,
                null,
                3,
                Duration.ofSeconds(20),
                Duration.ofSeconds(5),
                privateRound,
                language);
    }

    private static AskedQuestion asked(int number) {
        return new AskedQuestion(number, 3, QUESTION, List.of("a", "b", "c", "d"), 0, T0, T0.plusSeconds(20));
    }

    private void answer(String round, int number, String user, boolean correct, int points, long millis) {
        stores.trivia()
                .answerScored(
                        round,
                        asked(number),
                        new ScoredAnswer(
                                user, "Name " + user, correct ? 0 : 1, correct, points, Duration.ofMillis(millis)),
                        T0.plusMillis(millis));
    }

    @Test
    @DisplayName(
            "GIVEN two channel rounds and a private one WHEN the board is read THEN channel points rank, ties go to the faster, private answers count only in stats")
    void leaderboardAndStats() {
        TriviaStore trivia = stores.trivia();
        trivia.roundStarted(round("r1", "g1", "c1", false), T0);
        trivia.roundStarted(round("r2", "g1", "c2", false), T0);
        trivia.roundStarted(round("solo", "g1", "c1", true), T0);
        answer("r1", 1, "fast", true, 900, 2_000);
        answer("r1", 1, "slow", true, 600, 9_000);
        answer("r2", 1, "slow", true, 300, 1_000);
        answer("r2", 2, "fast", false, 0, 3_000);
        answer("solo", 1, "fast", true, 1_000, 500);

        List<Standing> board = trivia.leaderboard("g1", "show", null, 10);

        assertEquals(
                List.of("fast", "slow"), board.stream().map(Standing::userId).toList(), "900 = 900: the faster");
        assertEquals(900, board.get(0).points(), "the private round's 1,000 points are not on the board");
        assertEquals(Duration.ofMillis(2_000), board.get(0).time());
        assertEquals(
                List.of(300L, 0L),
                trivia.channelStandings("c2", "show", T0, 10).stream()
                        .map(Standing::points)
                        .toList(),
                "one channel's rounds only: slow's 300 there, fast's miss");
        TriviaStore.PlayerStats stats = trivia.stats("g1", "show", "fast").orElseThrow();
        assertEquals(3, stats.rounds());
        assertEquals(3, stats.answered());
        assertEquals(2, stats.correct());
        assertEquals(1_900, stats.points());
        assertEquals(Optional.empty(), trivia.stats("g1", "show", "nobody"));
    }

    @Test
    @DisplayName(
            "GIVEN rounds started WHEN one ends THEN only the others are unfinished; an answer locked in twice is refused")
    void unfinishedRounds() {
        TriviaStore trivia = stores.trivia();
        trivia.roundStarted(round("r1", "g1", "c1", false), T0);
        trivia.roundStarted(round("r2", null, "dm", true), T0.plusSeconds(1));
        trivia.roundEnded("r1", EndReason.FINISHED, T0.plusSeconds(60));
        trivia.roundEnded("r1", EndReason.INTERRUPTED, T0.plusSeconds(90));

        List<TriviaStore.StoredRound> unfinished = trivia.unfinishedRounds();
        assertEquals(1, unfinished.size());
        assertEquals("r2", unfinished.get(0).roundId());
        assertEquals(null, unfinished.get(0).guildId());
        assertTrue(unfinished.get(0).privateRound());
        answer("r2", 1, "u1", true, 800, 1_000);
        assertThrows(StorageException.class, () -> answer("r2", 1, "u1", false, 0, 2_000), "one answer per question");
        assertEquals(800, trivia.roundStandings("r2").get(0).points(), "and the first one stands");
    }

    @Test
    @DisplayName(
            "GIVEN rounds started in German, in Brazilian Portuguese and before rounds kept a language WHEN read back after a restart THEN each has its own, the old one English")
    void roundLanguage() {
        TriviaStore trivia = stores.trivia();
        trivia.roundStarted(round("de", "g1", "c1", false, Locale.GERMAN), T0);
        trivia.roundStarted(round("pt", null, "dm", true, Locale.forLanguageTag("pt-BR")), T0.plusSeconds(1));
        trivia.roundStarted(round("old", "g2", "c2", false, Locale.GERMAN), T0.plusSeconds(2));
        // a row written before V10 has no language at all
        database.inTransaction(connection ->
                Sql.execute(connection, "UPDATE trivia_round SET language = NULL WHERE round_id = ?", "old"));

        assertEquals(
                List.of(Locale.GERMAN, Locale.forLanguageTag("pt-BR"), Locale.ENGLISH),
                new JdbcTriviaStore(database)
                        .unfinishedRounds().stream()
                                .map(TriviaStore.StoredRound::language)
                                .toList(),
                "read by a fresh store, as after a restart");
    }

    @Test
    @DisplayName("GIVEN questions seen in a channel WHEN marked again THEN each counts once; forgetting clears them")
    void seenQuestions() {
        TriviaStore trivia = stores.trivia();
        trivia.markSeen("c1", "show", "q1", T0);
        trivia.markSeen("c1", "show", "q1", T0.plusSeconds(5));
        trivia.markSeen("c1", "show", "q2", T0);
        trivia.markSeen("c2", "show", "q3", T0);

        assertEquals(Set.of("q1", "q2"), trivia.seenQuestions("c1", "show"));
        trivia.forgetSeen("c1", "show");
        assertEquals(Set.of(), trivia.seenQuestions("c1", "show"));
        assertEquals(Set.of("q3"), trivia.seenQuestions("c2", "show"));
    }

    private static Party party(String id, String channel) {
        return party(id, channel, Locale.ENGLISH);
    }

    private static Party party(String id, String channel, Locale language) {
        return new Party(
                id,
                "show",
                "g1",
                channel,
                "Friday night",
                "host",
                Map.of("co", "Cora"),
                Map.of("host", new Party.Member("Host", true, T0)),
                SpoilerLevel.PREMISE,
                SpoilerLevel.episode(1, 1),
                0,
                T0,
                T0,
                language);
    }

    @Test
    @DisplayName(
            "GIVEN a party saved, then a change of it WHEN the active ones are read THEN it comes back as last saved, until it ends")
    void parties() {
        PartyStore parties = stores.parties();
        Party started = party("p1", "c1");
        parties.save(started);
        Party moved = new Party(
                "p1",
                "show",
                "g1",
                "c1",
                "Friday night",
                "host",
                Map.of(),
                Map.of(
                        "host", new Party.Member("Host", true, T0),
                        "late", new Party.Member("Late", false, T0.plusSeconds(60))),
                S1E2,
                SpoilerLevel.episode(1, 3),
                2,
                T0,
                T0.plusSeconds(120),
                Locale.ENGLISH);
        parties.update(started, moved);

        assertEquals(List.of(moved), parties.activeParties());
        parties.ended("p1", "HOST", T0.plusSeconds(200));
        assertEquals(List.of(), parties.activeParties());
    }

    private static Party.Member member(String name, int joinedAfterSeconds) {
        return new Party.Member(name, true, T0.plusSeconds(joinedAfterSeconds));
    }

    /** {@code party} with these members, in this order, last active a second later. */
    private static Party withMembers(Party party, Map<String, Party.Member> members) {
        return new Party(
                party.id(),
                party.showId(),
                party.guildId(),
                party.channelId(),
                party.name(),
                party.hostId(),
                party.cohosts(),
                members,
                party.finished(),
                party.upNext(),
                party.episodesWatched(),
                party.startedAt(),
                party.lastActivity().plusSeconds(1),
                party.language());
    }

    private static Map<String, Party.Member> members(Object... idsAndMembers) {
        Map<String, Party.Member> members = new LinkedHashMap<>();
        for (int i = 0; i < idsAndMembers.length; i += 2) {
            members.put((String) idsAndMembers[i], (Party.Member) idsAndMembers[i + 1]);
        }
        return members;
    }

    private List<String> memberIdsAsRead(String partyId) {
        return new JdbcPartyStore(database)
                .activeParties().stream()
                        .filter(party -> party.id().equals(partyId))
                        .findFirst()
                        .map(party -> List.copyOf(party.members().keySet()))
                        .orElseThrow();
    }

    @Test
    @DisplayName(
            "GIVEN a party of host and a WHEN b joins, a leaves, a joins again and c joins, each kept as a change THEN a fresh store reads host, b, a, c in that order")
    void membersKeepTheirOrderAcrossChanges() {
        PartyStore parties = stores.parties();
        Party.Member host = member("Host", 0);
        Party started = withMembers(party("p1", "c1"), members("host", host, "a", member("A", 1)));
        parties.save(started);

        Party bJoined = withMembers(started, members("host", host, "a", member("A", 1), "b", member("B", 2)));
        parties.update(started, bJoined);
        Party aLeft = withMembers(bJoined, members("host", host, "b", member("B", 2)));
        parties.update(bJoined, aLeft);
        Party aBack = withMembers(aLeft, members("host", host, "b", member("B", 2), "a", member("A", 3)));
        parties.update(aLeft, aBack);
        Party cJoined = withMembers(
                aBack, members("host", host, "b", member("B", 2), "a", member("A", 3), "c", member("C", 4)));
        parties.update(aBack, cJoined);

        assertEquals(List.of("host", "b", "a", "c"), memberIdsAsRead("p1"));
        assertEquals(List.of(cJoined), new JdbcPartyStore(database).activeParties(), "a's second joining time too");
    }

    @Test
    @DisplayName(
            "GIVEN a party of host, a, b and c WHEN one change holds a's leaving and joining again, d's joining and b's stopping to follow THEN it reads back as host, b, c, a, d with b not following")
    void oneChangeOfSeveralSteps() {
        PartyStore parties = stores.parties();
        Party.Member host = member("Host", 0);
        Party started = withMembers(
                party("p1", "c1"),
                members("host", host, "a", member("A", 1), "b", member("B", 2), "c", member("C", 3)));
        parties.save(started);

        Party.Member bNotFollowing = new Party.Member("B", false, T0.plusSeconds(2));
        Party after = withMembers(
                started,
                members(
                        "host",
                        host,
                        "b",
                        bNotFollowing,
                        "c",
                        member("C", 3),
                        "a",
                        member("A", 5),
                        "d",
                        member("D", 6)));
        parties.update(started, after);

        assertEquals(List.of("host", "b", "c", "a", "d"), memberIdsAsRead("p1"));
        assertEquals(List.of(after), new JdbcPartyStore(database).activeParties());
    }

    @Test
    @DisplayName(
            "GIVEN rows of a member and a co-host altered behind the store's back WHEN another member stops following THEN only that member's row and the party's are written")
    void aChangeWritesOnlyWhatChanged() {
        PartyStore parties = stores.parties();
        Party.Member host = member("Host", 0);
        Party started = withMembers(party("p1", "c1"), members("host", host, "a", member("A", 1)));
        parties.save(started);
        database.inTransaction(connection -> {
            Sql.execute(connection, "UPDATE party_member SET display_name = 'Altered' WHERE user_id = 'host'");
            return Sql.execute(connection, "UPDATE party_cohost SET display_name = 'Altered' WHERE user_id = 'co'");
        });

        Party aNotFollowing =
                withMembers(started, members("host", host, "a", new Party.Member("A", false, T0.plusSeconds(1))));
        parties.update(started, aNotFollowing);

        Party read = new JdbcPartyStore(database).activeParties().get(0);
        assertFalse(read.members().get("a").followsProgress(), "a's change is kept");
        assertEquals(aNotFollowing.lastActivity(), read.lastActivity(), "and so is the party's own");
        assertEquals("Altered", read.members().get("host").displayName(), "the host's row was not written again");
        assertEquals("Altered", read.cohosts().get("co"), "nor the co-host's");
        assertEquals(List.of("host", "a"), List.copyOf(read.members().keySet()));
    }

    @Test
    @DisplayName(
            "GIVEN a scheduled party WHEN two processes try to open it THEN exactly one does, with the party saved")
    void scheduledPartyOpensOnce() throws Exception {
        PartyStore.ScheduledParty planned = new PartyStore.ScheduledParty(
                "p9", "g1", "c9", "show", "host", "Host", null, "S1E1", T0.plusSeconds(3_600), Locale.ENGLISH);
        stores.parties().schedule(planned);
        assertEquals(List.of(planned), stores.parties().pendingSchedules());

        PartyStore other = new JdbcPartyStore(database);
        assertTrue(stores.parties().openScheduled("p9", party("p9", "c9")));
        assertFalse(other.openScheduled("p9", party("p9", "c9")), "the second try finds it opened");

        assertEquals(List.of(), stores.parties().pendingSchedules());
        assertEquals(1, stores.parties().activeParties().size());
    }

    @Test
    @DisplayName(
            "GIVEN parties started in German and Brazilian Portuguese and a schedule planned in French WHEN a fresh store reads them THEN each keeps its language, and so does the party the schedule opens")
    void partyLanguages() {
        Locale brazilian = Locale.forLanguageTag("pt-BR");
        stores.parties().save(party("p1", "c1", Locale.GERMAN));
        stores.parties().save(party("p2", "c2", brazilian));
        stores.parties()
                .schedule(new PartyStore.ScheduledParty(
                        "p3", "g1", "c3", "show", "host", "Host", null, "S1E1", T0.plusSeconds(3_600), Locale.FRENCH));

        PartyStore fresh = new JdbcPartyStore(database);
        assertEquals(
                List.of(Locale.GERMAN, brazilian),
                fresh.activeParties().stream().map(Party::language).toList());
        assertEquals(Locale.FRENCH, fresh.pendingSchedules().get(0).language());
        assertTrue(fresh.openScheduled("p3", party("p3", "c3", Locale.FRENCH)));
        assertEquals(
                Locale.FRENCH,
                new JdbcPartyStore(database).activeParties().get(2).language(),
                "the opened party keeps it");
    }

    @Test
    @DisplayName(
            "GIVEN a party and a schedule from before languages were kept WHEN read THEN they are English; a co-host from before names were kept has no name, for the card to word")
    void rowsFromBeforeLanguages() {
        stores.parties().save(party("p1", "c1", Locale.GERMAN));
        stores.parties()
                .schedule(new PartyStore.ScheduledParty(
                        "p2", "g1", "c2", "show", "host", "Host", null, "S1E1", T0.plusSeconds(3_600), Locale.GERMAN));
        database.inTransaction(connection -> {
            Sql.execute(connection, "UPDATE party SET language = NULL");
            Sql.execute(connection, "UPDATE party_schedule SET language = NULL");
            return Sql.execute(connection, "UPDATE party_cohost SET display_name = NULL");
        });

        Party party = stores.parties().activeParties().get(0);
        assertEquals(Locale.ENGLISH, party.language());
        assertEquals(Locale.ENGLISH, stores.parties().pendingSchedules().get(0).language());
        assertTrue(party.cohosts().containsKey("co"));
        assertNull(party.cohosts().get("co"), "Cora was never a member, so no name is known");
    }

    @Test
    @DisplayName(
            "GIVEN time zones saved for a user and a server WHEN a fresh store reads them THEN the last of each is there, each apart")
    void timeZones() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        stores.timeZones().setUserZone("u1", ZoneId.of("Asia/Tokyo"));
        stores.timeZones().setUserZone("u1", berlin);
        stores.timeZones().setServerZone("g1", ZoneId.of("America/New_York"), "mod");

        TimeZoneStore fresh = new JdbcTimeZoneStore(database, CLOCK);
        assertEquals(Optional.of(berlin), fresh.userZone("u1"));
        assertEquals(Optional.of(ZoneId.of("America/New_York")), fresh.serverZone("g1"));
        assertEquals(Optional.empty(), fresh.userZone("u2"));
        assertEquals(Optional.empty(), fresh.serverZone("u1"), "a user's zone is not a server's");
    }

    @Test
    @DisplayName("GIVEN a saved zone the tz database no longer has WHEN read THEN it is unset, not a failure")
    void vanishedTimeZone() {
        database.inTransaction(connection -> Sql.execute(
                connection,
                "INSERT INTO user_time_zone (user_id, zone_id, updated_at) VALUES (?, ?, ?)",
                "u1",
                "Mars/Olympus_Mons",
                T0.toEpochMilli()));

        assertEquals(Optional.empty(), stores.timeZones().userZone("u1"));
    }

    @Test
    @DisplayName(
            "GIVEN a scheduled party WHEN its server event is recorded THEN another store reads it; a schedule without one has none")
    void scheduledPartyEvent() {
        stores.parties()
                .schedule(new PartyStore.ScheduledParty(
                        "p9", "g1", "c9", "show", "host", "Host", null, "S1E1", T0.plusSeconds(3_600), Locale.ENGLISH));
        assertEquals(Optional.empty(), stores.parties().plannedEvent("p9"), "not made yet");

        stores.parties().eventPlanned("p9", "1234567890");
        assertEquals(Optional.of("1234567890"), new JdbcPartyStore(database).plannedEvent("p9"));
        assertEquals(Optional.empty(), stores.parties().plannedEvent("unknown"));
    }

    @Test
    @DisplayName("GIVEN metrics bound to the database WHEN stores read and write THEN every transaction is timed")
    void transactionsAreTimed() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        database.bindMetrics(registry);

        stores.progress().save("u1", "show", Progress.through(S1E2));
        stores.trivia().seenQuestions("c1", "show");

        Timer timer = registry.get("watchparty.db.transaction").timer();
        assertEquals(2, timer.count());
        assertTrue(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) > 0);
    }

    /** The database under test, for what one dialect alone shows. */
    Database database() {
        return database;
    }

    @Test
    @DisplayName("GIVEN a working database WHEN the health check asks THEN a real write and read succeed")
    void healthProbe() {
        assertEquals(Optional.empty(), database.problem());
        assertEquals(Optional.empty(), database.problem(), "and again, over the row the first one wrote");
    }
}
