package dev.watchparty.party;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Creates a server's calendar event for a scheduled party (a Discord scheduled event); completes with its link. */
public interface EventPlanner {

    CompletableFuture<String> createEvent(
            String guildId, String channelId, String title, String description, Instant startsAt);
}
