package dev.watchparty.storage;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.spoiler.ChannelLevelStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

/**
 * The spoiler level a moderator set for a channel, per show, kept in the embedded database and read through a
 * write-through cache: every public reply asks for it.
 */
public final class SqliteChannelLevels implements ChannelLevelStore {

    private record Key(String channelId, String showId) {}

    private final Database database;
    private final Clock clock;
    private final LoadingCache<Key, SpoilerLevel> cache;

    public SqliteChannelLevels(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(100_000).build(key -> read(key.channelId(), key.showId()));
    }

    @Override
    public SpoilerLevel levelOf(String channelId, String showId) {
        return cache.get(new Key(channelId, showId));
    }

    private SpoilerLevel read(String channelId, String showId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT season, episode FROM channel_level WHERE channel_id = ? AND show_id = ?")) {
                Sql.bind(query, channelId, showId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next()
                            ? SpoilerLevel.episode(row.getInt("season"), row.getInt("episode"))
                            : SpoilerLevel.PREMISE;
                }
            }
        });
    }

    /** Sets a channel's level; the premise level removes the setting. */
    @Override
    public void setLevel(String channelId, String showId, SpoilerLevel level, String setBy) {
        database.inTransaction(connection -> {
            if (!level.isEpisode()) {
                return Sql.execute(
                        connection,
                        "DELETE FROM channel_level WHERE channel_id = ? AND show_id = ?",
                        channelId,
                        showId);
            }
            return Sql.execute(
                    connection, """
                    INSERT INTO channel_level (channel_id, show_id, season, episode, set_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (channel_id, show_id) DO UPDATE SET season = excluded.season,
                        episode = excluded.episode, set_by = excluded.set_by, updated_at = excluded.updated_at""", channelId, showId, level.season(), level.episode(), setBy, clock.millis());
        });
        cache.put(new Key(channelId, showId), level.isEpisode() ? level : SpoilerLevel.PREMISE);
    }
}
