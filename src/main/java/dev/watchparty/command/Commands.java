package dev.watchparty.command;

import dev.watchparty.Stores;
import dev.watchparty.admin.AdminCommand;
import dev.watchparty.channel.SpoilersCommand;
import dev.watchparty.character.CharacterCommand;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.progress.ProgressCommand;
import dev.watchparty.recap.RecapCommand;
import dev.watchparty.party.EventPlanner;
import dev.watchparty.party.PartyCommand;
import dev.watchparty.party.PartyService;
import dev.watchparty.show.ShowCommand;
import dev.watchparty.trivia.TriviaCommand;
import dev.watchparty.trivia.TriviaPresenter;
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
    public record Services(Readers readers, Stores stores, Trivia trivia, Parties parties, PackReloader packReloader,
            Set<String> ownerIds, Clock clock, Random random) {
    }

    /** Trivia's running rounds, how they are shown, and the pause between questions. */
    public record Trivia(TriviaService service, TriviaPresenter presenter, Duration pause) {
    }

    /** The running parties, and the server calendar scheduled ones go on. */
    public record Parties(PartyService service, EventPlanner planner) {
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
        Trivia trivia = services.trivia();
        commands.add(new TriviaCommand(readers, trivia.service(), services.stores().trivia(), trivia.presenter(),
                services.clock(), trivia.pause(), services.random()));
        commands.add(new PartyCommand(readers, services.parties().service(), services.stores().progress(),
                trivia.service(), services.stores().trivia(), trivia.presenter(), services.parties().planner(),
                services.clock(), trivia.pause(), services.random()));
        commands.add(new SpoilersCommand(readers, services.stores().channelLevels()));
        commands.add(new HelpCommand(() -> commands.stream().map(SlashCommand::spec).toList()));
        commands.add(new AdminCommand(services.packReloader(), services.ownerIds()));
        return new CommandRouter(commands, readers);
    }
}
