package dev.watchparty.storage;

import dev.watchparty.trivia.AskedQuestion;
import dev.watchparty.trivia.EndReason;
import dev.watchparty.trivia.RoundSetup;
import dev.watchparty.trivia.ScoredAnswer;
import dev.watchparty.trivia.Standing;
import dev.watchparty.trivia.TriviaStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Trivia rounds and every scored answer. Times are epoch milliseconds. */
public final class JdbcTriviaStore implements TriviaStore {

    private final Database database;

    public JdbcTriviaStore(Database database) {
        this.database = database;
    }

    @Override
    public void roundStarted(RoundSetup setup, Instant at) {
        update(
                """
                INSERT INTO trivia_round (round_id, show_id, community, guild_id, channel_id, starter_id, cap, started_at,
                                          private, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                setup.roundId(),
                setup.showId(),
                setup.community(),
                setup.guildId(),
                setup.channelId(),
                setup.starterId(),
                setup.cap().toString(),
                at.toEpochMilli(),
                setup.privateRound() ? 1 : 0,
                setup.language().toLanguageTag());
    }

    @Override
    public void answerScored(String roundId, AskedQuestion question, ScoredAnswer answer, Instant at) {
        update(
                """
                INSERT INTO trivia_answer (round_id, question_number, question_id, user_id, display_name, choice,
                    correct, points, elapsed_ms, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                roundId,
                question.number(),
                question.question().id(),
                answer.userId(),
                answer.displayName(),
                answer.choice(),
                answer.correct() ? 1 : 0,
                answer.points(),
                answer.elapsed().toMillis(),
                at.toEpochMilli());
    }

    @Override
    public void roundEnded(String roundId, EndReason reason, Instant at) {
        update(
                "UPDATE trivia_round SET ended_at = ?, end_reason = ? WHERE round_id = ? AND ended_at IS NULL",
                at.toEpochMilli(),
                reason.name(),
                roundId);
    }

    @Override
    public List<StoredRound> unfinishedRounds() {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT round_id, show_id, guild_id, channel_id, starter_id, started_at, private, language
                    FROM trivia_round WHERE ended_at IS NULL ORDER BY started_at""");
                    ResultSet rows = query.executeQuery()) {
                List<StoredRound> rounds = new ArrayList<>();
                while (rows.next()) {
                    rounds.add(new StoredRound(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            Instant.ofEpochMilli(rows.getLong(6)),
                            rows.getInt(7) == 1,
                            Sql.language(rows.getString(8))));
                }
                return rounds;
            }
        });
    }

    private static final String STANDING_COLUMNS = """
            SELECT a.user_id, (SELECT display_name FROM trivia_answer latest WHERE latest.user_id = a.user_id
                               ORDER BY answered_at DESC LIMIT 1),
                   SUM(a.points), SUM(a.correct), COUNT(*), SUM(CASE WHEN a.correct = 1 THEN a.elapsed_ms ELSE 0 END)
            """;
    private static final String RANKED = " GROUP BY a.user_id ORDER BY SUM(a.points) DESC, 6 ASC, a.user_id";

    @Override
    public List<Standing> roundStandings(String roundId) {
        return standings(STANDING_COLUMNS + " FROM trivia_answer a WHERE a.round_id = ?" + RANKED, roundId);
    }

    @Override
    public List<Standing> leaderboard(String community, String showId, Instant since, int limit) {
        return standings(
                STANDING_COLUMNS + """
                 FROM trivia_answer a JOIN trivia_round r ON r.round_id = a.round_id
                WHERE r.community = ? AND r.show_id = ? AND a.answered_at >= ? AND r.private = 0""" + RANKED + " LIMIT ?",
                community,
                showId,
                since == null ? Long.MIN_VALUE : since.toEpochMilli(),
                limit);
    }

    @Override
    public List<Standing> channelStandings(String channelId, String showId, Instant since, int limit) {
        return standings(STANDING_COLUMNS + """
                 FROM trivia_answer a JOIN trivia_round r ON r.round_id = a.round_id
                WHERE r.channel_id = ? AND r.show_id = ? AND r.started_at >= ? AND r.private = 0""" + RANKED + " LIMIT ?", channelId, showId, since.toEpochMilli(), limit);
    }

    @Override
    public Optional<PlayerStats> stats(String community, String showId, String userId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT a.round_id, a.display_name, a.correct, a.points
                    FROM trivia_answer a JOIN trivia_round r ON r.round_id = a.round_id
                    WHERE r.community = ? AND r.show_id = ? AND a.user_id = ?
                    ORDER BY r.started_at, a.round_id, a.question_number""")) {
                Sql.bind(query, community, showId, userId);
                try (ResultSet rows = query.executeQuery()) {
                    Set<String> rounds = new HashSet<>();
                    String name = null;
                    int answered = 0;
                    int correct = 0;
                    long points = 0;
                    int streak = 0;
                    int bestStreak = 0;
                    String streakRound = null;
                    while (rows.next()) {
                        String round = rows.getString(1);
                        rounds.add(round);
                        name = rows.getString(2);
                        answered++;
                        points += rows.getLong(4);
                        if (!round.equals(streakRound)) {
                            streak = 0;
                            streakRound = round;
                        }
                        if (rows.getInt(3) == 1) {
                            correct++;
                            bestStreak = Math.max(bestStreak, ++streak);
                        } else {
                            streak = 0;
                        }
                    }
                    return answered == 0
                            ? Optional.<PlayerStats>empty()
                            : Optional.of(new PlayerStats(
                                    userId, name, rounds.size(), answered, correct, points, bestStreak));
                }
            }
        });
    }

    @Override
    public Set<String> seenQuestions(String channelId, String showId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT question_id FROM trivia_seen WHERE channel_id = ? AND show_id = ?")) {
                Sql.bind(query, channelId, showId);
                try (ResultSet rows = query.executeQuery()) {
                    Set<String> seen = new HashSet<>();
                    while (rows.next()) {
                        seen.add(rows.getString(1));
                    }
                    return seen;
                }
            }
        });
    }

    @Override
    public void markSeen(String channelId, String showId, String questionId, Instant at) {
        update("""
                INSERT INTO trivia_seen (channel_id, show_id, question_id, seen_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (channel_id, show_id, question_id) DO UPDATE SET seen_at = excluded.seen_at""", channelId, showId, questionId, at.toEpochMilli());
    }

    @Override
    public void forgetSeen(String channelId, String showId) {
        update("DELETE FROM trivia_seen WHERE channel_id = ? AND show_id = ?", channelId, showId);
    }

    private List<Standing> standings(String sql, Object... parameters) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                Sql.bind(query, parameters);
                try (ResultSet rows = query.executeQuery()) {
                    List<Standing> standings = new ArrayList<>();
                    while (rows.next()) {
                        standings.add(new Standing(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getLong(3),
                                rows.getInt(4),
                                rows.getInt(5),
                                Duration.ofMillis(rows.getLong(6))));
                    }
                    return standings;
                }
            }
        });
    }

    private void update(String sql, Object... parameters) {
        database.inTransaction(connection -> Sql.execute(connection, sql, parameters));
    }
}
