package dev.watchparty.trivia;

import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.ComponentId;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.ComponentResponse;
import dev.watchparty.command.EpisodeOption;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.Place;
import dev.watchparty.command.Readers;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.command.Subcommand;
import dev.watchparty.command.SubcommandSpec;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Text;
import dev.watchparty.reply.Texts;
import dev.watchparty.reply.UserInputException;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.Progress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * {@code /trivia start|stop|leaderboard|stats}, and the answer and join buttons of a round. A round's spoiler
 * cap is {@code through} (only if the starter has watched that far), else the channel's level, else the
 * starter's progress; no question above it is ever asked.
 */
public final class TriviaCommand implements SlashCommand {

    public static final String NAME = "trivia";
    static final int DEFAULT_QUESTIONS = 10;
    static final int DEFAULT_SECONDS = 20;
    static final String ALL_TIME = "all-time";
    static final String THIS_MONTH = "this month";
    private static final int LEADERBOARD_SIZE = 10;

    private enum Action implements Subcommand {
        START,
        SOLO,
        STOP,
        LEADERBOARD,
        STATS
    }

    private final Readers readers;
    private final TriviaService service;
    private final TriviaStore store;
    private final Clock clock;

    public TriviaCommand(Readers readers, TriviaService service, TriviaStore store, Clock clock) {
        this.readers = readers;
        this.service = service;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        List<OptionSpec> start = readers.withShowOption(
                OptionSpec.number(
                        "questions",
                        "How many questions (default 10)",
                        false,
                        RoundSetup.MIN_QUESTIONS,
                        RoundSetup.MAX_QUESTIONS),
                OptionSpec.suggested("through", "Ask about episodes up to this one (you must have watched it)", false),
                OptionSpec.number(
                        "seconds",
                        "Seconds per question (default 20)",
                        false,
                        RoundSetup.MIN_SECONDS,
                        RoundSetup.MAX_SECONDS));
        List<OptionSpec> leaderboard = readers.withShowOption(
                OptionSpec.oneOf("period", "All time (default) or this month", false, List.of(ALL_TIME, THIS_MONTH)));
        List<OptionSpec> stats = readers.withShowOption(OptionSpec.user("user", "Whose stats (default: yours)", false));
        return CommandSpec.withSubcommands(
                NAME,
                "Spoiler-safe trivia rounds with buttons",
                List.of(
                        SubcommandSpec.of(
                                Action.START, "Start a round in this channel, at what everyone here has seen", start),
                        SubcommandSpec.of(Action.SOLO, "Play a private round, up to your own progress", start),
                        SubcommandSpec.of(
                                Action.STOP, "Stop this channel's round (its starter, or Manage Messages)", List.of()),
                        SubcommandSpec.of(Action.LEADERBOARD, "The best players here", leaderboard),
                        SubcommandSpec.of(Action.STATS, "A player's trivia record", stats)));
    }

    @Override
    public Reply execute(CommandRequest request) {
        return switch (request.subcommand(Action.class)) {
            case START -> start(request);
            case SOLO -> solo(request);
            case STOP -> stop(request);
            case LEADERBOARD -> leaderboard(request);
            case STATS -> stats(request);
        };
    }

    private Reply start(CommandRequest request) {
        Place place = request.place();
        Catalog catalog = readers.catalogFor(request);
        Progress starter = readers.progressOf(request.invoker(), catalog);
        // choices sit on buttons, which cannot hold spoiler tags: a round in a channel asks only what every
        // reader has seen, the channel's level and the starter's progress alike
        SpoilerLevel channel = place.shared() ? readers.channelLevel(place, catalog) : starter.watchedThrough();
        SpoilerLevel cap;
        CapSource source;
        if (request.text("through").isPresent()) {
            cap = throughOption(request, catalog, starter);
            if (cap.isAbove(channel)) {
                throw new UserInputException(TriviaText.THROUGH_PAST_CHANNEL, channelKnows(channel), cap.toString());
            }
            source = CapSource.THROUGH_OPTION;
        } else {
            cap = SpoilerLevel.min(channel, starter.watchedThrough());
            source = place.shared() && !channel.isAbove(starter.watchedThrough())
                    ? CapSource.CHANNEL
                    : CapSource.STARTER_PROGRESS;
        }
        return service.startRound(roundRequest(request, cap, source, false), catalog)
                .reply(request.invoker().locale());
    }

