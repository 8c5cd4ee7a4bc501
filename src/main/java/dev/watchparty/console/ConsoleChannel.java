package dev.watchparty.console;

import dev.watchparty.party.EventPlanner;
import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.reply.FileCopy;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Texts;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The console's pretend channel: what the bot posts on its own (a trivia question, its reveal) is printed, and
 * the latest message with buttons is the one {@code press} acts on. A post that comes while the reader is at the
 * prompt goes on a line of its own, and the prompt is printed again after it, so the reader always sees where to
 * type. Its one reader reads everything in one language, the console's, whether only they or the channel would
 * read it on Discord.
 */
public final class ConsoleChannel implements ChannelMessenger, EventPlanner {

    static final String PROMPT = "> ";

    private final PrintStream out;
    private final Locale language;
    private final ConsoleRenderer renderer;
    private final AtomicInteger nextId = new AtomicInteger(1);
    private Reply pressable;
    private boolean atPrompt;

    /**
     * {@code clock}: the zone times are shown in, and "now" for relative ones; {@code language}: the reader's, one of
     * {@link Texts#LANGUAGES}.
     */
    public ConsoleChannel(PrintStream out, Clock clock, Locale language) {
        this.out = out;
        this.language = language;
        this.renderer = new ConsoleRenderer(clock, language);
    }

    Locale language() {
        return language;
    }

    @Override
    public boolean canPost(String channelId) {
        return true;
    }

    @Override
    public CompletableFuture<String> post(String channelId, Reply reply) {
        print(happened(ConsoleText.POSTED_IN_CHANNEL) + show(reply));
        return CompletableFuture.completedFuture(Integer.toString(nextId.getAndIncrement()));
    }

    @Override
    public CompletableFuture<Void> edit(String channelId, String messageId, Reply reply) {
        print(happened(ConsoleText.MESSAGE_UPDATED, messageId) + show(reply));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<String> repost(String channelId, String content, List<FileCopy> files) {
        Reply quoted = new Reply(content, null, List.of(), null, false);
        print(happened(ConsoleText.POSTED_IN_CHANNEL)
                + show(quoted)
                + files.stream()
                        .map(file -> happened(ConsoleText.FILE, file.fileName()))
                        .collect(Collectors.joining()));
        return CompletableFuture.completedFuture(Integer.toString(nextId.getAndIncrement()));
    }

    @Override
    public CompletableFuture<Removal> remove(String channelId, String messageId) {
        print(happened(ConsoleText.MESSAGE_REMOVED, messageId));
        return CompletableFuture.completedFuture(Removal.REMOVED);
    }

    /** The console has no server calendar: it says what would happen on Discord. */
    @Override
    public CompletableFuture<ServerEvent> createEvent(
            String guildId, String channelId, String title, String description, Instant startsAt) {
        print(happened(ConsoleText.SERVER_EVENT, title, startsAt.toString()));
        return CompletableFuture.completedFuture(
                new ServerEvent("console", "(" + Texts.format(language, ConsoleText.EVENT_LINK) + ")"));
    }

    /** Nobody else is at the console to be interested. */
    @Override
    public CompletableFuture<List<Interested>> interested(String guildId, String eventId) {
        return CompletableFuture.completedFuture(List.of());
    }

    /** A line saying what happened in the channel, in brackets. */
    private String happened(ConsoleText what, Object... arguments) {
        return "[" + Texts.format(language, what, arguments) + "]\n";
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
