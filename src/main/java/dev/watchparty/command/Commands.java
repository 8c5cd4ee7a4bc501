package dev.watchparty.command;

import dev.watchparty.Stores;
import dev.watchparty.admin.AdminCommand;
import dev.watchparty.channel.SpoilersCommand;
import dev.watchparty.character.CharacterCommand;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.progress.ProgressCommand;
import dev.watchparty.recap.RecapCommand;
import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.show.ShowCommand;
import dev.watchparty.trivia.TriviaCommand;
import dev.watchparty.trivia.TriviaService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The one list of the bot's commands, in the order /help shows them. Discord and the console both use it. */
public final class Commands {

    /** What the commands need from the rest of the bot. */
    public record Services(Readers readers, Stores stores, TriviaService trivia, ChannelMessenger messenger,
            PackReloader packReloader, Set<String> ownerIds, Clock clock, Duration triviaPause, Random random) {
    }

    private Commands() {
    }

    public static CommandRouter router(Services services) {
        Readers readers = services.readers();
        List<SlashCommand> commands = new ArrayList<>();
        commands.add(new ShowCommand(readers));
        commands.add(new CharacterCommand(readers));
        commands.add(new RecapCommand(readers));
        commands.add(new ProgressCommand(readers, services.stores().progress()));
        commands.add(new TriviaCommand(readers, services.trivia(), services.stores().trivia(), services.messenger(),
                services.clock(), services.triviaPause(), services.random()));
        commands.add(new SpoilersCommand(readers, services.stores().channelLevels()));
        commands.add(new HelpCommand(() -> commands.stream().map(SlashCommand::spec).toList()));
        commands.add(new AdminCommand(services.packReloader(), services.ownerIds()));
        return new CommandRouter(commands, readers);
    }
}
