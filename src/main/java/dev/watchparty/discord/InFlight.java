package dev.watchparty.discord;

import java.time.Duration;

/** Counts interactions being answered, so a shutdown can wait for the last reply to go out. */
final class InFlight {

    private int count;

    synchronized void start() {
        count++;
    }

    synchronized void end() {
        count--;
        if (count <= 0) {
            notifyAll();
        }
    }

    synchronized int count() {
        return count;
    }

    /** Waits until nothing is in flight; false if the timeout came first. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
