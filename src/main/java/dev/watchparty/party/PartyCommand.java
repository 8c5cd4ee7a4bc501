package dev.watchparty.party;

import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.ComponentId;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.ComponentResponse;
import dev.watchparty.command.EpisodeOption;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.Place;
import dev.watchparty.command.Readers;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.command.Subcommand;
import dev.watchparty.command.SubcommandSpec;
import dev.watchparty.command.Suggestions;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.Fact;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.Colors;
import dev.watchparty.reply.PageLayout;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Section;
import dev.watchparty.reply.SelectMenu;
import dev.watchparty.reply.Texts;
import dev.watchparty.reply.UserInputException;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ReadingContext;
import dev.watchparty.spoiler.SpoilerRenderer;
import dev.watchparty.time.ReaderZone;
import dev.watchparty.time.TimeZoneStore;
import dev.watchparty.trivia.CapSource;
import dev.watchparty.trivia.RoundRequest;
import dev.watchparty.trivia.TriviaService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /party start|next|goto|status|cohost|end|schedule} and the party card's buttons. The host, co-hosts
 * and members who can manage events control a party; anyone may join, leave, or stop their progress following.
 */
public final class PartyCommand implements SlashCommand {

    public static final String NAME = "party";
    private static final String EPISODE = "episode";
    private static final String WHEN = "when";
    private static final int QUICK_TRIVIA_QUESTIONS = 5;
    private static final Duration QUICK_TRIVIA_SECONDS = Duration.ofSeconds(20);
    /** How long /party schedule waits for Discord to make its server event, to say in its reply whether it did. */
    private static final Duration EVENT_WAIT = Duration.ofSeconds(5);

    private enum Action implements Subcommand {
        START,
        NEXT,
        GOTO,
        STATUS,
        COHOST,
        END,
        SCHEDULE
    }

    private final Readers readers;
    private final PartyService parties;
    private final TriviaService trivia;
    private final TimeZoneStore zones;
    private final Clock clock;

    public PartyCommand(Readers readers, PartyService parties, TriviaService trivia, TimeZoneStore zones, Clock clock) {
        this.readers = readers;
        this.parties = parties;
        this.trivia = trivia;
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        OptionSpec episode = OptionSpec.suggested(EPISODE, "The episode to watch first (default: the first)", false);
        OptionSpec name = OptionSpec.text("name", "A name for the party", false, 80);
        List<OptionSpec> start = readers.withShowOption(episode, name);
        List<OptionSpec> schedule = readers.withShowOption(
                OptionSpec.suggested(
                        WHEN,
                        "When, in your time zone: friday 8pm, tomorrow 20:30, in 2h, 2026-12-05 20:00",
                        true,
                        WhenParser.MAX_LENGTH),
                episode,
                name);
        return CommandSpec.withSubcommands(
                NAME,
                "Watch together: a channel that knows which episode it is on",
                List.of(
                        SubcommandSpec.of(Action.START, "Start a watch party in this channel; you host it", start),
                        SubcommandSpec.of(Action.NEXT, "The episode is over: move on to the next one", List.of()),
                        SubcommandSpec.of(
                                Action.GOTO,
                                "Jump to an episode",
                                List.of(OptionSpec.suggested(EPISODE, "The episode the party watches now", true))),
                        SubcommandSpec.of(Action.STATUS, "Where the party is, and who is in it", List.of()),
                        SubcommandSpec.of(
                                Action.COHOST,
                                "Let someone help run the party",
                                List.of(OptionSpec.user("user", "The new co-host", true))),
                        SubcommandSpec.of(Action.END, "End the party, with a summary", List.of()),
                        SubcommandSpec.of(
                                Action.SCHEDULE,
                                "Plan a party: creates a server event and opens the party then",
                                schedule)));
    }

    @Override
    public Reply execute(CommandRequest request) {
        Place place = request.place();
        if (!place.shared() || place.guildId() == null) {
            throw new UserInputException("Watch parties happen in server channels: start one there.");
        }
        try {
            return switch (request.subcommand(Action.class)) {
                case START -> start(request);
                case NEXT -> next(request);
                case GOTO -> goTo(request);
                case STATUS -> status(request);
                case COHOST -> cohost(request);
                case END -> end(request);
                case SCHEDULE -> schedule(request);
            };
        } catch (PartyException broken) {
            throw refusal(broken);
        }
    }

