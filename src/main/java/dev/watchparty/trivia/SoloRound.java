package dev.watchparty.trivia;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A round one player plays alone, in replies only they can see, capped at their own progress. A click answers
 * the open question and the next one is asked at once, so it needs no timer: a click after a question's time
 * is up counts as missed. Scored like a channel round; every answer is on disk before the player is told.
 */
public final class SoloRound implements RoundView {

    /**
     * What a click did: the question it answered and how, and the one asked next (null once the round is over).
     * The round's opening is a step that answered nothing.
     */
    public record Step(AskedQuestion answered, ScoredAnswer answer, boolean late, AskedQuestion next, Standing total) {

        public boolean isOpening() {
            return answered == null;
        }
    }

    private final RoundSetup setup;
    private final List<PlannedQuestion> plan;
    private final Clock clock;
    private final TriviaStore store;
    private final PlayerScore player;
    private int current = -1;
    private AskedQuestion asked;
    private boolean ended;

    SoloRound(RoundSetup setup, List<PlannedQuestion> plan, Clock clock, TriviaStore store) {
        if (plan.isEmpty()) {
            throw new IllegalArgumentException("a round needs at least one question");
        }
        this.setup = setup;
        this.plan = List.copyOf(plan);
        this.clock = clock;
        this.store = store;
        this.player = new PlayerScore(setup.starterId(), setup.starterName());
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

    /**
     * Opens the round with its first question. The step carries that question, so the opening can be shown
     * even if another round of the player's has replaced this one meanwhile.
     */
    synchronized Step start() {
        store.roundStarted(setup, clock.instant());
        return new Step(null, null, false, askNext(), total());
    }

    /** The question open now; null once the round is over. */
    public synchronized AskedQuestion current() {
        return ended ? null : asked;
    }

    public synchronized boolean hasEnded() {
        return ended;
    }

    /**
     * The player's click on {@code choice} of question {@code questionNumber}; null if that question is not
     * the open one (an old message, a second click).
     */
    public synchronized Step answer(int questionNumber, int choice) {
        if (ended
                || questionNumber != asked.number()
                || choice < 0
                || choice >= asked.choices().size()) {
            return null;
        }
        Instant now = clock.instant();
        boolean late = !now.isBefore(asked.deadline());
        ScoredAnswer answer = player.score(
                choice,
                !late && choice == asked.correctIndex(),
                Duration.between(asked.askedAt(), now),
                setup.perQuestion());
        store.answerScored(id(), asked, answer, now);
        player.count(answer);
        AskedQuestion done = asked;
        AskedQuestion next = askNext();
        return new Step(done, answer, late, next, total());
    }

    /** Ends the round early (a new round replaced it, or it was left alone too long); scores are kept. */
    synchronized void end(EndReason reason) {
        if (!ended) {
            ended = true;
            store.roundEnded(id(), reason, clock.instant());
        }
    }

    public synchronized Standing total() {
        return player.standing();
    }

    private AskedQuestion askNext() {
        current++;
        if (current >= plan.size()) {
            end(EndReason.FINISHED);
            return null;
        }
        PlannedQuestion next = plan.get(current);
        Instant now = clock.instant();
        asked = next.askedAt(now, current + 1, plan.size(), setup.perQuestion());
        return asked;
    }
}
