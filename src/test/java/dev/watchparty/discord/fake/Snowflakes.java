package dev.watchparty.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes Discord ids: time since the Discord epoch in the top bits, so JDA's {@code getTimeCreated()} is now, and a
 * counter below, so ids are unique and increase like Discord's.
 */
final class Snowflakes {

    private static final long DISCORD_EPOCH = 1_420_070_400_000L;

    private final AtomicLong last = new AtomicLong();

    long next() {
        long fromClock = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return last.updateAndGet(previous -> Math.max(previous + 1, fromClock));
    }
}
