package dev.watchparty.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * Brings a database's schema up to date with Flyway: the SQL files of {@code db/sqlite} or {@code db/postgresql},
 * applied once each, in order. Released files never change ({@code MigrationFilesTest} holds their checksums).
 */
final class Migrations {

    private Migrations() {}

    /**
     * Whether Flyway's history says every migration of the dialect is applied and none failed: then a start need
     * not load Flyway at all (about 400 classes and a scan of the class path), which is most restarts. Any doubt (no
     * history yet, a failed or missing version) answers false, and Flyway decides.
     */
    static boolean upToDate(Connection connection, Database.Dialect dialect) throws SQLException {
        if (!historyExists(connection)) {
            return false;
        }
        int latest = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return false;
                }
                String version = rows.getString("version");
                if (version != null && version.chars().allMatch(Character::isDigit)) {
                    latest = Math.max(latest, Integer.parseInt(version));
                }
            }
        } catch (SQLException unreadable) {
            return false;
        }
        return latest == dialect.latestVersion;
    }

    /** In the connection's own schema only: another schema's history says nothing of this one. */
    private static boolean historyExists(Connection connection) throws SQLException {
        try (ResultSet tables =
                connection.getMetaData().getTables(null, connection.getSchema(), "flyway_schema_history", null)) {
            return tables.next();
        }
    }

    /**
     * Applies what {@code dialect}'s folder holds beyond the database's version. {@code legacyVersion} above 0 is
     * the version a database reached before the bot used Flyway: Flyway records it as applied and goes on from it.
     */
    static void apply(Database.Dialect dialect, String url, String user, String password, int legacyVersion) {
        var configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:" + dialect.migrations)
                .failOnMissingLocations(true);
        if (legacyVersion > 0) {
            configuration = configuration.baselineOnMigrate(true).baselineVersion(Integer.toString(legacyVersion));
        }
        configuration.load().migrate();
    }
}
