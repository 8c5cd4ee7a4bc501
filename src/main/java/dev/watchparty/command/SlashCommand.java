package dev.watchparty.command;

import dev.watchparty.reply.Reply;
import dev.watchparty.reply.UserInputException;
import java.util.List;

/**
 * One slash command: what it looks like, what it answers, and the suggestions and clicks that come back to it.
 * Component custom ids start with {@code spec().name() + ":"}, which is how the router finds the command again.
 */
public interface SlashCommand {

    CommandSpec spec();

    Reply execute(CommandRequest request);

    default List<Choice> autocomplete(AutocompleteRequest request) {
        return List.of();
    }

    default ComponentResponse onComponent(ComponentRequest request) {
        throw UserInputException.staleComponent();
    }
}
