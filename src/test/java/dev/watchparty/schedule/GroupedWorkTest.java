package dev.watchparty.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupedWorkTest {

    /** An item: a name, and whether it is done. */
    private record Item(String name, CompletableFuture<Void> outcome) {
        Item(String name) {
            this(name, new CompletableFuture<>());
        }
    }

    @Test
    @DisplayName(
            "GIVEN the owner holding the lock WHEN three items are submitted meanwhile THEN they are done in one group, in the order they came, and each caller returns")
    void itemsThatArriveTogetherGoTogether() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        List<List<String>> groups = new CopyOnWriteArrayList<>();
        GroupedWork<Item> work = new GroupedWork<>(lock, item -> item.outcome().isDone(), group -> {
            groups.add(group.stream().map(Item::name).toList());
            group.forEach(item -> item.outcome().complete(null));
        });
        List<Thread> callers = new CopyOnWriteArrayList<>();
        lock.lock();
        try {
            for (String name : List.of("a", "b", "c")) {
                CountDownLatch queued = new CountDownLatch(1);
                callers.add(Thread.ofPlatform().start(() -> {
                    queued.countDown();
                    work.submit(new Item(name));
                }));
                queued.await();
                // the next caller starts once this one waits for the lock, its item queued
                while (!lock.hasQueuedThreads() || lock.getQueueLength() < callers.size()) {
                    Thread.onSpinWait();
                }
            }
        } finally {
            lock.unlock();
        }
        for (Thread caller : callers) {
            assertTrue(caller.join(Duration.ofSeconds(10)), "every caller returns");
        }
        assertEquals(List.of(List.of("a", "b", "c")), groups);
    }

    @Test
    @DisplayName("GIVEN one caller WHEN it submits an item THEN it does the item itself, alone, before returning")
    void aLoneItemIsDoneByItsCaller() {
        List<String> doneBy = new CopyOnWriteArrayList<>();
        GroupedWork<Item> work =
                new GroupedWork<>(new ReentrantLock(), item -> item.outcome().isDone(), group -> {
                    group.forEach(item -> {
                        doneBy.add(item.name() + " by " + Thread.currentThread().getName());
                        item.outcome().complete(null);
                    });
                });
        Item item = new Item("a");
        work.submit(item);
        assertTrue(item.outcome().isDone());
        assertEquals(List.of("a by " + Thread.currentThread().getName()), doneBy);
    }
}
