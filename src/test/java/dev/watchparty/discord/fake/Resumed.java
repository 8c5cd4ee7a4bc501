package dev.watchparty.discord.fake;

/**
 * A successful RESUME.
 *
 * @param sessionId      the resumed session
 * @param shard          the shard that session identified as (0 for a bot that does not shard)
 * @param lastSequence   the last sequence number the bot said it had seen
 * @param replayedEvents how many dispatches the fake replayed before RESUMED
 */
public record Resumed(String sessionId, int shard, long lastSequence, int replayedEvents) {}