    /** A party rule, worded for the member who broke it. */
    private static UserInputException refusal(PartyException broken) {
        return new UserInputException(
                switch (broken.rule()) {
                    case ALREADY_RUNNING -> "A party is already running in this channel: see /party status.";
                    case LAST_EPISODE -> "That was the last episode: end the party with /party end.";
                    case HOST_CANNOT_LEAVE ->
                        "You're the host: end the party with /party end, or make someone co-host first.";
                    case NOT_A_MEMBER -> "You haven't joined this party: press Join first.";
                    case NO_PARTY -> "No party is running in this channel. Start one with /party start.";
                    case NOT_IN_CONTROL -> "Only the host, a co-host, or a member who can manage events can do that.";
                    case JUST_MOVED ->
                        "The party just moved on (it has finished " + broken.finished() + "), so I didn't move "
                                + "it again. If you really mean the episode after that, try again in a few seconds.";
                });
    }

    private boolean canManageEvents(CommandRequest request) {
        return request.place().can(Place.Power.MANAGE_EVENTS);
    }

    private SpoilerLevel episodeOption(CommandRequest request, Catalog catalog, SpoilerLevel fallback) {
        return request.text(EPISODE)
                .map(typed -> episodeNamed(request, catalog, typed))
                .orElse(fallback);
    }

    private SpoilerLevel episodeNamed(CommandRequest request, Catalog catalog, String typed) {
        return EpisodeOption.episode(catalog, typed, readers.progressOf(request.invoker(), catalog))
                .code();
    }

    /** A public party post answering this request: read by the channel at the party's level, and the requester. */
    private ReadingContext publicReaders(Party party, CommandRequest request, Catalog catalog) {
        return PartyCards.readers(party, readers.progressOf(request.invoker(), catalog));
    }

    private Reply start(CommandRequest request) {
        Catalog catalog = readers.catalogFor(request);
        SpoilerLevel first =
                episodeOption(request, catalog, catalog.episodeOrder().first());
        Party party = parties.start(new PartyService.Opening(
                catalog.show().id(),
                request.place().guildId(),
                request.place().channelId(),
                request.invoker().userId(),
                request.invoker().displayName(),
                request.text("name").orElse(null),
                first,
                request.place().language()));
        return PartyCards.partyCard(
                party,
                catalog,
                "🍿 " + Markdown.escape(request.invoker().displayName()) + " started a watch party.",
                publicReaders(party, request, catalog));
    }

    private Reply next(CommandRequest request) {
        PartyService.Move move =
                parties.next(request.place().channelId(), request.invoker().userId(), canManageEvents(request));
        Catalog catalog = catalogOf(move.party());
        return PartyCards.breakCard(move.party(), catalog, publicReaders(move.party(), request, catalog));
    }

    private Reply goTo(CommandRequest request) {
        Party party = runningParty(request);
        Catalog catalog = catalogOf(party);
        SpoilerLevel episode = episodeNamed(request, catalog, request.requiredText(EPISODE));
        PartyService.Move move = parties.goTo(
                request.place().channelId(), request.invoker().userId(), canManageEvents(request), episode);
        return PartyCards.partyCard(
                        move.party(),
                        catalog,
                        "The party jumped to " + episode + ".",
                        publicReaders(move.party(), request, catalog))
                .withButtons(List.of());
    }

    private Reply status(CommandRequest request) {
        Party party = runningParty(request);
        Catalog catalog = catalogOf(party);
        return PartyCards.statusCard(
                party,
                catalog,
                "Started <t:" + party.startedAt().getEpochSecond() + ":R>.",
                ReadingContext.ephemeral(
                        readers.progressOf(request.invoker(), catalog),
                        request.invoker().locale()),
                request.invoker().userId());
    }

    private Reply cohost(CommandRequest request) {
        Invoker cohost = request.user("user")
                .orElseThrow(() -> new UserInputException("Please give the `user` option: the new co-host."));
        parties.cohost(
                request.place().channelId(),
                request.invoker().userId(),
                canManageEvents(request),
                cohost.userId(),
                cohost.displayName());
        return Reply.notice("Done: " + Markdown.escape(cohost.displayName()) + " can now run the party too.");
    }

    private Reply end(CommandRequest request) {
        Party party = parties.end(request.place().channelId(), request.invoker().userId(), canManageEvents(request));
        return summary(party, "Ended by " + Markdown.escape(request.invoker().displayName()) + ".");
    }

    private Reply summary(Party party, String reason) {
        return PartyCards.summary(
                party,
                catalogOf(party),
                clock.instant(),
                trivia.channelStandings(party.channelId(), party.showId(), party.startedAt(), 5),
                reason);
    }

