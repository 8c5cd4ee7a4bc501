package dev.watchparty.schedule;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production scheduler. One daemon thread keeps the time; each task, when due, runs on a virtual thread of
 * its own, since a task may wait for the database, and a slow one must not hold back the timers after it. A
 * task that throws is logged and does not stop the others. Closing stops the timers and the tasks running.
 */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExecutorScheduler.class);

    private final ScheduledExecutorService executor;
    private final ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor();

    public ExecutorScheduler(String threadName) {
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Task schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> future = executor.schedule(
                () -> tasks.execute(() -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        log.error("a scheduled task failed", e);
                    }
                }),
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        tasks.shutdownNow();
    }
}
