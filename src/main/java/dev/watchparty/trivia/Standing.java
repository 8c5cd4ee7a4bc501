package dev.watchparty.trivia;

import dev.watchparty.reply.Texts;
import dev.watchparty.spoiler.Markdown;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A player's total in a round or a leaderboard. */
public record Standing(String userId, String displayName, long points, int correct, int answered, Duration time) {

    /** Ranked lines in {@code language}, "1. Name: 1200 pts (2/3 right, 4.2 s)", names escaped. */
    public static List<String> rankedLines(Locale language, List<Standing> standings) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < standings.size(); i++) {
            Standing standing = standings.get(i);
            lines.add(Texts.format(
                    language,
                    TriviaText.STANDING_LINE,
                    i + 1,
                    Markdown.escape(standing.displayName()),
                    standing.points(),
                    standing.correct(),
                    standing.answered(),
                    // tenths rounded half up, as before the lines were translated; the pattern only writes them
                    BigDecimal.valueOf(standing.time().toMillis(), 3).setScale(1, RoundingMode.HALF_UP)));
        }
        return lines;
    }

    /** More points first; on a tie, less total answer time first. */
    public static final Comparator<Standing> RANKING = Comparator.comparingLong(Standing::points)
            .reversed()
            .thenComparing(Standing::time)
            .thenComparing(Standing::userId);
}
