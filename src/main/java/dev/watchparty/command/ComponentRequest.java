package dev.watchparty.command;

import java.util.List;

/** A click on a button, or a choice in a select menu, of a message the bot sent. */
public record ComponentRequest(String customId, List<String> selected, Invoker invoker, Place place) {

    public ComponentRequest {
        selected = List.copyOf(selected);
    }

    /** The id's parts after the command name: {@code recap:page:...} gives {@code [page, ...]}. */
    public List<String> arguments() {
        String[] parts = customId.split(":", -1);
        return List.of(parts).subList(1, parts.length);
    }
}
