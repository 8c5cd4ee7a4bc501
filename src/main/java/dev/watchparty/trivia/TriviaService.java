package dev.watchparty.trivia;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import dev.watchparty.pack.TriviaQuestion;
import dev.watchparty.schedule.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** The running rounds, one per channel at most; rounds leave it when they end, so nothing lingers. */
public final class TriviaService {

    private final TriviaStore store;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Random random;
    private final Map<String, TriviaRound> byChannel = new ConcurrentHashMap<>();
    private final Map<String, TriviaRound> byId = new ConcurrentHashMap<>();
    /** One private round per player; one left alone this long is ended, its scores kept. */
    private final Cache<String, SoloRound> soloByPlayer;
    static final Duration SOLO_IDLE = Duration.ofMinutes(15);

    public TriviaService(TriviaStore store, Clock clock, Scheduler scheduler, Random random) {
        this.store = store;
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

    /** The outcome of asking for a round: it started, one already runs there, or no question fits the cap. */
    public sealed interface StartResult {
        record Started(TriviaRound round) implements StartResult {
        }

        record AlreadyRunning(TriviaRound round) implements StartResult {
        }

        record NoQuestions() implements StartResult {
        }
    }

    public StartResult start(RoundSetup setup, List<TriviaQuestion> questions, RoundListener listener) {
        List<TriviaQuestion> pool = QuestionPicker.pool(questions, setup.cap(), setup.onlyLevel());
        if (pool.isEmpty()) {
            return new StartResult.NoQuestions();
        }
        synchronized (byChannel) {
            TriviaRound running = byChannel.get(setup.channelId());
            if (running != null) {
                return new StartResult.AlreadyRunning(running);
            }
            List<PlannedQuestion> plan = QuestionPicker.pick(pool,
                    store.seenQuestions(setup.channelId(), setup.showId()), setup.questionCount(), random,
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
            return new StartResult.Started(round);
        }
    }

    /** Starts a private round for its starter, replacing any private round they had; empty if no question fits. */
    public Optional<SoloRound> startSolo(RoundSetup setup, List<TriviaQuestion> questions) {
        List<TriviaQuestion> pool = QuestionPicker.pool(questions, setup.cap(), setup.onlyLevel());
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        soloByPlayer.cleanUp();
        SoloRound round = new SoloRound(setup, QuestionPicker.pick(pool, Set.of(), setup.questionCount(), random, () -> {
        }), clock, store);
        round.start();
        soloByPlayer.put(setup.starterId(), round);
        return Optional.of(round);
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

    public int runningCount() {
        return byId.size();
    }

    private void forget(TriviaRound round) {
        byChannel.remove(round.setup().channelId(), round);
        byId.remove(round.id(), round);
    }
}
