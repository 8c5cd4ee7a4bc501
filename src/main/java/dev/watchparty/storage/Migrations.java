package dev.watchparty.storage;

import org.flywaydb.core.Flyway;

/**
 * Brings a database's schema up to date with Flyway: the SQL files of {@code db/sqlite} or {@code db/postgresql},
 * applied once each, in order. Released files never change ({@code MigrationFilesTest} holds their checksums).
 */
final class Migrations {

    private Migrations() {}

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
