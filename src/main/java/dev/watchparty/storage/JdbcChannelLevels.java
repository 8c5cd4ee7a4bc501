package dev.watchparty.storage;

import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.spoiler.ChannelLevelStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

/**
 * The spoiler level a moderator set for a channel, per show, read through a {@link CoherentCache}: every public
 * reply asks for it.
 */
public final class JdbcChannelLevels implements ChannelLevelStore {

    private final Database database;
    private final Clock clock;
    private final CoherentCache<SpoilerLevel> cache;

    public JdbcChannelLevels(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.cache = new CoherentCache<>("channel_level", database.changes(), 100_000, this::read);
    }

    @Override
    public SpoilerLevel levelOf(String channelId, String showId) {
        return cache.get(new CoherentCache.Key(channelId, showId));
    }

    private SpoilerLevel read(CoherentCache.Key key) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT season, episode FROM channel_level WHERE channel_id = ? AND show_id = ?")) {
                Sql.bind(query, key.first(), key.second());
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
        CoherentCache.Key key = new CoherentCache.Key(channelId, showId);
        database.inTransaction(connection -> {
            cache.announce(connection, key);
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
        cache.written(key, level.isEpisode() ? level : SpoilerLevel.PREMISE);
    }
}
