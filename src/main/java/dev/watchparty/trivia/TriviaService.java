package dev.watchparty.trivia;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import dev.watchparty.command.ShardRange;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.TriviaQuestion;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Texts;
import dev.watchparty.schedule.Scheduler;
import dev.watchparty.spoiler.Markdown;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Trivia's one entry point: starts rounds (naming them, with the pause between questions, shown by its
 * presenter), keeps the running ones (one per channel at most; a round leaves when it ends, so nothing
 * lingers), and closes those a restart cut short.
 */
public final class TriviaService {

    private final TriviaStore store;
    private final TriviaPresenter presenter;
    private final Duration pause;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Random random;
    private final Map<String, TriviaRound> byChannel = new ConcurrentHashMap<>();
    private final Map<String, TriviaRound> byId = new ConcurrentHashMap<>();
    /** One private round per player; one left alone this long is ended, its scores kept. */
    private final Cache<String, SoloRound> soloByPlayer;

    static final Duration SOLO_IDLE = Duration.ofMinutes(15);

    public TriviaService(
            TriviaStore store,
            TriviaPresenter presenter,
            Duration pause,
            Clock clock,
            Scheduler scheduler,
            Random random) {
        this.store = store;
        this.presenter = presenter;
        this.pause = pause;
        this.clock = clock;
        this.scheduler = scheduler;
        this.random = random;
        this.soloByPlayer = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterAccess(SOLO_IDLE)
                .executor(Runnable::run)
                .<String, SoloRound>removalListener((player, round, cause) -> {
                    if (round != null) {
                        round.end(cause == RemovalCause.EXPIRED ? EndReason.ABANDONED : EndReason.STOPPED);
                    }
                })
                .build();
    }

    /**
     * The outcome of asking for a round: it started (with the card that opens it), one already runs there, no
     * question fits the cap, or the bot cannot post in the channel.
     */
    public sealed interface StartResult {

        /**
         * What the requester is told: the opening card, which the channel reads, in the round's language; or why
         * there is no round, in the requester's.
         */
        Reply reply(Locale requester);

        record Started(TriviaRound round, Reply header) implements StartResult {
            @Override
            public Reply reply(Locale requester) {
                return header;
            }
        }

        record CannotPost() implements StartResult {
            @Override
            public Reply reply(Locale requester) {
                return Reply.notice(Texts.format(requester, TriviaText.CANNOT_POST));
            }
        }

        record AlreadyRunning(TriviaRound round) implements StartResult {
            @Override
            public Reply reply(Locale requester) {
                return Reply.notice(Texts.format(
                        requester,
                        TriviaText.ALREADY_RUNNING,
                        Markdown.escape(round.setup().starterName())));
            }
        }

        record NoQuestions(RoundSetup setup) implements StartResult {
            @Override
            public Reply reply(Locale requester) {
                return Reply.notice(
                        Texts.format(requester, TriviaText.NO_QUESTIONS, TriviaPresenter.capLabel(requester, setup)));
            }
        }
    }

    /** Starts a round in a channel, on the show's questions, posted there by the presenter. */
    public StartResult startRound(RoundRequest request, Catalog catalog) {
        if (!presenter.canPostIn(request.channelId())) {
            return new StartResult.CannotPost();
        }
        return start(setup(request, catalog), catalog, presenter);
    }

    /** The engine under {@link #startRound}, with the listener given: tests listen to a round directly. */
    StartResult start(RoundSetup setup, Catalog catalog, RoundListener listener) {
        List<TriviaQuestion> pool = QuestionPicker.pool(catalog.pack().trivia(), setup.cap(), setup.onlyLevel());
        if (pool.isEmpty()) {
            return new StartResult.NoQuestions(setup);
        }
        synchronized (byChannel) {
            TriviaRound running = byChannel.get(setup.channelId());
            if (running != null) {
                return new StartResult.AlreadyRunning(running);
            }
            List<PlannedQuestion> plan = QuestionPicker.pick(
                    pool,
                    store.seenQuestions(setup.channelId(), setup.showId()),
                    setup.questionCount(),
                    random,
                    () -> store.forgetSeen(setup.channelId(), setup.showId()));
            TriviaRound round = new TriviaRound(setup, plan, clock, scheduler, store, listener, this::forget);
            byChannel.put(setup.channelId(), round);
            byId.put(round.id(), round);
            try {
                round.start();
            } catch (RuntimeException e) {
                forget(round);
                throw e;
            }
            return new StartResult.Started(
                    round, TriviaPresenter.header(round, catalog.show().title()));
        }
    }

