package dev.watchparty.trivia;

import java.time.Duration;

/**
 * Points for one answer. A right answer scores 500, plus up to 500 more the faster it comes (linearly, from
 * the moment the question is asked to its deadline), plus a streak bonus of 100 for each right answer in a
 * row before it, at most 300. A wrong answer scores nothing and ends the streak. Ties on points are broken by
 * the total time taken over right answers: less is better.
 */
public final class Scoring {

    static final int BASE = 500;
    static final int SPEED_MAX = 500;
    static final int STREAK_STEP = 100;
    static final int STREAK_MAX = 300;

    private Scoring() {}

    /** {@code streakBefore}: right answers in a row this player gave just before this one. */
    public static int points(boolean correct, Duration elapsed, Duration limit, int streakBefore) {
        if (!correct) {
            return 0;
        }
        double left = 1.0 - Math.min(1.0, Math.max(0.0, (double) elapsed.toMillis() / limit.toMillis()));
        int speed = (int) Math.round(SPEED_MAX * left);
        int streak = Math.min(STREAK_MAX, STREAK_STEP * streakBefore);
        return BASE + speed + streak;
    }
}
