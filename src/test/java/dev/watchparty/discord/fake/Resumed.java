package dev.watchparty.discord.fake;

/**
 * A successful RESUME.
 *
 * @param sessionId      the resumed session
 * @param lastSequence   the last sequence number the bot said it had seen
 * @param replayedEvents how many dispatches the fake replayed before RESUMED
 */
public record Resumed(String sessionId, long lastSequence, int replayedEvents) {}
