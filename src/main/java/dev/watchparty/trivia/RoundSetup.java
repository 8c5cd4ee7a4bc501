package dev.watchparty.trivia;

import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Texts;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What a round is started with. {@code guildId} is null outside a server; {@code onlyLevel}, when set, asks
 * only questions of that exact level (a watch party's quiz on the episode just watched). A {@code privateRound}
 * is played by its starter alone, in replies only they see. {@code language} is what the round's posts (its
 * questions, reveals and results, even those a timer or a restart sends) are written in, fixed when it starts;
 * null is English.
 */
public record RoundSetup(
        String roundId,
        String showId,
        String guildId,
        String channelId,
        String starterId,
        String starterName,
        SpoilerLevel cap,
        CapSource capSource,
        SpoilerLevel onlyLevel,
        int questionCount,
        Duration perQuestion,
        Duration pause,
        boolean privateRound,
        Locale language) {

    public static final int MIN_QUESTIONS = 1;
    public static final int MAX_QUESTIONS = 50;
    public static final int MIN_SECONDS = 10;
    public static final int MAX_SECONDS = 120;

    public RoundSetup {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(cap, "cap");
        if (questionCount < MIN_QUESTIONS || questionCount > MAX_QUESTIONS) {
            throw new IllegalArgumentException("questions must be 1 to 50, not " + questionCount);
        }
        language = language == null ? Texts.FALLBACK : language;
    }

    /** Scores and leaderboards are kept per server; outside one, per channel. */
    public String community() {
        return guildId != null ? guildId : channelId;
    }
}
