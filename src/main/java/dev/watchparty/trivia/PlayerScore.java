package dev.watchparty.trivia;

import java.time.Duration;

/**
 * One player's running score in a round: their streak, which scoring needs, and the totals standings show. An
 * answer is first scored, then kept in the store by the round, and only then counted here, so a failed write
 * leaves the score as it was.
 */
final class PlayerScore {

    private final String userId;
    private final String displayName;
    private long points;
    private int correct;
    private int answered;
    private int streak;
    private Duration time = Duration.ZERO;

    PlayerScore(String userId, String displayName) {
        this.userId = userId;
        this.displayName = displayName;
    }

    /** The answer as scored now, with this player's streak; not yet counted. */
    ScoredAnswer score(int choice, boolean right, Duration elapsed, Duration limit) {
        return new ScoredAnswer(
                userId, displayName, choice, right, Scoring.points(right, elapsed, limit, streak), elapsed);
    }

    /** Counts an answer once it is kept. */
    void count(ScoredAnswer answer) {
        answered++;
        points += answer.points();
        if (answer.correct()) {
            correct++;
            streak++;
            time = time.plus(answer.elapsed());
        } else {
            streak = 0;
        }
    }

    boolean hasAnswered() {
        return answered > 0;
    }

    Standing standing() {
        return new Standing(userId, displayName, points, correct, answered, time);
    }
}
