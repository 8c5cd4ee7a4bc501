package dev.watchparty.command;

import dev.watchparty.character.CharacterCommand;
import dev.watchparty.progress.ProgressCommand;
import dev.watchparty.progress.ProgressStore;
import dev.watchparty.recap.RecapCommand;
import dev.watchparty.show.ShowCommand;
import java.util.ArrayList;
import java.util.List;

/** The one list of the bot's commands, in the order /help shows them. Discord and the console both use it. */
public final class Commands {

    private Commands() {
    }

    public static CommandRouter router(Readers readers, ProgressStore progressStore) {
        List<SlashCommand> commands = new ArrayList<>();
        commands.add(new ShowCommand(readers));
        commands.add(new CharacterCommand(readers));
        commands.add(new RecapCommand(readers));
        commands.add(new ProgressCommand(readers, progressStore));
        commands.add(new HelpCommand(() -> commands.stream().map(SlashCommand::spec).toList()));
        return new CommandRouter(commands, readers);
    }
}
