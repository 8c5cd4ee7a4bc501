package dev.watchparty;

import dev.watchparty.admin.AdminCommand;
import dev.watchparty.channel.SpoilersCommand;
import dev.watchparty.character.CharacterCommand;
import dev.watchparty.command.Command;
import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.HelpCommand;
import dev.watchparty.command.InternalErrors;
import dev.watchparty.command.Readers;
import dev.watchparty.command.ShardRange;
import dev.watchparty.config.AppConfig;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.pack.PackLoader;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.party.EventPlanner;
import dev.watchparty.party.PartyAnnouncer;
import dev.watchparty.party.PartyChannelLevels;
import dev.watchparty.party.PartyCommand;
import dev.watchparty.party.PartyService;
import dev.watchparty.progress.ProgressCommand;
import dev.watchparty.recap.RecapCommand;
import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.schedule.Scheduler;
import dev.watchparty.settings.SettingsCommand;
import dev.watchparty.show.ShowCommand;
import dev.watchparty.spoiler.ChannelLevelStore;
import dev.watchparty.trivia.TriviaCommand;
import dev.watchparty.trivia.TriviaPresenter;
import dev.watchparty.trivia.TriviaService;
import dev.watchparty.wrap.SpoilerWrapCommand;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot without any front end, and its composition root: {@link #assemble} builds the stores' users, the
 * services and the one list of commands, each by its constructor, in the order they depend on each other.
 * {@code channelLevels} is what public replies are read at: a running party's episode, else what a moderator set.
 */
public record BotCore(
        PackLibrary library,
        CommandRouter router,
        Stores stores,
        ChannelLevelStore channelLevels,
        TriviaService trivia,
        PartyService parties) {

    private static final Logger log = LoggerFactory.getLogger(BotCore.class);

    /**
     * Everything the core is built from that the front end decides: stores, time, where it posts, operators, and
     * who is told of the router's internal errors (the Discord front end counts them).
     */
    public record Environment(
            Stores stores,
            Clock clock,
            Scheduler scheduler,
            ChannelMessenger messenger,
            EventPlanner planner,
            Set<String> ownerIds,
            InternalErrors internalErrors) {

        /** An environment where nobody counts internal errors: the console and the tests. */
        public Environment(
                Stores stores,
                Clock clock,
                Scheduler scheduler,
                ChannelMessenger messenger,
                EventPlanner planner,
                Set<String> ownerIds) {
            this(stores, clock, scheduler, messenger, planner, ownerIds, InternalErrors.NONE);
        }
    }

    /** Settings that shape the features' timing. */
    public record Timing(Duration triviaPause, Duration partyIdleLimit) {}

    public static BotCore start(AppConfig config, Environment environment) throws PackLoadException {
        return start(config, loadPacks(config.packs()), environment);
    }

    /** The packs the config names, loaded and checked: the one part of a start that needs no store. */
    public static PackLibrary loadPacks(AppConfig.Packs packs) throws PackLoadException {
        List<ContentPack> loaded = new PackLoader().loadAll(packs.directory());
        log.info(
                "Loaded {} content pack(s) from {}: {}",
                loaded.size(),
                packs.directory(),
                loaded.stream()
                        .map(pack -> pack.id() + " (" + pack.characters().size() + " characters, "
                                + pack.episodes().size() + " episodes, "
                                + pack.trivia().size() + " trivia questions)")
                        .collect(Collectors.joining(", ")));
        return new PackLibrary(loaded, packs.defaultShow());
    }

    /** The core around packs loaded by {@link #loadPacks}. */
    public static BotCore start(AppConfig config, PackLibrary library, Environment environment) {
        AppConfig.Packs packs = config.packs();
        return assemble(
                library,
                new PackReloader(library, packs.directory(), packs.defaultShow()),
                environment,
                new Timing(
                        Duration.ofSeconds(config.trivia().pauseSeconds()),
                        Duration.ofHours(config.party().idleHours())),
                new Random());
    }

    /** Wires the core around packs already loaded; {@code random} shuffles trivia and names rounds and parties. */
    public static BotCore assemble(
            PackLibrary library, PackReloader reloader, Environment environment, Timing timing, Random random) {
        Stores stores = environment.stores();
        Clock clock = environment.clock();
        Function<String, Catalog> catalogs = showId ->
                library.catalog(showId).orElseThrow(() -> new IllegalStateException("no pack for show " + showId));
        TriviaService trivia = new TriviaService(
                stores.trivia(),
                new TriviaPresenter(environment.messenger()),
                timing.triviaPause(),
                clock,
                environment.scheduler(),
                random);
        PartyService parties = new PartyService(
                stores.parties(),
                stores.progress(),
                environment.planner(),
                clock,
                environment.scheduler(),
                timing.partyIdleLimit(),
                random,
                showId -> catalogs.apply(showId).episodeOrder());
        parties.announceTo(new PartyAnnouncer(environment.messenger(), catalogs, trivia, clock));
        ChannelLevelStore channelLevels = new PartyChannelLevels(stores.channelLevels(), parties);
        Readers readers = new Readers(library, stores.progress(), channelLevels);

        // the one list of commands, in the order /help shows them
        List<Command> commands = new ArrayList<>();
        commands.add(new ShowCommand(readers));
        commands.add(new CharacterCommand(readers));
        commands.add(new RecapCommand(readers));
        commands.add(new ProgressCommand(readers, stores.progress()));
        commands.add(new SettingsCommand(stores.timeZones(), clock));
        commands.add(new TriviaCommand(readers, trivia, stores.trivia(), clock));
        commands.add(new PartyCommand(readers, parties, trivia, stores.timeZones(), clock));
        commands.add(new SpoilersCommand(readers, channelLevels));
        commands.add(new SpoilerWrapCommand(readers, environment.messenger(), clock));
        commands.add(new HelpCommand(() -> commands.stream().map(Command::spec).toList()));
        commands.add(new AdminCommand(reloader, environment.ownerIds()));
        return new BotCore(
                library,
                new CommandRouter(commands, readers, environment.internalErrors()),
                stores,
                channelLevels,
                trivia,
                parties);
    }

    /**
     * Picks up where the bot stopped, for the servers this process serves: resumes parties, and closes the trivia
     * rounds that were running, keeping their scores and telling their channels. Called once the front end can post.
     */
    public void resume(ShardRange shards) {
        int resumed = parties.resume(shards);
        int closed = trivia.closeInterruptedRounds(shards);
        log.info("Resumed {} watch parties; closed {} trivia rounds interrupted by the last stop", resumed, closed);
    }
}
