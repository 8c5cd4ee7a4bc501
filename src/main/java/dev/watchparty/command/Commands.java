package dev.watchparty.command;

import dev.watchparty.admin.AdminCommand;
import dev.watchparty.channel.SpoilersCommand;
import dev.watchparty.character.CharacterCommand;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.progress.ProgressCommand;
import dev.watchparty.progress.ProgressStore;
import dev.watchparty.recap.RecapCommand;
import dev.watchparty.show.ShowCommand;
import dev.watchparty.spoiler.ChannelLevelStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The one list of the bot's commands, in the order /help shows them. Discord and the console both use it. */
public final class Commands {

    /** What the commands need from the rest of the bot. */
    public record Services(Readers readers, ProgressStore progress, ChannelLevelStore channelLevels,
            PackReloader packReloader, Set<String> ownerIds) {
    }

    private Commands() {
    }

    public static CommandRouter router(Services services) {
        Readers readers = services.readers();
        List<SlashCommand> commands = new ArrayList<>();
        commands.add(new ShowCommand(readers));
        commands.add(new CharacterCommand(readers));
        commands.add(new RecapCommand(readers));
        commands.add(new ProgressCommand(readers, services.progress()));
        commands.add(new SpoilersCommand(readers, services.channelLevels()));
        commands.add(new HelpCommand(() -> commands.stream().map(SlashCommand::spec).toList()));
        commands.add(new AdminCommand(services.packReloader(), services.ownerIds()));
        return new CommandRouter(commands, readers);
    }
}
