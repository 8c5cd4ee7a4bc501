package dev.watchparty;

import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.Commands;
import dev.watchparty.command.Readers;
import dev.watchparty.config.AppConfig;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.pack.PackLoader;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.party.EventPlanner;
import dev.watchparty.party.PartyAnnouncer;
import dev.watchparty.party.PartyChannelLevels;
import dev.watchparty.party.PartyService;
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
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bot without any front end: packs, stores, timers and the command router, wired once. */
public record BotCore(PackLibrary library, CommandRouter router, Stores stores, TriviaService trivia,
        PartyService parties, TriviaPresenter triviaPresenter) {

    private static final Logger log = LoggerFactory.getLogger(BotCore.class);

    /** Everything the core is built from that the front end decides: stores, time, where it posts, operators. */
    public record Environment(Stores stores, Clock clock, Scheduler scheduler, ChannelMessenger messenger,
            EventPlanner planner, Set<String> ownerIds) {
    }

    /** Settings that shape the features' timing. */
    public record Timing(Duration triviaPause, Duration partyIdleLimit) {
    }

    public static BotCore start(AppConfig config, Environment environment) throws PackLoadException {
        AppConfig.Packs packs = config.packs();
        PackLibrary library = new PackLibrary(new PackLoader().loadAll(packs.directory()), packs.defaultShow());
        return assemble(library, new PackReloader(library, packs.directory(), packs.defaultShow()), environment,
                new Timing(Duration.ofSeconds(config.trivia().pauseSeconds()), Duration.ofHours(config.party().idleHours())),
                new Random());
    }

    /** Wires the core around packs already loaded; {@code random} shuffles trivia and names rounds. */
    public static BotCore assemble(PackLibrary library, PackReloader reloader, Environment environment, Timing timing,
            Random random) {
        Stores stores = environment.stores();
        Clock clock = environment.clock();
        Function<String, Catalog> catalogs = showId -> library.catalog(showId)
                .orElseThrow(() -> new IllegalStateException("no pack for show " + showId));
        PartyService parties = new PartyService(stores.parties(), stores.progress(), clock, environment.scheduler(),
                timing.partyIdleLimit(), random, showId -> catalogs.apply(showId).episodeOrder());
        parties.announceTo(new PartyAnnouncer(environment.messenger(), catalogs, stores.trivia(), clock));
        // while a party runs, its channel's level is the party's episode
        Stores partyAware = new Stores(stores.progress(), new PartyChannelLevels(stores.channelLevels(), parties),
                stores.trivia(), stores.parties());
        Readers readers = new Readers(library, partyAware.progress(), partyAware.channelLevels());
        TriviaService trivia = new TriviaService(stores.trivia(), clock, environment.scheduler(), random);
        TriviaPresenter presenter = new TriviaPresenter(environment.messenger());
        CommandRouter router = Commands.router(new Commands.Services(readers, partyAware,
                new Commands.Trivia(trivia, presenter, timing.triviaPause()),
                new Commands.Parties(parties, environment.planner()), reloader, environment.ownerIds(), clock, random));
        return new BotCore(library, router, partyAware, trivia, parties, presenter);
    }

    /**
     * Picks up where the bot stopped: resumes parties, and closes the trivia rounds that were running,
     * keeping their scores and telling their channels. Called once the front end can post.
     */
    public void resume(Clock clock) {
        int resumed = parties.resume();
        int closed = closeInterruptedRounds(clock);
        log.info("Resumed {} watch parties; closed {} trivia rounds interrupted by the last stop", resumed, closed);
    }

    /**
     * Closes the rounds the bot was running when it last stopped, keeping their scores, and tells their
     * channels. Called once the front end can post.
     */
    public int closeInterruptedRounds(Clock clock) {
        TriviaStore store = stores.trivia();
        var unfinished = store.unfinishedRounds();
        for (TriviaStore.StoredRound round : unfinished) {
            store.roundEnded(round.roundId(), EndReason.INTERRUPTED, clock.instant());
            if (!round.privateRound()) {
                triviaPresenter.announceInterrupted(round, store.roundStandings(round.roundId()));
            }
        }
        return unfinished.size();
    }
}
