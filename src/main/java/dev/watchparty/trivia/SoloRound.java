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

    /** What a click did: the question it answered and how, and the one asked next (null once the round is over). */
    public record Step(AskedQuestion answered, ScoredAnswer answer, boolean late, AskedQuestion next, Standing total) {}

    private final RoundSetup setup;
    private final List<PlannedQuestion> plan;
    private final Clock clock;
    private final TriviaStore store;
    private int current = -1;
    private AskedQuestion asked;
    private long points;
    private int correct;
    private int answered;
    private int streak;
    private Duration time = Duration.ZERO;
    private boolean ended;

    SoloRound(RoundSetup setup, List<PlannedQuestion> plan, Clock clock, TriviaStore store) {
        if (plan.isEmpty()) {
            throw new IllegalArgumentException("a round needs at least one question");
        }
        this.setup = setup;
        this.plan = List.copyOf(plan);
        this.clock = clock;
        this.store = store;
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

    synchronized AskedQuestion start() {
        store.roundStarted(setup, clock.instant());
        return askNext();
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
        Duration elapsed = Duration.between(asked.askedAt(), now);
        boolean late = !now.isBefore(asked.deadline());
        boolean right = !late && choice == asked.correctIndex();
        int scored = Scoring.points(right, elapsed, setup.perQuestion(), streak);
        ScoredAnswer answer = new ScoredAnswer(setup.starterId(), setup.starterName(), choice, right, scored, elapsed);
        store.answerScored(id(), asked, answer, now);
        answered++;
        points += scored;
        if (right) {
            correct++;
            streak++;
            time = time.plus(elapsed);
        } else {
            streak = 0;
        }
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
        return new Standing(setup.starterId(), setup.starterName(), points, correct, answered, time);
    }

    private AskedQuestion askNext() {
        current++;
        if (current >= plan.size()) {
            end(EndReason.FINISHED);
            return null;
        }
        PlannedQuestion next = plan.get(current);
        Instant now = clock.instant();
        asked = new AskedQuestion(
                current + 1,
                plan.size(),
                next.question(),
                next.choices(),
                next.correctIndex(),
                now,
                now.plus(setup.perQuestion()));
        return asked;
    }
}
