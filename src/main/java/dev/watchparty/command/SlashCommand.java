package dev.watchparty.command;

import dev.watchparty.reply.Reply;
import java.util.List;

/** One slash command: what it answers, and the suggestions that come back to it while a member types. */
public interface SlashCommand extends Command {

    Reply execute(CommandRequest request);

    default List<Choice> autocomplete(AutocompleteRequest request) {
        return List.of();
    }
}
