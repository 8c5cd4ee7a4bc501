package dev.watchparty.trivia;

import java.time.Duration;
import java.util.Comparator;

/** A player's total in a round or a leaderboard. */
public record Standing(String userId, String displayName, long points, int correct, int answered, Duration time) {

    /** More points first; on a tie, less total answer time first. */
    public static final Comparator<Standing> RANKING = Comparator.comparingLong(Standing::points).reversed()
            .thenComparing(Standing::time)
            .thenComparing(Standing::userId);
}
