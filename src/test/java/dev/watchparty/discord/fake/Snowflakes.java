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

    /**
     * The next id that Discord's sharding formula puts on {@code shard} of {@code total} (see
     * {@link FakeGuild#shardOf}): if the next id's timestamp is on another shard, the id moves on to the first
     * millisecond that is on this one, at most {@code total - 1} ms ahead of the clock.
     */
    long nextOnShard(int shard, int total) {
        if (total < 1 || shard < 0 || shard >= total) {
            throw new IllegalArgumentException("no shard " + shard + " of " + total);
        }
        long fromClock = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return last.updateAndGet(previous -> {
            long candidate = Math.max(previous + 1, fromClock);
            long millis = candidate >>> 22;
            long ahead = Math.floorMod(shard - millis % total, (long) total);
            return ahead == 0 ? candidate : (millis + ahead) << 22;
        });
    }
}
