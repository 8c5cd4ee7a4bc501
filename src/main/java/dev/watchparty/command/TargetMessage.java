package dev.watchparty.command;

import java.util.List;
import java.util.Objects;

/**
 * The message a message command was used on, as Discord hands it over with the command (no privileged intent
 * needed): its id, who wrote it (a name to show, never a mention), its text and its files.
 */
public record TargetMessage(String id, Invoker author, String text, List<File> files) {

    /** A file on the message: its name, and where Discord keeps it. */
    public record File(String name, String url) {}

    public TargetMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        text = text == null ? "" : text;
        files = List.copyOf(files);
    }
}
