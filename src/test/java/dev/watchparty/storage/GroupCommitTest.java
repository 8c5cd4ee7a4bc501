package dev.watchparty.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's group commit: transactions that arrive while another holds the connection are committed together, one
 * sync to disk for all, and each still succeeds or fails on its own.
 */
class GroupCommitTest {

    private static final int ARRIVING = 10;

    @TempDir
    Path folder;

    private Database database;
    private SimpleMeterRegistry registry;
    private final List<Thread> callers = new ArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(ARRIVING + 1, runnable -> {
        Thread thread = new Thread(runnable);
        callers.add(thread);
        return thread;
    });

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("bot.db"));
        registry = new SimpleMeterRegistry();
        database.bindMetrics(registry);
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        database.close();
    }

    private double commits() {
        return registry.get("watchparty.db.commits").functionCounter().count();
    }

    private static Database.Work<Integer> insert(int id) {
        return connection -> {
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO health_probe (id, checked_at) VALUES (?, 0)")) {
                insert.setInt(1, id);
                insert.executeUpdate();
            }
            return id;
        };
    }

    private boolean stored(int id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement read = connection.prepareStatement("SELECT 1 FROM health_probe WHERE id = ?")) {
                read.setInt(1, id);
                try (ResultSet row = read.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    @Test
    @DisplayName(
            "GIVEN a transaction holding the connection WHEN ten arrive meanwhile, one failing THEN they commit in one go, and only the failing one is undone and told")
    void arrivalsShareOneCommit() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Integer> holder = pool.submit(() -> database.inTransaction(connection -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return insert(100).apply(connection);
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        double before = commits();
        List<Future<Integer>> arrivals = new ArrayList<>();
        for (int id = 1; id <= ARRIVING - 1; id++) {
            Database.Work<Integer> work = insert(id);
            arrivals.add(pool.submit(() -> database.inTransaction(work)));
        }
        Future<Integer> failing = pool.submit(() -> database.inTransaction(connection -> {
            insert(50).apply(connection);
            throw new IllegalStateException("this one changes its mind");
        }));
        awaitAllWaiting();
        assertTrue(arrivals.stream().noneMatch(Future::isDone), "nobody is told before their commit");

        release.countDown();

        assertEquals(100, holder.get(10, TimeUnit.SECONDS));
        for (int i = 0; i < arrivals.size(); i++) {
            assertEquals(i + 1, arrivals.get(i).get(10, TimeUnit.SECONDS));
        }
        ExecutionException refused = assertThrows(ExecutionException.class, () -> failing.get(10, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, refused.getCause());
        assertEquals(2, commits() - before, "the holder's commit, then one for all ten arrivals");
        for (int id = 1; id <= ARRIVING - 1; id++) {
            assertTrue(stored(id));
        }
        assertTrue(stored(100));
        assertFalse(stored(50), "the failing transaction's write is undone");
    }

    /** Until every caller but the holder is parked on the connection: all of them have queued their work. */
    private void awaitAllWaiting() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            long parked = callers.stream()
                    .filter(thread -> thread.getState() == Thread.State.WAITING)
                    .count();
            // the holder waits for its release, the others for the connection
            if (callers.size() == ARRIVING + 1 && parked == ARRIVING + 1) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the arrivals did not all queue up");
    }
}