    /** A private round, capped at the player's own progress: questions and buttons only they can see. */
    private Reply solo(CommandRequest request) {
        Catalog catalog = readers.catalogFor(request);
        Progress player = readers.progressOf(request.invoker(), catalog);
        boolean through = request.text("through").isPresent();
        SpoilerLevel cap = through ? throughOption(request, catalog, player) : player.watchedThrough();
        RoundRequest round =
                roundRequest(request, cap, through ? CapSource.THROUGH_OPTION : CapSource.STARTER_PROGRESS, true);
        return service.startSolo(round, catalog)
                .map(started -> TriviaPresenter.soloReply(started.round(), started.opening()))
                .orElseGet(() -> {
                    Locale reader = request.invoker().locale();
                    return Reply.notice(
                            Texts.format(reader, TriviaText.NO_QUESTIONS, TriviaPresenter.levelLabel(reader, cap)));
                });
    }

    private static RoundRequest roundRequest(
            CommandRequest request, SpoilerLevel cap, CapSource source, boolean privateRound) {
        int questions = request.number("questions").map(Long::intValue).orElse(DEFAULT_QUESTIONS);
        Duration perQuestion = Duration.ofSeconds(request.number("seconds").orElse((long) DEFAULT_SECONDS));
        return new RoundRequest(
                request.place().guildId(),
                request.place().channelId(),
                request.invoker().userId(),
                request.invoker().displayName(),
                cap,
                source,
                null,
                questions,
                perQuestion,
                privateRound,
                // a private round is read by its player alone; a channel's, by everyone there
                privateRound ? request.invoker().locale() : request.place().language());
    }

    /** The cap a player asked for with {@code through:}; never past what they have watched. */
    private static SpoilerLevel throughOption(CommandRequest request, Catalog catalog, Progress player) {
        SpoilerLevel cap = EpisodeOption.watchedThrough(catalog, request.requiredText("through"), player);
        if (cap.isAbove(player.watchedThrough())) {
            throw player.hasStarted()
                    ? new UserInputException(
                            TriviaText.THROUGH_PAST_PROGRESS,
                            player.watchedThrough().toString(),
                            cap.toString())
                    : new UserInputException(TriviaText.THROUGH_NOT_STARTED, cap.toString());
        }
        return cap;
    }

    /** "up to S1E3", or "only the premise", worded for whoever asked. */
    private static Text channelKnows(SpoilerLevel level) {
        return level.isEpisode()
                ? Text.of(TriviaText.CHANNEL_KNOWS_UP_TO, level.toString())
                : Text.of(TriviaText.CHANNEL_KNOWS_PREMISE);
    }

    private Reply stop(CommandRequest request) {
        TriviaRound round = service.roundIn(request.place().channelId())
                .orElseThrow(() -> new UserInputException(TriviaText.NO_ROUND_HERE));
        boolean starter = round.setup().starterId().equals(request.invoker().userId());
        if (!starter && !request.place().can(Place.Power.MANAGE_MESSAGES)) {
            throw new UserInputException(TriviaText.STOP_NOT_ALLOWED);
        }
        round.stop();
        return new Reply(
                Texts.format(
                        request.invoker().locale(),
                        TriviaText.STOPPED_BY,
                        Markdown.escape(request.invoker().displayName())),
                null,
                List.of(),
                null,
                false);
    }

    private Reply leaderboard(CommandRequest request) {
        Catalog catalog = readers.catalogFor(request);
        boolean month = request.text("period").map(THIS_MONTH::equals).orElse(false);
        Instant since = month
                ? ZonedDateTime.now(clock.withZone(ZoneOffset.UTC))
                        .withDayOfMonth(1)
                        .toLocalDate()
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                : null;
        List<Standing> best =
                store.leaderboard(request.place().community(), catalog.show().id(), since, LEADERBOARD_SIZE);
        Locale reader = request.invoker().locale();
        return TriviaPresenter.standingsReply(
                reader,
                Texts.format(
                        reader,
                        TriviaText.LEADERBOARD_TITLE,
                        Markdown.escape(catalog.show().title())),
                Texts.format(reader, month ? TriviaText.THIS_MONTH : TriviaText.ALL_TIME),
                best);
    }

