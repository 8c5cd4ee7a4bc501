package dev.watchparty.trivia;

import dev.watchparty.spoiler.Markdown;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A player's total in a round or a leaderboard. */
public record Standing(String userId, String displayName, long points, int correct, int answered, Duration time) {

    /** Ranked lines, "1. Name: 1200 pts (2/3 right, 4.2 s)", names escaped. */
    public static List<String> rankedLines(List<Standing> standings) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < standings.size(); i++) {
            Standing standing = standings.get(i);
            lines.add((i + 1) + ". " + Markdown.escape(standing.displayName()) + ": " + standing.points() + " pts ("
                    + standing.correct() + "/" + standing.answered() + " right, "
                    + String.format(Locale.ROOT, "%.1f", standing.time().toMillis() / 1000.0) + " s)");
        }
        return lines;
    }

    /** More points first; on a tie, less total answer time first. */
    public static final Comparator<Standing> RANKING = Comparator.comparingLong(Standing::points)
            .reversed()
            .thenComparing(Standing::time)
            .thenComparing(Standing::userId);
}
