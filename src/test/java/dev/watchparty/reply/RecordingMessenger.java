package dev.watchparty.reply;

import dev.watchparty.party.EventPlanner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A channel for tests: keeps every message the bot posts, edits or reposts, every message it removes, and every
 * server event it plans, in order. A test can make reposts fail, and say what a removal comes to.
 */
public final class RecordingMessenger implements ChannelMessenger, EventPlanner {

    public record Sent(String channelId, String messageId, Reply reply, boolean edit) {}

    public record Reposted(String channelId, String content, List<FileCopy> files) {}

    public record PlannedEvent(String guildId, String channelId, String title, String description, Instant startsAt) {}

    private final List<Sent> sent = new ArrayList<>();
    private final List<PlannedEvent> events = new ArrayList<>();
    private final Map<String, List<Interested>> interested = new HashMap<>();
    private final List<Reposted> reposted = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private boolean repostsFail;
    private Removal removal = Removal.REMOVED;
    private int nextId = 1;

    @Override
    public boolean canPost(String channelId) {
        return true;
    }

    @Override
    public synchronized CompletableFuture<String> post(String channelId, Reply reply) {
        String id = "m" + nextId++;
        sent.add(new Sent(channelId, id, reply, false));
        return CompletableFuture.completedFuture(id);
    }

    @Override
    public synchronized CompletableFuture<Void> edit(String channelId, String messageId, Reply reply) {
        sent.add(new Sent(channelId, messageId, reply, true));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletableFuture<String> repost(String channelId, String content, List<FileCopy> files) {
        if (repostsFail) {
            return CompletableFuture.failedFuture(new IllegalStateException("Discord refused the message"));
        }
        reposted.add(new Reposted(channelId, content, files));
        return CompletableFuture.completedFuture("m" + nextId++);
    }

    @Override
    public synchronized CompletableFuture<Removal> remove(String channelId, String messageId) {
        if (removal == Removal.REMOVED) {
            removed.add(messageId);
        }
        return CompletableFuture.completedFuture(removal);
    }

    /** From now on, every repost fails as Discord refusing it would. */
    public synchronized void failReposts() {
        repostsFail = true;
    }

    /** What removing a message comes to from now on (removed, by default). */
    public synchronized void removals(Removal outcome) {
        removal = outcome;
    }

    public synchronized List<Reposted> reposted() {
        return List.copyOf(reposted);
    }

    public synchronized List<String> removed() {
        return List.copyOf(removed);
    }

    @Override
    public synchronized CompletableFuture<ServerEvent> createEvent(
            String guildId, String channelId, String title, String description, Instant startsAt) {
        events.add(new PlannedEvent(guildId, channelId, title, description, startsAt));
        String id = "event-" + events.size();
        return CompletableFuture.completedFuture(
                new ServerEvent(id, "https://discord.com/events/" + guildId + "/" + id));
    }

    /** A member marks themselves interested in an event, as in Discord. */
    public synchronized void markInterested(String eventId, String userId, String displayName) {
        interested.computeIfAbsent(eventId, id -> new ArrayList<>()).add(new Interested(userId, displayName));
    }

    @Override
    public synchronized CompletableFuture<List<Interested>> interested(String guildId, String eventId) {
        return CompletableFuture.completedFuture(List.copyOf(interested.getOrDefault(eventId, List.of())));
    }

    public synchronized List<PlannedEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized Sent last() {
        return sent.get(sent.size() - 1);
    }
}