    private Reply stats(CommandRequest request) {
        Catalog catalog = readers.catalogFor(request);
        String userId = request.user("user").orElse(request.invoker()).userId();
        Locale reader = request.invoker().locale();
        return store.stats(request.place().community(), catalog.show().id(), userId)
                .map(stats -> Reply.notice(Texts.format(
                        reader,
                        TriviaText.STATS,
                        Markdown.escape(stats.displayName()),
                        stats.rounds(),
                        stats.correct(),
                        stats.answered(),
                        // whole percents, rounded half up as before; the pattern writes them the reader's way
                        Math.round(100.0 * stats.correct() / stats.answered()) / 100.0,
                        stats.points(),
                        stats.bestStreak())))
                .orElseGet(() -> Reply.notice(Texts.format(reader, TriviaText.NO_STATS)));
    }

    /** A click in a private round: the message becomes the outcome and the next question. */
    private ComponentResponse soloAnswer(ComponentRequest request, String roundId, int questionNumber, int choice) {
        SoloRound round = service.soloRound(request.invoker().userId(), roundId)
                .orElseThrow(() -> new UserInputException(TriviaText.SOLO_ROUND_ENDED));
        SoloRound.Step step = round.answer(questionNumber, choice);
        if (step == null) {
            return ComponentResponse.reply(
                    Reply.notice(Texts.format(request.invoker().locale(), TriviaText.SOLO_ALREADY_ANSWERED)));
        }
        return ComponentResponse.update(TriviaPresenter.soloReply(round, step));
    }

    @Override
    public List<Choice> autocomplete(AutocompleteRequest request) {
        return readers.episodeSuggestions(request);
    }

    @Override
    public ComponentResponse onComponent(ComponentRequest request) {
        ComponentId id = request.id();
        if (id.is(TriviaPresenter.JOIN, 1)) {
            TriviaRound round =
                    service.round(id.argument(0)).orElseThrow(() -> new UserInputException(TriviaText.ROUND_ENDED));
            boolean joined =
                    round.join(request.invoker().userId(), request.invoker().displayName());
            return ComponentResponse.reply(Reply.notice(
                    Texts.format(request.invoker().locale(), joined ? TriviaText.JOINED : TriviaText.ALREADY_JOINED)));
        }
        if (id.is(TriviaPresenter.SOLO_ANSWER, 3)) {
            return soloAnswer(request, id.argument(0), id.intArgument(1), id.intArgument(2));
        }
        if (!id.is(TriviaPresenter.ANSWER, 3)) {
            throw UserInputException.staleComponent();
        }
        int questionNumber = id.intArgument(1);
        int choice = id.intArgument(2);
        TriviaRound round =
                service.round(id.argument(0)).orElseThrow(() -> new UserInputException(TriviaText.ROUND_ENDED));
        AnswerOutcome outcome =
                round.answer(request.invoker().userId(), request.invoker().displayName(), questionNumber, choice);
        // the clicker alone reads this, so it is in their language, not the round's
        Locale clicker = request.invoker().locale();
        return ComponentResponse.reply(Reply.notice(
                switch (outcome.kind()) {
                    case LOCKED -> Texts.format(clicker, TriviaText.LOCKED_IN, AskedQuestion.letter(outcome.choice()));
                    case ALREADY_ANSWERED ->
                        Texts.format(clicker, TriviaText.ALREADY_ANSWERED, AskedQuestion.letter(outcome.choice()));
                    case TOO_LATE -> Texts.format(clicker, TriviaText.TOO_LATE);
                    case ROUND_OVER -> Texts.format(clicker, TriviaText.ROUND_ENDED);
                }));
    }
}
