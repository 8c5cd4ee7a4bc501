package dev.watchparty.trivia;

import dev.watchparty.schedule.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round in one channel: asks its questions in turn, takes each player's first click, reveals when the
 * timer ends or when everyone who joined has answered, pauses, and goes on. Every scored answer is written to
 * the store before the player is told it is locked in. Driven only by its clock and scheduler, so tests run
 * it without sleeping. Thread-safe: clicks and timers may come from any thread.
 */
public final class TriviaRound implements RoundView {

    private static final Logger log = LoggerFactory.getLogger(TriviaRound.class);

    /** Questions in a row with no answer at all, after which a round ends itself. */
    static final int ABANDON_AFTER = 3;

    private enum Phase {
        NOT_STARTED,
        ASKING,
        BETWEEN_QUESTIONS,
        ENDED
    }

    private final RoundSetup setup;
    private final List<PlannedQuestion> plan;
    private final Clock clock;
    private final Scheduler scheduler;
    private final TriviaStore store;
    private final RoundListener listener;
    private final Consumer<TriviaRound> onEnd;

    private final Map<String, PlayerScore> players = new LinkedHashMap<>();
    private final Map<String, ScoredAnswer> answersToCurrent = new LinkedHashMap<>();
    private Phase phase = Phase.NOT_STARTED;
    private int current = -1;
    private AskedQuestion asked;
    private Scheduler.Task timer;
    private int unansweredInARow;

    TriviaRound(
            RoundSetup setup,
            List<PlannedQuestion> plan,
            Clock clock,
            Scheduler scheduler,
            TriviaStore store,
            RoundListener listener,
            Consumer<TriviaRound> onEnd) {
        if (plan.isEmpty()) {
            throw new IllegalArgumentException("a round needs at least one question");
        }
        this.setup = setup;
        this.plan = List.copyOf(plan);
        this.clock = clock;
        this.scheduler = scheduler;
        this.store = store;
        this.listener = listener;
        this.onEnd = onEnd;
    }

    @Override
    public RoundSetup setup() {
        return setup;
    }

    @Override
    public int questionCount() {
        return plan.size();
    }

    public String id() {
        return setup.roundId();
    }

    /** Opens the round; the first question comes after one pause, so players can read the header and join. */
    synchronized void start() {
        if (phase != Phase.NOT_STARTED) {
            throw new IllegalStateException("round " + id() + " already started");
        }
        store.roundStarted(setup, clock.instant());
        join(setup.starterId(), setup.starterName());
        phase = Phase.BETWEEN_QUESTIONS;
        timer = scheduler.schedule(setup.pause(), this::nextAfterPause);
    }

    /** Joins a player; returns false if they had already joined. Answering also joins. */
    public synchronized boolean join(String userId, String displayName) {
        if (players.containsKey(userId)) {
            return false;
        }
        players.put(userId, new PlayerScore(userId, displayName));
        return true;
    }

    public synchronized boolean hasEnded() {
        return phase == Phase.ENDED;
    }

    /**
     * A click on answer {@code choice} of question {@code questionNumber}. The answer is claimed under the round's
     * lock (so a second click is "already answered"), written to the store outside it, so that clicks arriving
     * together share one commit instead of queueing for one each, and counted once it is kept: a failed write
     * gives the claim back and leaves the score as it was.
     */
    public AnswerOutcome answer(String userId, String displayName, int questionNumber, int choice) {
        Claim claim;
        synchronized (this) {
            if (phase == Phase.ENDED) {
                return new AnswerOutcome(AnswerOutcome.Kind.ROUND_OVER, -1);
            }
            ScoredAnswer earlier = answersToCurrent.get(userId);
            if (asked != null && questionNumber == asked.number() && earlier != null) {
                return new AnswerOutcome(AnswerOutcome.Kind.ALREADY_ANSWERED, earlier.choice());
            }
            Instant now = clock.instant();
            if (phase != Phase.ASKING || questionNumber != asked.number() || !now.isBefore(asked.deadline())) {
                return new AnswerOutcome(AnswerOutcome.Kind.TOO_LATE, -1);
            }
            if (choice < 0 || choice >= asked.choices().size()) {
                return new AnswerOutcome(AnswerOutcome.Kind.TOO_LATE, -1);
            }
            join(userId, displayName);
            PlayerScore player = players.get(userId);
            ScoredAnswer answer = player.score(
                    choice,
                    choice == asked.correctIndex(),
                    Duration.between(asked.askedAt(), now),
                    setup.perQuestion());
            answersToCurrent.put(userId, answer);
            claim = new Claim(asked, player, answer, now);
        }
        try {
            store.answerScored(id(), claim.question(), claim.answer(), claim.at());
        } catch (RuntimeException e) {
            giveBack(claim);
            throw e;
        }
        kept(claim);
        return new AnswerOutcome(AnswerOutcome.Kind.LOCKED, choice);
    }

