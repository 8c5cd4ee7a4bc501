package dev.watchparty.trivia;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where rounds and every scored answer are kept; each write is durable when the call returns. */
public interface TriviaStore {

    /**
     * A round as stored: enough to close it after a restart, in its channel's language (English for a round
     * stored before rounds kept one); a private one is closed without a word.
     */
    record StoredRound(
            String roundId,
            String showId,
            String guildId,
            String channelId,
            String starterId,
            Instant startedAt,
            boolean privateRound,
            Locale language) {}

    /** A player's record over many rounds. */
    record PlayerStats(
            String userId, String displayName, int rounds, int answered, int correct, long points, int bestStreak) {}

    void roundStarted(RoundSetup setup, Instant at);

    void answerScored(String roundId, AskedQuestion question, ScoredAnswer answer, Instant at);

    void roundEnded(String roundId, EndReason reason, Instant at);

    /** Rounds started and never ended: the bot stopped while they ran. */
    List<StoredRound> unfinishedRounds();

    List<Standing> roundStandings(String roundId);

    /** Best first, over channel rounds only; {@code since} null for all time. */
    List<Standing> leaderboard(String community, String showId, Instant since, int limit);

    /** Standings over every round played in one channel since a moment: a watch party's trivia. */
    List<Standing> channelStandings(String channelId, String showId, Instant since, int limit);

    Optional<PlayerStats> stats(String community, String showId, String userId);

    Set<String> seenQuestions(String channelId, String showId);

    void markSeen(String channelId, String showId, String questionId, Instant at);

    void forgetSeen(String channelId, String showId);
}
