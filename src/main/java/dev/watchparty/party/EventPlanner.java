package dev.watchparty.party;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A server's calendar for scheduled parties (Discord's scheduled events): makes an event members can mark
 * themselves interested in, and tells who is.
 */
public interface EventPlanner {

    /** A server event as made: its id, and the link that opens it. */
    record ServerEvent(String id, String link) {}

    /** A member who marked themselves interested in a server event. */
    record Interested(String userId, String displayName) {}

    CompletableFuture<ServerEvent> createEvent(
            String guildId, String channelId, String title, String description, Instant startsAt);

    /** Everyone interested in a server event now, but bots (the bot that made it counts as interested). */
    CompletableFuture<List<Interested>> interested(String guildId, String eventId);
}
