package dev.watchparty.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Time for tests: a clock that only moves when told, and a scheduler whose tasks run, in order, as that clock
 * passes their due time. Nothing sleeps.
 */
public final class ManualScheduler implements Scheduler {

    private record Pending(Instant due, long order, Runnable task, boolean[] cancelled) {}

    private final List<Pending> pending = new ArrayList<>();
    private Instant now;
    private long nextOrder;

    public ManualScheduler(Instant start) {
        this.now = start;
    }

    public final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            synchronized (ManualScheduler.this) {
                return now;
            }
        }
    };

    @Override
    public synchronized Task schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        pending.add(new Pending(now.plus(delay), nextOrder++, task, cancelled));
        return () -> {
            synchronized (ManualScheduler.this) {
                cancelled[0] = true;
            }
        };
    }

    /** Moves time forward, running every task that falls due on the way, at its due time. */
    public void advance(Duration duration) {
        Instant target;
        synchronized (this) {
            target = now.plus(duration);
        }
        while (true) {
            Pending next;
            synchronized (this) {
                next = pending.stream()
                        .filter(task -> !task.due().isAfter(target))
                        .min(Comparator.comparing(Pending::due).thenComparingLong(Pending::order))
                        .orElse(null);
                if (next == null) {
                    now = target;
                    return;
                }
                pending.remove(next);
                if (next.due().isAfter(now)) {
                    now = next.due();
                }
                if (next.cancelled()[0]) {
                    continue;
                }
            }
            next.task().run();
        }
    }

    /** Tasks still waiting to run, not counting cancelled ones: a test can prove nothing was left behind. */
    public synchronized int pendingTasks() {
        return (int) pending.stream().filter(task -> !task.cancelled()[0]).count();
    }
}
