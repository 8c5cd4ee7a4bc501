package dev.watchparty.storage;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ProgressStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

/**
 * Viewers' progress in the embedded database; {@link #save} returns once the row is on disk. Every command and
 * every autocomplete key press reads a progress, so reads go through a write-through Caffeine cache and the
 * database lock stays free for writes.
 */
public final class SqliteProgressStore implements ProgressStore {

    private record Key(String userId, String showId) {}

    private final Database database;
    private final Clock clock;
    private final LoadingCache<Key, Progress> cache;

    public SqliteProgressStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(100_000).build(key -> read(key.userId(), key.showId()));
    }

    @Override
    public Progress progressOf(String userId, String showId) {
        return cache.get(new Key(userId, showId));
    }

    private Progress read(String userId, String showId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT season, episode FROM progress WHERE user_id = ? AND show_id = ?")) {
                Sql.bind(query, userId, showId);
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
        database.inTransaction(connection -> Sql.execute(
                connection,
                """
                INSERT INTO progress (user_id, show_id, season, episode, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (user_id, show_id) DO UPDATE SET
                    season = excluded.season, episode = excluded.episode, updated_at = excluded.updated_at""",
                userId,
                showId,
                progress.watchedThrough().season(),
                progress.watchedThrough().episode(),
                clock.millis()));
        cache.put(new Key(userId, showId), progress);
    }

    @Override
    public void clear(String userId, String showId) {
        database.inTransaction(connection ->
                Sql.execute(connection, "DELETE FROM progress WHERE user_id = ? AND show_id = ?", userId, showId));
        cache.put(new Key(userId, showId), Progress.NOTHING);
    }
}
