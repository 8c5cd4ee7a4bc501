package dev.watchparty.storage;

import dev.watchparty.time.TimeZoneStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Users' and servers' time zones. Only a schedule or a setting reads them, a few times a day per server, so they go
 * to the database every time: no cache to keep coherent across processes.
 */
public final class JdbcTimeZoneStore implements TimeZoneStore {

    private final Database database;
    private final Clock clock;

    public JdbcTimeZoneStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Optional<ZoneId> userZone(String userId) {
        return zoneFrom("SELECT zone_id FROM user_time_zone WHERE user_id = ?", userId);
    }

    @Override
    public void setUserZone(String userId, ZoneId zone) {
        database.inTransaction(connection -> Sql.execute(connection, """
                INSERT INTO user_time_zone (user_id, zone_id, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET zone_id = excluded.zone_id, updated_at = excluded.updated_at""", userId, zone.getId(), clock.millis()));
    }

    @Override
    public Optional<ZoneId> serverZone(String guildId) {
        return zoneFrom("SELECT zone_id FROM server_time_zone WHERE guild_id = ?", guildId);
    }

    @Override
    public void setServerZone(String guildId, ZoneId zone, String setBy) {
        database.inTransaction(
                connection -> Sql.execute(connection, """
                INSERT INTO server_time_zone (guild_id, zone_id, set_by, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (guild_id) DO UPDATE SET
                    zone_id = excluded.zone_id, set_by = excluded.set_by, updated_at = excluded.updated_at""", guildId, zone.getId(), setBy, clock.millis()));
    }

    private Optional<ZoneId> zoneFrom(String query, String key) {
        Optional<String> stored = database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                Sql.bind(statement, key);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
        return stored.flatMap(JdbcTimeZoneStore::known);
    }

    /** A zone saved under an older JDK may have left the tz database since; then the user is asked again. */
    private static Optional<ZoneId> known(String zoneId) {
        try {
            return Optional.of(ZoneId.of(zoneId));
        } catch (DateTimeException gone) {
            return Optional.empty();
        }
    }
}
