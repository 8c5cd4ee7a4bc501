package dev.watchparty.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Work handed over one item at a time and done in groups, the way a group commit works: a caller queues its item,
 * then whoever holds the lock takes every item queued so far and does them together, so the items that arrive while
 * one group is being done go together in the next. A caller returns once its own item is done, by whichever caller
 * did it. The lock is the owner's, which may hold it for other work too: nothing is done in a group while it does.
 *
 * @param <T> an item, which knows whether it is done (its outcome completed)
 */
public final class GroupedWork<T> {

    private final Lock lock;
    private final Predicate<T> done;
    private final Consumer<List<T>> doGroup;
    /** Items waiting for the next group, in the order they arrived. */
    private final Queue<T> waiting = new ConcurrentLinkedQueue<>();

    /**
     * {@code doGroup} does the items of a group, in the order they arrived, and must leave every one of them done
     * (whatever fails): a caller whose item it leaves undone would do it again alone.
     */
    public GroupedWork(Lock lock, Predicate<T> done, Consumer<List<T>> doGroup) {
        this.lock = lock;
        this.done = done;
        this.doGroup = doGroup;
    }

    /** Queues the item and returns once it is done, in this caller's group or in another's. */
    public void submit(T item) {
        waiting.add(item);
        while (!done.test(item)) {
            lock.lock();
            try {
                if (!done.test(item)) {
                    List<T> group = new ArrayList<>();
                    for (T next = waiting.poll(); next != null; next = waiting.poll()) {
                        group.add(next);
                    }
                    doGroup.accept(group);
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
