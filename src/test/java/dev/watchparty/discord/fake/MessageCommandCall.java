package dev.watchparty.discord.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A member picking a message command from a message's Apps menu, for {@link FakeDiscord#sendMessageCommand}: an
 * APPLICATION_COMMAND (type 2) whose {@code data.type} is 3, naming the message as {@code target_id} and carrying it
 * whole in {@code resolved.messages}, as Discord does (no message-content intent needed). The fake keeps the message
 * too, so the bot can delete it ({@link FakeDiscord#message}), and serves its files for download.
 *
 * <pre>{@code
 * MessageCommandCall.of("Spoiler-wrap").onMessage(ALICE, "alice", "the twist is **big**").file("cake.png", bytes)
 * }</pre>
 */
public final class MessageCommandCall extends InteractionCall<MessageCommandCall> {

    /** A file on the message. */
    record File(String filename, byte[] bytes) {}

    final String name;
    long authorId = DEFAULT_USER_ID;
    String authorName;
    String content = "";
    final List<File> files = new ArrayList<>();

    private MessageCommandCall(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public static MessageCommandCall of(String commandName) {
        return new MessageCommandCall(commandName);
    }

    /** The message it is used on: its author (by default the invoking user's default id) and its text. */
    public MessageCommandCall onMessage(long author, String name, String text) {
        this.authorId = author;
        this.authorName = name;
        this.content = Objects.requireNonNull(text, "text");
        return this;
    }

    /** A file on the message, under this name. */
    public MessageCommandCall file(String filename, byte[] bytes) {
        files.add(new File(filename, bytes.clone()));
        return this;
    }
}