    private Reply schedule(CommandRequest request) {
        Catalog catalog = readers.catalogFor(request);
        ReaderZone zone =
                zones.zoneFor(request.invoker().userId(), request.place().guildId());
        Instant when = WhenParser.parse(request.requiredText(WHEN), zone.zone(), clock);
        SpoilerLevel first =
                episodeOption(request, catalog, catalog.episodeOrder().first());
        String name = request.text("name").orElse(catalog.show().title() + " watch party");
        PartyService.Scheduled scheduled = parties.schedule(
                new PartyService.Opening(
                        catalog.show().id(),
                        request.place().guildId(),
                        request.place().channelId(),
                        request.invoker().userId(),
                        request.invoker().displayName(),
                        name,
                        first,
                        request.place().language()),
                when,
                "Watching " + catalog.show().title() + " from " + first + ". Join in the channel when it starts.");
        // one made later is still linked to the party, so its interested members join it; only this reply won't know
        String event = PartyService.within(scheduled.event(), EVENT_WAIT)
                .map(made -> " It's in the server's events: " + made.link() + " Press Interested there and you'll "
                        + "be on the party's roster when it opens.")
                .orElse(" I couldn't add it to the server's events (I need the Manage Events permission there), "
                        + "but the party opens here all the same.");
        return new Reply(
                "📅 " + Markdown.escape(name) + ": the party opens here <t:" + when.getEpochSecond() + ":F> (" + "<t:"
                        + when.getEpochSecond() + ":R>), starting at " + first + ". " + readIn(zone) + event,
                null,
                List.of(),
                null,
                false);
    }

    /** Which zone the time was read in, so a member whose zone is not set sees why it may be off. */
    private static String readIn(ReaderZone zone) {
        String id = Markdown.escape(zone.zone().getId());
        return switch (zone.origin()) {
            case MEMBER -> "(I read the time in your time zone, " + id + ".)";
            case SERVER -> "(I read the time in this server's time zone, " + id + "; set yours with /settings.)";
            case NONE_SET -> "(I read the time in UTC: set your time zone with /settings.)";
        };
    }

    private Party runningParty(CommandRequest request) {
        return parties.partyIn(request.place().channelId())
                .orElseThrow(() ->
                        new UserInputException("No party is running in this channel. Start one with /party start."));
    }

    private Catalog catalogOf(Party party) {
        return readers.catalogFor(party.showId());
    }

    @Override
    public List<Choice> autocomplete(AutocompleteRequest request) {
        if (request.option().equals(WHEN)) {
            ReaderZone zone =
                    zones.zoneFor(request.invoker().userId(), request.place().guildId());
            return WhenParser.suggestions(request.typed(), zone.zone(), clock);
        }
        if (!request.option().equals(EPISODE)) {
            return List.of();
        }
        Catalog catalog = parties.partyIn(request.place().channelId())
                .map(this::catalogOf)
                .orElseGet(() -> readers.catalogFor(request));
        return Suggestions.episodes(catalog, request.typed(), readers.progressOf(request.invoker(), catalog));
    }

    @Override
    public ComponentResponse onComponent(ComponentRequest request) {
        ComponentId id = request.id();
        Party party = parties.partyIn(request.place().channelId())
                .filter(running -> running.id().equals(id.argument(0)))
                .orElseThrow(() -> new UserInputException("This party has ended."));
        Catalog catalog = catalogOf(party);
        String userId = request.invoker().userId();
        try {
            return ComponentResponse.reply(click(request, id, party, catalog, userId));
        } catch (PartyException broken) {
            throw refusal(broken);
        }
    }

    private Reply click(ComponentRequest request, ComponentId id, Party party, Catalog catalog, String userId) {
        return switch (id.action()) {
            case "join" -> {
                if (party.member(userId).isPresent()) {
                    yield Reply.notice(
                            party.isHost(userId)
                                    ? "You host this party, so you're in it already."
                                    : "You're in this party already.");
                }
                parties.join(party.channelId(), userId, request.invoker().displayName());
                yield catchUpQuestion(party, catalog, readers.progressOf(userId, catalog));
            }
            case "leave" -> {
                parties.leave(party.channelId(), userId);
                yield Reply.notice("You left the party. Come back any time with Join.");
            }
            case "follow" -> {
                boolean follows =
                        !party.member(userId).map(Party.Member::followsProgress).orElse(false);
                parties.follow(party.channelId(), userId, follows);
                yield Reply.notice(
                        follows
                                ? "Your progress follows the party again: /party next moves it forward."
                                : "Your progress no longer follows the party; set it yourself with /progress set.");
            }
            case "catchup" -> catchUp(party, catalog, userId, request.selected());
            case "trivia" -> quickTrivia(party, catalog, request, id);
            default -> throw UserInputException.staleComponent();
        };
    }

