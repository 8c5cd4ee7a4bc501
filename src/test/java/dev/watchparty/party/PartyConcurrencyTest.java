package dev.watchparty.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.storage.StorageException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * Clicks at the same time: those on parties of different channels never wait for each other, and those on one
 * party are kept in the order they were made, each answered only once its change is written.
 */
class PartyConcurrencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final TestCore test = TestCore.forPack(TestPacks.mini());
    private final PartyStore store = Mockito.spy(test.stores().parties());
    private final Catalog catalog = new Catalog(TestPacks.mini());
    private final PartyService parties = new PartyService(
            store,
            test.stores().progress(),
            test.channel(),
            test.time().clock,
            test.time(),
            TestCore.PARTY_IDLE,
            new Random(1),
            show -> catalog.episodeOrder());

    /** Counted down once the first held write has begun. */
    private final CountDownLatch writing = new CountDownLatch(1);
    /** What the first held write waits for. */
    private final CountDownLatch goOn = new CountDownLatch(1);
    /** The writes of the held channel's party, counted as they begin. */
    private final AtomicInteger writes = new AtomicInteger();

    private final List<Thread> clickers = new ArrayList<>();

    @AfterEach
    void close() throws InterruptedException {
        goOn.countDown();
        for (Thread clicker : clickers) {
            clicker.join(PATIENCE.toMillis());
        }
        test.close();
    }

    private PartyService.Opening opening(String guildId, String channelId) {
        return new PartyService.Opening(
                "mini", guildId, channelId, "host", "Host", "Friday", SpoilerLevel.episode(1, 1), Locale.ENGLISH);
    }

    /**
     * The first write of the change of the party in {@code channelId} waits until {@link #goOn}; the second fails
     * if {@code secondFails}.
     */
    private void holdFirstWriteOf(String channelId, boolean secondFails) {
        Mockito.doAnswer(call -> {
                    int write = writes.incrementAndGet();
                    if (write == 1) {
                        writing.countDown();
                        assertTrue(goOn.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
                    } else if (write == 2 && secondFails) {
                        throw new StorageException("database or disk is full", null);
                    }
                    return call.callRealMethod();
                })
                .when(store)
                .update(
                        Mockito.any(),
                        Mockito.argThat(after -> after.channelId().equals(channelId)));
    }

    /** Clicks on a thread of its own; what it returns, or what it throws, is the future's. */
    private CompletableFuture<Party> click(Supplier<Party> action) {
        CompletableFuture<Party> outcome = new CompletableFuture<>();
        clickers.add(Thread.ofPlatform().start(() -> {
            try {
                outcome.complete(action.get());
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        }));
        return outcome;
    }

    private Party outcome(CompletableFuture<Party> click) throws Exception {
        return click.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until every clicker but the first is parked: queued behind the party's lock, which the first holds. */
    private void awaitQueuedBehindFirst() throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (clickers.stream().skip(1).anyMatch(clicker -> clicker.getState() != Thread.State.WAITING)) {
            assertTrue(System.nanoTime() < deadline, "the clicks did not queue");
            Thread.sleep(1);
        }
    }

    private Party stored(String channelId) {
        return test.stores().parties().activeParties().stream()
                .filter(party -> party.channelId().equals(channelId))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> memberIds(Party party) {
        return List.copyOf(party.members().keySet());
    }

    @Test
    @DisplayName(
            "GIVEN a join in one server whose write is held up WHEN a member joins a party in another server THEN that join is kept and answered at once, and the first only once its write goes on")
    void partiesOfOtherChannelsDoNotWait() throws Exception {
        parties.start(opening("guild-a", "a"));
        parties.start(opening("guild-b", "b"));
        holdFirstWriteOf("a", false);

        CompletableFuture<Party> annJoins = click(() -> parties.join("a", "ann", "Ann"));
        assertTrue(writing.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), "a's write began");
        Party bobJoined = outcome(click(() -> parties.join("b", "bob", "Bob")));

        assertTrue(bobJoined.member("bob").isPresent());
        assertTrue(stored("b").member("bob").isPresent(), "bob's join is written");
        assertFalse(annJoins.isDone(), "ann is not answered before her join is written");
        assertTrue(parties.partyIn("a").orElseThrow().member("ann").isEmpty(), "nor is it shown");
        goOn.countDown();
        assertTrue(outcome(annJoins).member("ann").isPresent());
        assertTrue(stored("a").member("ann").isPresent());
    }

    @Test
    @DisplayName(
            "GIVEN a join whose write is held up WHEN four more members join the same party meanwhile THEN none is answered before the write, and all four are kept in one more write, in the order made")
    void clicksWaitingOnOnePartyShareOneWrite() throws Exception {
        parties.start(opening("guild", "c1"));
        holdFirstWriteOf("c1", false);
        CompletableFuture<Party> first = click(() -> parties.join("c1", "first", "First"));
        assertTrue(writing.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
        List<CompletableFuture<Party>> meanwhile = new ArrayList<>();
        for (String name : List.of("b", "c", "d", "e")) {
            meanwhile.add(click(() -> parties.join("c1", name, name.toUpperCase(Locale.ROOT))));
        }
        awaitQueuedBehindFirst();

        assertTrue(meanwhile.stream().noneMatch(CompletableFuture::isDone), "nobody is answered before a write");
        goOn.countDown();
        outcome(first);
        for (CompletableFuture<Party> click : meanwhile) {
            outcome(click);
        }

        assertEquals(2, writes.get(), "the four waiting joins went in one write");
        Party kept = parties.partyIn("c1").orElseThrow();
        assertEquals(Set.of("host", "first", "b", "c", "d", "e"), Set.copyOf(memberIds(kept)));
        assertEquals(memberIds(kept), memberIds(stored("c1")), "stored in the order the service made them");
        assertEquals(kept, stored("c1"));
    }

    @Test
    @DisplayName(
            "GIVEN joins waiting behind a held-up write WHEN their shared write fails THEN each is told of the failure, the party stays as kept, and the next join works")
    void aFailedSharedWriteFailsEveryChangeInIt() throws Exception {
        parties.start(opening("guild", "c1"));
        holdFirstWriteOf("c1", true);
        CompletableFuture<Party> first = click(() -> parties.join("c1", "first", "First"));
        assertTrue(writing.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
        List<CompletableFuture<Party>> meanwhile = new ArrayList<>();
        for (String name : List.of("b", "c", "d")) {
            meanwhile.add(click(() -> parties.join("c1", name, name.toUpperCase(Locale.ROOT))));
        }
        awaitQueuedBehindFirst();
        goOn.countDown();
        outcome(first);

        for (CompletableFuture<Party> click : meanwhile) {
            ExecutionException failed = assertThrows(ExecutionException.class, () -> outcome(click));
            assertInstanceOf(StorageException.class, failed.getCause());
        }
        assertEquals(List.of("host", "first"), memberIds(parties.partyIn("c1").orElseThrow()));
        assertEquals(List.of("host", "first"), memberIds(stored("c1")));
        parties.join("c1", "c", "C");
        assertEquals(List.of("host", "first", "c"), memberIds(stored("c1")));
    }

    @Test
    @DisplayName(
            "GIVEN eight threads each joining and leaving with members of their own WHEN all have clicked THEN the stored party is the service's, members in the same order")
    void concurrentClicksOnOnePartyAreStoredInOrder() throws Exception {
        parties.start(opening("guild", "c1"));
        int threads = 8;
        CyclicBarrier together = new CyclicBarrier(threads);
        List<CompletableFuture<Party>> done = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            String prefix = "t" + thread + "-";
            done.add(click(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                Set<String> joined = new HashSet<>();
                Party last = null;
                for (int i = 0; i < 30; i++) {
                    String userId = prefix + (i * 7 % 5);
                    last = joined.remove(userId) ? parties.leave("c1", userId) : parties.join("c1", userId, userId);
                    if (last.member(userId).isPresent()) {
                        joined.add(userId);
                    }
                }
                return last;
            }));
        }
        for (CompletableFuture<Party> thread : done) {
            outcome(thread);
        }

        Party kept = parties.partyIn("c1").orElseThrow();
        assertEquals(memberIds(kept), memberIds(stored("c1")));
        assertEquals(kept, stored("c1"));
    }
}
