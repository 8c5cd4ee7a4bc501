package dev.watchparty.console;

import dev.watchparty.party.EventPlanner;
import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.reply.Reply;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console's pretend channel: what the bot posts on its own (a trivia question, its reveal) is printed, and
 * the latest message with buttons is the one {@code press} acts on.
 */
public final class ConsoleChannel implements ChannelMessenger, EventPlanner {

    private final PrintStream out;
    private final AtomicInteger nextId = new AtomicInteger(1);
    private Reply pressable;

    public ConsoleChannel(PrintStream out) {
        this.out = out;
    }

    @Override
    public boolean canPost(String channelId) {
        return true;
    }

    @Override
    public CompletableFuture<String> post(String channelId, Reply reply) {
        print("[posted in the channel]", reply);
        return CompletableFuture.completedFuture(Integer.toString(nextId.getAndIncrement()));
    }

    @Override
    public CompletableFuture<Void> edit(String channelId, String messageId, Reply reply) {
        print("[message " + messageId + " updated]", reply);
        return CompletableFuture.completedFuture(null);
    }

    /** The console has no server calendar: it says what would happen on Discord. */
    @Override
    public CompletableFuture<ServerEvent> createEvent(
            String guildId, String channelId, String title, String description, Instant startsAt) {
        out.println("[on Discord, a server event \"" + title + "\" would be created for " + startsAt + "]");
        return CompletableFuture.completedFuture(new ServerEvent("console", "(a link to it)"));
    }

    /** Nobody else is at the console to be interested. */
    @Override
    public CompletableFuture<List<Interested>> interested(String guildId, String eventId) {
        return CompletableFuture.completedFuture(List.of());
    }

    private synchronized void print(String heading, Reply reply) {
        remember(reply);
        out.println(heading);
        out.print(ConsoleRenderer.render(reply));
        out.flush();
    }

    /** Keeps a reply with buttons or a menu as the one {@code press} and {@code pick} act on. */
    synchronized void remember(Reply reply) {
        if (!reply.buttons().isEmpty() || reply.optionalMenu().isPresent()) {
            pressable = reply;
        }
    }

    synchronized Reply pressable() {
        return pressable;
    }
}