    /** Asks a new member how far they have watched, defaulting to their saved progress. */
    private Reply catchUpQuestion(Party party, Catalog catalog, Progress saved) {
        List<SelectMenu.Option> options = new ArrayList<>();
        options.add(new SelectMenu.Option("Nothing yet", "premise", !saved.hasStarted()));
        for (SpoilerLevel episode : catalog.episodeOrder().between(SpoilerLevel.PREMISE, party.finished())) {
            String label = catalog.episode(episode)
                    .map(e -> Suggestions.episodeLabel(e, saved.watchedThrough()))
                    .orElse(episode.toString());
            options.add(new SelectMenu.Option(label, episode.toString(), episode.equals(saved.watchedThrough())));
        }
        if (options.size() > 25) {
            options = options.subList(options.size() - 25, options.size());
        }
        return Reply.notice("Welcome! The party has "
                        + (party.finished().isEpisode()
                                ? "finished " + party.finished()
                                : "not finished an episode yet")
                        + ". How far have you watched? I'll catch you up to there.")
                .withMenu(new SelectMenu(PartyCards.id("catchup", party), "I have watched through…", options));
    }

    /** A catch-up recap up to the party's episode, capped at what the member says they have watched. */
    private Reply catchUp(Party party, Catalog catalog, String userId, List<String> selected) {
        if (selected.size() != 1) {
            throw UserInputException.staleComponent();
        }
        SpoilerLevel said = EpisodeOption.watchedThrough(catalog, selected.get(0), readers.progressOf(userId, catalog));
        SpoilerLevel watched = parties.catchUp(party.channelId(), userId, said);
        ReadingContext reader = ReadingContext.ephemeral(Progress.through(watched), Texts.FALLBACK);
        List<Section> sections = new ArrayList<>();
        for (SpoilerLevel code : catalog.episodeOrder().between(SpoilerLevel.PREMISE, watched)) {
            catalog.episode(code).ifPresent(episode -> {
                List<Fact> lines = episode.recap().stream().limit(2).toList();
                List<String> blocks = SpoilerRenderer.render(lines, reader).blocks();
                if (!blocks.isEmpty()) {
                    sections.add(new Section(Suggestions.episodeLabel(episode, watched), blocks));
                }
            });
        }
        List<SpoilerLevel> ahead = catalog.episodeOrder().between(watched, party.finished());
        String description = ahead.isEmpty()
                ? "You're level with the party. Enjoy!"
                : "The party is " + ahead.size() + (ahead.size() == 1 ? " episode" : " episodes") + " ahead of you ("
                        + ahead.get(0) + (ahead.size() > 1 ? " to " + ahead.get(ahead.size() - 1) : "")
                        + "). Public replies here show those plainly, so catch up first, or read /recap for them.";
        Card card = PageLayout.layout(
                        Texts.FALLBACK,
                        "Catching up",
                        (sections.isEmpty() ? "" : "A reminder of what you've seen.\n") + description,
                        sections,
                        null,
                        Colors.PARTY,
                        Card.Frame.CONTAINER)
                .get(0);
        return Reply.of(card, true);
    }

    private Reply quickTrivia(Party party, Catalog catalog, ComponentRequest request, ComponentId id) {
        SpoilerLevel episode = SpoilerLevel.tryParse(id.argument(1)).orElseThrow(UserInputException::staleComponent);
        if (episode.isAbove(party.finished())) {
            throw new UserInputException("The party hasn't watched " + episode + " yet.");
        }
        if (episode.isAbove(readers.progressOf(request.invoker(), catalog).watchedThrough())) {
            throw new UserInputException("You haven't marked " + episode + " as watched, so a quiz on it would spoil "
                    + "you. Turn on \"Progress follows party\", or set your progress with /progress set.");
        }
        return trivia.startRound(
                        new RoundRequest(
                                party.guildId(),
                                party.channelId(),
                                request.invoker().userId(),
                                request.invoker().displayName(),
                                party.finished(),
                                CapSource.CHANNEL,
                                episode,
                                QUICK_TRIVIA_QUESTIONS,
                                QUICK_TRIVIA_SECONDS,
                                false),
                        catalog)
                .reply();
    }
}
