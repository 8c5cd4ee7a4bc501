package dev.watchparty.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.spoiler.Progress;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two processes on one PostgreSQL, as two {@link Database}s with caches of their own: a write in one reaches the
 * other's cache, also after the other lost its change feed for a while.
 */
class PostgresCoherenceTest {

    private static final Duration DELIVERY = Duration.ofSeconds(5);
    private static final Progress S1E4 = Progress.through(SpoilerLevel.episode(1, 4));
    private static final Progress S1E6 = Progress.through(SpoilerLevel.episode(1, 6));

    private TestPostgres postgres;
    private Database first;
    private Database second;

    @BeforeEach
    void open() throws Exception {
        postgres = TestPostgres.freshSchema();
        first = postgres.open();
        second = postgres.open();
    }

    @AfterEach
    void close() throws Exception {
        if (first != null) {
            first.close();
            second.close();
        }
        postgres.close();
    }

    /** Waits until the value is what is expected, failing with the last value seen. */
    private static <T> void awaitValue(T expected, Supplier<T> read, String what) throws InterruptedException {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        T seen = read.get();
        while (!expected.equals(seen) && System.nanoTime() < deadline) {
            Thread.sleep(5);
            seen = read.get();
        }
        assertEquals(expected, seen, what);
    }

    @Test
    @DisplayName(
            "GIVEN process B has cached a user's progress WHEN process A saves a new one THEN B reads A's, not its cache")
    void progressWrittenElsewhereIsSeen() throws Exception {
        JdbcProgressStore a = new JdbcProgressStore(first, Clock.systemUTC());
        JdbcProgressStore b = new JdbcProgressStore(second, Clock.systemUTC());
        assertEquals(Progress.NOTHING, b.progressOf("u1", "show"), "B has read, and cached, nothing watched");

        a.save("u1", "show", S1E4);

        awaitValue(S1E4, () -> b.progressOf("u1", "show"), "B hears of A's write");
        a.clear("u1", "show");
        awaitValue(Progress.NOTHING, () -> b.progressOf("u1", "show"), "and of A's clear");
    }

    @Test
    @DisplayName(
            "GIVEN process B's change feed is cut WHEN A writes meanwhile THEN B reads from the database until its feed is back, and its cache is current after")
    void lostFeedBypassesTheCache() throws Exception {
        JdbcProgressStore a = new JdbcProgressStore(first, Clock.systemUTC());
        JdbcChannelLevels levelsA = new JdbcChannelLevels(first, Clock.systemUTC());
        JdbcProgressStore b = new JdbcProgressStore(second, Clock.systemUTC());
        JdbcChannelLevels levelsB = new JdbcChannelLevels(second, Clock.systemUTC());
        assertEquals(Progress.NOTHING, b.progressOf("u1", "show"));
        assertEquals(SpoilerLevel.PREMISE, levelsB.levelOf("c1", "show"));

        // every feed's listening connection is ended by the server, as a failover or a network cut would
        postgres.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                + PostgresChangeFeed.APPLICATION_NAME + "'");
        awaitValue(false, second.changes()::isLive, "B notices its feed is gone");
        a.save("u1", "show", S1E4);
        levelsA.setLevel("c1", "show", SpoilerLevel.episode(1, 3), "mod");

        assertEquals(S1E4, b.progressOf("u1", "show"), "without a feed, B reads the database");
        awaitValue(true, second.changes()::isLive, "B's feed reconnects");
        assertEquals(S1E4, b.progressOf("u1", "show"));
        assertEquals(SpoilerLevel.episode(1, 3), levelsB.levelOf("c1", "show"), "the stale level was forgotten");
        a.save("u1", "show", S1E6);
        awaitValue(S1E6, () -> b.progressOf("u1", "show"), "and writes reach B again");
    }
}
