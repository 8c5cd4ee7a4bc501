package dev.watchparty.storage;

import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ProgressStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

/**
 * Viewers' progress, global across servers and shard processes; {@link #save} returns once the row is durable.
 * Every command and every autocomplete key press reads a progress, so reads go through a {@link CoherentCache}.
 */
public final class JdbcProgressStore implements ProgressStore {

    private final Database database;
    private final Clock clock;
    private final CoherentCache<Progress> cache;

    public JdbcProgressStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.cache = new CoherentCache<>("progress", database.changes(), 100_000, this::read);
    }

    @Override
    public Progress progressOf(String userId, String showId) {
        return cache.get(new CoherentCache.Key(userId, showId));
    }

    private Progress read(CoherentCache.Key key) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT season, episode FROM progress WHERE user_id = ? AND show_id = ?")) {
                Sql.bind(query, key.first(), key.second());
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
        CoherentCache.Key key = new CoherentCache.Key(userId, showId);
        database.inTransaction(connection -> {
            cache.announce(connection, key);
            return Sql.execute(
                    connection,
                    """
                    INSERT INTO progress (user_id, show_id, season, episode, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (user_id, show_id) DO UPDATE SET
                        season = excluded.season, episode = excluded.episode, updated_at = excluded.updated_at""",
                    userId,
                    showId,
                    progress.watchedThrough().season(),
                    progress.watchedThrough().episode(),
                    clock.millis());
        });
        cache.written(key, progress);
    }

    @Override
    public void clear(String userId, String showId) {
        CoherentCache.Key key = new CoherentCache.Key(userId, showId);
        database.inTransaction(connection -> {
            cache.announce(connection, key);
            return Sql.execute(connection, "DELETE FROM progress WHERE user_id = ? AND show_id = ?", userId, showId);
        });
        cache.written(key, Progress.NOTHING);
    }
}
