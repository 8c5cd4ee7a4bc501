package dev.watchparty.storage;

import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.progress.ProgressStore;
import dev.watchparty.spoiler.Progress;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

/** Viewers' progress in the embedded database; {@link #save} returns once the row is on disk. */
public final class SqliteProgressStore implements ProgressStore {

    private final Database database;
    private final Clock clock;

    public SqliteProgressStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Progress progressOf(String userId, String showId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT season, episode FROM progress WHERE user_id = ? AND show_id = ?")) {
                query.setString(1, userId);
                query.setString(2, showId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next()
                            ? Progress.through(SpoilerLevel.episode(row.getInt("season"), row.getInt("episode")))
                            : Progress.NOTHING;
                }
            }
        });
    }

    @Override
    public void save(String userId, String showId, Progress progress) {
        if (!progress.hasStarted()) {
            clear(userId, showId);
            return;
        }
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO progress (user_id, show_id, season, episode, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (user_id, show_id) DO UPDATE SET
                        season = excluded.season, episode = excluded.episode, updated_at = excluded.updated_at""")) {
                upsert.setString(1, userId);
                upsert.setString(2, showId);
                upsert.setInt(3, progress.watchedThrough().season());
                upsert.setInt(4, progress.watchedThrough().episode());
                upsert.setString(5, clock.instant().toString());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public void clear(String userId, String showId) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM progress WHERE user_id = ? AND show_id = ?")) {
                delete.setString(1, userId);
                delete.setString(2, showId);
                return delete.executeUpdate();
            }
        });
    }
}