    /** An answer claimed for a question and not yet kept in the store. */
    private record Claim(AskedQuestion question, PlayerScore player, ScoredAnswer answer, Instant at) {}

    private synchronized void giveBack(Claim claim) {
        if (asked == claim.question()) {
            answersToCurrent.remove(claim.answer().userId(), claim.answer());
        }
    }

    /** Counts a kept answer, and reveals the question if it was the last one anybody owed. */
    private synchronized void kept(Claim claim) {
        claim.player().count(claim.answer());
        if (phase == Phase.ASKING
                && asked == claim.question()
                && answersToCurrent.keySet().containsAll(players.keySet())) {
            reveal();
        }
    }

    /** Ends the round early; the caller has checked that the requester may. */
    public synchronized void stop() {
        if (phase != Phase.ENDED) {
            end(EndReason.STOPPED);
        }
    }

    public synchronized List<Standing> standings() {
        return players.values().stream()
                .filter(PlayerScore::hasAnswered)
                .map(PlayerScore::standing)
                .sorted(Standing.RANKING)
                .toList();
    }

    private void askNext() {
        current++;
        if (current >= plan.size()) {
            end(EndReason.FINISHED);
            return;
        }
        PlannedQuestion next = plan.get(current);
        Instant now = clock.instant();
        asked = next.askedAt(now, current + 1, plan.size(), setup.perQuestion());
        answersToCurrent.clear();
        phase = Phase.ASKING;
        store.markSeen(setup.channelId(), setup.showId(), next.question().id(), now);
        int number = asked.number();
        timer = scheduler.schedule(setup.perQuestion(), () -> timeUp(number));
        listener.questionAsked(this, asked);
    }

    private synchronized void timeUp(int questionNumber) {
        if (phase == Phase.ASKING && asked.number() == questionNumber) {
            guarded(this::reveal);
        }
    }

    private void reveal() {
        timer.cancel();
        unansweredInARow = answersToCurrent.isEmpty() ? unansweredInARow + 1 : 0;
        listener.questionRevealed(this, asked, List.copyOf(answersToCurrent.values()));
        if (unansweredInARow >= ABANDON_AFTER) {
            end(EndReason.ABANDONED);
        } else if (current + 1 >= plan.size()) {
            end(EndReason.FINISHED);
        } else {
            phase = Phase.BETWEEN_QUESTIONS;
            timer = scheduler.schedule(setup.pause(), this::nextAfterPause);
        }
    }

    private synchronized void nextAfterPause() {
        if (phase == Phase.BETWEEN_QUESTIONS) {
            guarded(this::askNext);
        }
    }

    /**
     * A step a timer runs. One that fails (the database locked or full, a post refused) ends the round rather
     * than leave it waiting for a timer that will never come: the channel is told, the scores kept so far stay
     * in the store, and the channel is free for the next round.
     */
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.error("trivia round {} in channel {} failed at a step; ending it", id(), setup.channelId(), e);
            if (phase != Phase.ENDED) {
                end(EndReason.FAILED);
            }
        }
    }

    /** Ends the round; whatever fails on the way, the service forgets it, so the channel never stays blocked. */
    private void end(EndReason reason) {
        phase = Phase.ENDED;
        if (timer != null) {
            timer.cancel();
        }
        try {
            store.roundEnded(id(), reason, clock.instant());
        } catch (RuntimeException e) {
            // the round stays unfinished in the store, and the next start closes it as interrupted
            log.error("cannot record the end of trivia round {}", id(), e);
        }
        try {
            listener.roundEnded(this, reason, standings());
        } catch (RuntimeException e) {
            log.error("cannot announce the end of trivia round {}", id(), e);
        } finally {
            onEnd.accept(this);
        }
    }
}
