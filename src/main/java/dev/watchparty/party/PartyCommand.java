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
import dev.watchparty.reply.Text;
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
import java.util.Locale;

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
            throw new UserInputException(PartyText.NOT_IN_SERVER);
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

    /** A party rule, worded (by the router) for the member who broke it. */
    private static UserInputException refusal(PartyException broken) {
        return switch (broken.rule()) {
            case ALREADY_RUNNING -> new UserInputException(PartyText.ALREADY_RUNNING);
            case LAST_EPISODE -> new UserInputException(PartyText.LAST_EPISODE);
            case HOST_CANNOT_LEAVE -> new UserInputException(PartyText.HOST_CANNOT_LEAVE);
            case NOT_A_MEMBER -> new UserInputException(PartyText.NOT_A_MEMBER);
            case NO_PARTY -> new UserInputException(PartyText.NO_PARTY);
            case NOT_IN_CONTROL -> new UserInputException(PartyText.NOT_IN_CONTROL);
            case JUST_MOVED ->
                new UserInputException(PartyText.JUST_MOVED, broken.finished().toString());
        };
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

    /**
     * A public party post answering this request: read by the channel at the party's level, and the requester, in
     * the party's language.
     */
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
                Text.of(PartyText.STARTED_BY, Markdown.escape(request.invoker().displayName())),
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
                        Text.of(PartyText.JUMPED_TO, episode.toString()),
                        publicReaders(move.party(), request, catalog))
                .withButtons(List.of());
    }

    private Reply status(CommandRequest request) {
        Party party = runningParty(request);
        Catalog catalog = catalogOf(party);
        return PartyCards.statusCard(
                party,
                catalog,
                Text.of(PartyText.STARTED_AGO, Long.toString(party.startedAt().getEpochSecond())),
                ReadingContext.ephemeral(
                        readers.progressOf(request.invoker(), catalog),
                        request.invoker().locale()),
                request.invoker().userId());
    }

    private Reply cohost(CommandRequest request) {
        Invoker cohost = request.user("user").orElseThrow(() -> new UserInputException(PartyText.COHOST_MISSING));
        parties.cohost(
                request.place().channelId(),
                request.invoker().userId(),
                canManageEvents(request),
                cohost.userId(),
                cohost.displayName());
        return Reply.notice(Texts.format(
                request.invoker().locale(), PartyText.COHOST_ADDED, Markdown.escape(cohost.displayName())));
    }

    private Reply end(CommandRequest request) {
        Party party = parties.end(request.place().channelId(), request.invoker().userId(), canManageEvents(request));
        return PartyCards.summary(
                party,
                catalogOf(party),
                clock.instant(),
                trivia.channelStandings(party.channelId(), party.showId(), party.startedAt(), 5),
                Text.of(PartyText.ENDED_BY, Markdown.escape(request.invoker().displayName())));
    }

    /**
     * Plans a party. What the server will read (the default name, the server event, and the party when it opens)
     * is in the server's language; the answer, which speaks of the requester's time zone, is in theirs.
     */
    private Reply schedule(CommandRequest request) {
        Catalog catalog = readers.catalogFor(request);
        ReaderZone zone =
                zones.zoneFor(request.invoker().userId(), request.place().guildId());
        Locale reader = request.invoker().locale();
        Locale server = request.place().language();
        Instant when = WhenParser.parse(request.requiredText(WHEN), zone.zone(), clock, reader);
        SpoilerLevel first =
                episodeOption(request, catalog, catalog.episodeOrder().first());
        String name = request.text("name")
                .orElseGet(() -> Texts.format(
                        server, PartyText.DEFAULT_NAME, catalog.show().title()));
        PartyService.Scheduled scheduled = parties.schedule(
                new PartyService.Opening(
                        catalog.show().id(),
                        request.place().guildId(),
                        request.place().channelId(),
                        request.invoker().userId(),
                        request.invoker().displayName(),
                        name,
                        first,
                        server),
                when,
                Texts.format(server, PartyText.EVENT_DESCRIPTION, catalog.show().title(), first.toString()));
        // one made later is still linked to the party, so its interested members join it; only this reply won't know
        Text event = PartyService.within(scheduled.event(), EVENT_WAIT)
                .map(made -> Text.of(PartyText.EVENT_MADE, made.link()))
                .orElseGet(() -> Text.of(PartyText.EVENT_NOT_MADE));
        String epochSecond = Long.toString(when.getEpochSecond());
        return new Reply(
                Text.of(PartyText.SCHEDULED, Markdown.escape(name), epochSecond, first.toString(), readIn(zone), event)
                        .in(reader),
                null,
                List.of(),
                null,
                false);
    }

    /** Which zone the time was read in, so a member whose zone is not set sees why it may be off. */
    private static Text readIn(ReaderZone zone) {
        String id = Markdown.escape(zone.zone().getId());
        return switch (zone.origin()) {
            case MEMBER -> Text.of(PartyText.READ_IN_MEMBER_ZONE, id);
            case SERVER -> Text.of(PartyText.READ_IN_SERVER_ZONE, id);
            case NONE_SET -> Text.of(PartyText.READ_IN_UTC);
        };
    }

    private Party runningParty(CommandRequest request) {
        return parties.partyIn(request.place().channelId())
                .orElseThrow(() -> new UserInputException(PartyText.NO_PARTY));
    }

    private Catalog catalogOf(Party party) {
        return readers.catalogFor(party.showId());
    }

    @Override
    public List<Choice> autocomplete(AutocompleteRequest request) {
        if (request.option().equals(WHEN)) {
            ReaderZone zone =
                    zones.zoneFor(request.invoker().userId(), request.place().guildId());
            return WhenParser.suggestions(
                    request.typed(), zone.zone(), clock, request.invoker().locale());
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
                .orElseThrow(() -> new UserInputException(PartyText.PARTY_ENDED));
        Catalog catalog = catalogOf(party);
        String userId = request.invoker().userId();
        try {
            return ComponentResponse.reply(click(request, id, party, catalog, userId));
        } catch (PartyException broken) {
            throw refusal(broken);
        }
    }

    /** A click on the party's card; what it answers is for the member who clicked alone, in their language. */
    private Reply click(ComponentRequest request, ComponentId id, Party party, Catalog catalog, String userId) {
        Locale language = request.invoker().locale();
        return switch (id.action()) {
            case "join" -> {
                if (party.member(userId).isPresent()) {
                    yield Reply.notice(Texts.format(
                            language, party.isHost(userId) ? PartyText.ALREADY_HOSTING : PartyText.ALREADY_MEMBER));
                }
                parties.join(party.channelId(), userId, request.invoker().displayName());
                yield catchUpQuestion(party, catalog, readers.progressOf(userId, catalog), language);
            }
            case "leave" -> {
                parties.leave(party.channelId(), userId);
                yield Reply.notice(Texts.format(language, PartyText.LEFT));
            }
            case "follow" -> {
                boolean follows =
                        !party.member(userId).map(Party.Member::followsProgress).orElse(false);
                parties.follow(party.channelId(), userId, follows);
                yield Reply.notice(
                        Texts.format(language, follows ? PartyText.FOLLOWING_AGAIN : PartyText.NOT_FOLLOWING));
            }
            case "catchup" -> catchUp(party, catalog, userId, request.selected(), language);
            case "trivia" -> quickTrivia(party, catalog, request, id);
            default -> throw UserInputException.staleComponent();
        };
    }

    /** Asks a new member how far they have watched, defaulting to their saved progress. */
    private Reply catchUpQuestion(Party party, Catalog catalog, Progress saved, Locale language) {
        List<SelectMenu.Option> options = new ArrayList<>();
        options.add(
                new SelectMenu.Option(Texts.format(language, PartyText.NOTHING_YET), "premise", !saved.hasStarted()));
        for (SpoilerLevel episode : catalog.episodeOrder().between(SpoilerLevel.PREMISE, party.finished())) {
            String label = catalog.episode(episode)
                    .map(e -> Suggestions.episodeLabel(e, saved.watchedThrough()))
                    .orElse(episode.toString());
            options.add(new SelectMenu.Option(label, episode.toString(), episode.equals(saved.watchedThrough())));
        }
        if (options.size() > 25) {
            options = options.subList(options.size() - 25, options.size());
        }
        Text where = party.finished().isEpisode()
                ? Text.of(PartyText.PARTY_HAS_FINISHED, party.finished().toString())
                : Text.of(PartyText.PARTY_NOT_STARTED);
        return Reply.notice(Text.of(PartyText.WELCOME, where).in(language))
                .withMenu(new SelectMenu(
                        PartyCards.id("catchup", party), Texts.format(language, PartyText.WATCHED_THROUGH), options));
    }

    /** A catch-up recap up to the party's episode, capped at what the member says they have watched. */
    private Reply catchUp(Party party, Catalog catalog, String userId, List<String> selected, Locale language) {
        if (selected.size() != 1) {
            throw UserInputException.staleComponent();
        }
        SpoilerLevel said = EpisodeOption.watchedThrough(catalog, selected.get(0), readers.progressOf(userId, catalog));
        SpoilerLevel watched = parties.catchUp(party.channelId(), userId, said);
        ReadingContext reader = ReadingContext.ephemeral(Progress.through(watched), language);
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
                ? Texts.format(language, PartyText.LEVEL_WITH_PARTY)
                : Texts.format(language, PartyText.PARTY_AHEAD, ahead.size(), episodes(ahead, language));
        Card card = PageLayout.layout(
                        language,
                        Texts.format(language, PartyText.CATCHING_UP),
                        (sections.isEmpty() ? "" : Texts.format(language, PartyText.REMINDER) + "\n") + description,
                        sections,
                        null,
                        Colors.PARTY,
                        Card.Frame.CONTAINER)
                .get(0);
        return Reply.of(card, true);
    }

    /** The episodes a member is behind: one code, or the first to the last. */
    private static String episodes(List<SpoilerLevel> ahead, Locale language) {
        String first = ahead.get(0).toString();
        return ahead.size() == 1
                ? first
                : Texts.format(
                        language,
                        PartyText.EPISODE_RANGE,
                        first,
                        ahead.get(ahead.size() - 1).toString());
    }

    private Reply quickTrivia(Party party, Catalog catalog, ComponentRequest request, ComponentId id) {
        SpoilerLevel episode = SpoilerLevel.tryParse(id.argument(1)).orElseThrow(UserInputException::staleComponent);
        if (episode.isAbove(party.finished())) {
            throw new UserInputException(PartyText.NOT_WATCHED_BY_PARTY, episode.toString());
        }
        if (episode.isAbove(readers.progressOf(request.invoker(), catalog).watchedThrough())) {
            throw new UserInputException(PartyText.QUIZ_WOULD_SPOIL, episode.toString());
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
                                false,
                                party.language()),
                        catalog)
                .reply(request.invoker().locale());
    }
}
