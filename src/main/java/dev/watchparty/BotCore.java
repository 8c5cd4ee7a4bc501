package dev.watchparty;

import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.Commands;
import dev.watchparty.command.Readers;
import dev.watchparty.config.AppConfig;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.pack.PackLoader;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.schedule.Scheduler;
import dev.watchparty.trivia.EndReason;
import dev.watchparty.trivia.TriviaPresenter;
import dev.watchparty.trivia.TriviaService;
import dev.watchparty.trivia.TriviaStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.Set;

/** The bot without any front end: packs, stores, timers and the command router, wired once. */
public record BotCore(PackLibrary library, CommandRouter router, Stores stores, TriviaService trivia,
        ChannelMessenger messenger) {

    /** Everything the core is built from that the front end decides: stores, time, and where it posts. */
    public record Environment(Stores stores, Clock clock, Scheduler scheduler, ChannelMessenger messenger,
            Set<String> ownerIds) {
    }

    public static BotCore start(AppConfig config, Environment environment) throws PackLoadException {
        AppConfig.Packs packs = config.packs();
        PackLibrary library = new PackLibrary(new PackLoader().loadAll(packs.directory()), packs.defaultShow());
        return assemble(library, new PackReloader(library, packs.directory(), packs.defaultShow()), environment,
                Duration.ofSeconds(config.trivia().pauseSeconds()), new Random());
    }

    /** Wires the core around packs already loaded; {@code random} shuffles trivia and names rounds. */
    public static BotCore assemble(PackLibrary library, PackReloader reloader, Environment environment,
            Duration triviaPause, Random random) {
        Stores stores = environment.stores();
        Readers readers = new Readers(library, stores.progress(), stores.channelLevels());
        TriviaService trivia = new TriviaService(stores.trivia(), environment.clock(), environment.scheduler(), random);
        CommandRouter router = Commands.router(new Commands.Services(readers, stores, trivia, environment.messenger(),
                reloader, environment.ownerIds(), environment.clock(), triviaPause, random));
        return new BotCore(library, router, stores, trivia, environment.messenger());
    }

    /**
     * Closes the rounds the bot was running when it last stopped, keeping their scores, and tells their
     * channels. Called once the front end can post.
     */
    public int closeInterruptedRounds(Clock clock) {
        TriviaStore store = stores.trivia();
        TriviaPresenter presenter = new TriviaPresenter(messenger);
        var unfinished = store.unfinishedRounds();
        for (TriviaStore.StoredRound round : unfinished) {
            store.roundEnded(round.roundId(), EndReason.INTERRUPTED, clock.instant());
            presenter.announceInterrupted(round, store.roundStandings(round.roundId()));
        }
        return unfinished.size();
    }
}