    private RoundSetup setup(RoundRequest request, Catalog catalog) {
        return new RoundSetup(
                HexFormat.of().toHexDigits(random.nextInt()),
                catalog.show().id(),
                request.guildId(),
                request.channelId(),
                request.starterId(),
                request.starterName(),
                request.cap(),
                request.capSource(),
                request.onlyLevel(),
                request.questionCount(),
                request.perQuestion(),
                pause,
                request.privateRound(),
                request.language());
    }

    /**
     * Closes the rounds this process was running in its servers when it last stopped, keeping their scores, and
     * tells their channels (a private round's player alone knew of it). Rounds of other processes' servers go on.
     * Called once the front end can post.
     */
    public int closeInterruptedRounds(ShardRange shards) {
        List<TriviaStore.StoredRound> unfinished = store.unfinishedRounds().stream()
                .filter(round -> shards.ownsGuild(round.guildId()))
                .toList();
        for (TriviaStore.StoredRound round : unfinished) {
            store.roundEnded(round.roundId(), EndReason.INTERRUPTED, clock.instant());
            if (!round.privateRound()) {
                presenter.announceInterrupted(round, store.roundStandings(round.roundId()));
            }
        }
        return unfinished.size();
    }

    /** The standings over every channel round played in a channel since a moment: a watch party's trivia. */
    public List<Standing> channelStandings(String channelId, String showId, Instant since, int limit) {
        return store.channelStandings(channelId, showId, since, limit);
    }

    /** A private round just started, and its opening step (its first question). */
    public record SoloStart(SoloRound round, SoloRound.Step opening) {}

    /** Starts a private round for its starter, replacing any private round they had; empty if no question fits. */
    public Optional<SoloStart> startSolo(RoundRequest request, Catalog catalog) {
        RoundSetup setup = setup(request, catalog);
        List<TriviaQuestion> pool = QuestionPicker.pool(catalog.pack().trivia(), setup.cap(), setup.onlyLevel());
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        soloByPlayer.cleanUp();
        SoloRound round = new SoloRound(
                setup, QuestionPicker.pick(pool, Set.of(), setup.questionCount(), random, () -> {}), clock, store);
        SoloRound.Step opening = round.start();
        soloByPlayer.put(setup.starterId(), round);
        return Optional.of(new SoloStart(round, opening));
    }

    /** The player's private round, if it is the one with this id and still open. */
    public Optional<SoloRound> soloRound(String playerId, String roundId) {
        return Optional.ofNullable(soloByPlayer.getIfPresent(playerId))
                .filter(round -> round.id().equals(roundId) && !round.hasEnded());
    }

    public Optional<TriviaRound> roundIn(String channelId) {
        return Optional.ofNullable(byChannel.get(channelId));
    }

    public Optional<TriviaRound> round(String roundId) {
        return Optional.ofNullable(byId.get(roundId));
    }

    /** Channel rounds running now. */
    public int runningCount() {
        return byId.size();
    }

    /** Private rounds still open now (a finished one is kept a while for late clicks, but not counted). */
    public int privateRunningCount() {
        return (int) soloByPlayer.asMap().values().stream()
                .filter(round -> !round.hasEnded())
                .count();
    }

    private void forget(TriviaRound round) {
        byChannel.remove(round.setup().channelId(), round);
        byId.remove(round.id(), round);
    }
}
