package dev.watchparty.schedule;

import java.time.Duration;

/**
 * Runs a task after a delay. The core asks this interface for every timer, so tests drive time by hand
 * (no sleeping) and production uses a real executor.
 */
public interface Scheduler {

    /** A scheduled task that can be called off; cancelling one that already ran does nothing. */
    interface Task {
        void cancel();
    }

    Task schedule(Duration delay, Runnable task);
}
