package dev.watchparty.console;

import dev.watchparty.party.EventPlanner;
import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.reply.FileCopy;
import dev.watchparty.reply.Reply;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The console's pretend channel: what the bot posts on its own (a trivia question, its reveal) is printed, and
 * the latest message with buttons is the one {@code press} acts on. A post that comes while the reader is at the
 * prompt goes on a line of its own, and the prompt is printed again after it, so the reader always sees where to
 * type.
 */
public final class ConsoleChannel implements ChannelMessenger, EventPlanner {

    static final String PROMPT = "> ";

    private final PrintStream out;
    private final ConsoleRenderer renderer;
    private final AtomicInteger nextId = new AtomicInteger(1);
    private Reply pressable;
    private boolean atPrompt;

    /** {@code clock}: the zone times are shown in, and "now" for relative ones. */
    public ConsoleChannel(PrintStream out, Clock clock) {
        this.out = out;
        this.renderer = new ConsoleRenderer(clock);
    }

    @Override
    public boolean canPost(String channelId) {
        return true;
    }

    @Override
    public CompletableFuture<String> post(String channelId, Reply reply) {
        print("[posted in the channel]\n" + show(reply));
        return CompletableFuture.completedFuture(Integer.toString(nextId.getAndIncrement()));
    }

    @Override
    public CompletableFuture<Void> edit(String channelId, String messageId, Reply reply) {
        print("[message " + messageId + " updated]\n" + show(reply));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<String> repost(String channelId, String content, List<FileCopy> files) {
        Reply quoted = new Reply(content, null, List.of(), null, false);
        print("[posted in the channel]\n" + show(quoted)
                + files.stream().map(file -> "[file " + file.fileName() + "]\n").collect(Collectors.joining()));
        return CompletableFuture.completedFuture(Integer.toString(nextId.getAndIncrement()));
    }

    @Override
    public CompletableFuture<Removal> remove(String channelId, String messageId) {
        print("[message " + messageId + " removed]\n");
        return CompletableFuture.completedFuture(Removal.REMOVED);
    }

    /** The console has no server calendar: it says what would happen on Discord. */
    @Override
    public CompletableFuture<ServerEvent> createEvent(
            String guildId, String channelId, String title, String description, Instant startsAt) {
        print("[on Discord, a server event \"" + title + "\" would be created for " + startsAt + "]\n");
        return CompletableFuture.completedFuture(new ServerEvent("console", "(a link to it)"));
    }

    /** Nobody else is at the console to be interested. */
    @Override
    public CompletableFuture<List<Interested>> interested(String guildId, String eventId) {
        return CompletableFuture.completedFuture(List.of());
    }

    /** Prints what happened in the channel; at the prompt, on a line of its own and with the prompt after it. */
    private synchronized void print(String happened) {
        if (atPrompt) {
            out.println();
        }
        out.print(happened);
        if (atPrompt) {
            out.print(PROMPT);
        }
        out.flush();
    }

    /** Prints the prompt: the reader is now typing, and a post would otherwise land after the "> ". */
    synchronized void prompt() {
        out.print(PROMPT);
        out.flush();
        atPrompt = true;
    }

    /** The reader has sent a line: what follows is its answer. */
    synchronized void answering() {
        atPrompt = false;
    }

    /** A reply as the terminal shows it; one with buttons or a menu is what {@code press} and {@code pick} act on. */
    synchronized String show(Reply reply) {
        if (!reply.buttons().isEmpty() || reply.optionalMenu().isPresent()) {
            pressable = reply;
        }
        return renderer.render(reply);
    }

    synchronized Reply pressable() {
        return pressable;
    }
}
