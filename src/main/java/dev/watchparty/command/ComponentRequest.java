package dev.watchparty.command;

import dev.watchparty.reply.UserInputException;
import java.util.List;

/** A click on a button, or a choice in a select menu, of a message the bot sent. */
public record ComponentRequest(String customId, List<String> selected, Invoker invoker, Place place) {

    public ComponentRequest {
        selected = List.copyOf(selected);
    }

    /** What the clicked component does; a click on an id the bot never wrote is stale. */
    public ComponentId id() {
        return ComponentId.parse(customId).orElseThrow(UserInputException::staleComponent);
    }
}
