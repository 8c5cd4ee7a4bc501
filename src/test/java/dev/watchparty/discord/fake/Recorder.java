package dev.watchparty.discord.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A list that other threads append to and tests wait on: the fake records into it from its server threads, a test
 * waits (bounded) until an item it expects is there.
 */
final class Recorder<T> {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final List<T> items = new ArrayList<>();

    void add(T item) {
        lock.lock();
        try {
            items.add(item);
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<T> all() {
        lock.lock();
        try {
            return List.copyOf(items);
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    Optional<T> last() {
        lock.lock();
        try {
            return items.isEmpty() ? Optional.empty() : Optional.of(items.get(items.size() - 1));
        } finally {
            lock.unlock();
        }
    }

    /** The first item from position {@code from} on that matches, waiting at most {@code timeout} for it. */
    T await(int from, Predicate<? super T> matching, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            int checked = from;
            while (true) {
                for (; checked < items.size(); checked++) {
                    if (matching.test(items.get(checked))) {
                        return items.get(checked);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(
                            "timed out after " + timeout.toMillis() + " ms waiting for " + what,
                            new TimeoutException());
                }
                added.await(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        } finally {
            lock.unlock();
        }
    }

    T awaitFirst(Duration timeout, String what) {
        return await(0, item -> true, timeout, what);
    }

    /** The first {@code count} items, waiting at most {@code timeout} until there are that many. */
    List<T> awaitCount(int count, Duration timeout, String what) {
        if (count < 1) {
            return List.of();
        }
        await(count - 1, item -> true, timeout, what);
        return all().subList(0, count);
    }
}
