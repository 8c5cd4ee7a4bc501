package dev.watchparty.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies everything users created from one database to another of the same schema version: how an operator moves
 * from the SQLite file to PostgreSQL ({@code migrate-store}). The copy is one transaction on the target, checked
 * by counting, so it is all there or not at all.
 */
public final class StoreCopy {

    /** The tables users fill, parents before the tables that refer to them. The health probe's row is not data. */
    static final List<String> TABLES = List.of(
            "progress",
            "channel_level",
            "trivia_round",
            "trivia_answer",
            "trivia_seen",
            "party",
            "party_cohost",
            "party_member",
            "party_schedule",
            "user_time_zone",
            "server_time_zone");

    private static final int BATCH = 500;

    private StoreCopy() {}

    /**
     * Copies every row, table by table, and returns how many each table received. A target that already holds
     * rows is refused unless {@code replace}, which empties it first.
     */
    public static Map<String, Long> copy(Database from, Database to, boolean replace) throws StorageException {
        try {
            int source = from.schemaVersion();
            int target = to.schemaVersion();
            if (source != target) {
                throw new StorageException(
                        "the two databases are at schema versions " + source + " and " + target
                                + ": open each with this release of the bot first, so both are up to date",
                        null);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the schema version: " + Database.oneLine(e.getMessage()), e);
        }
        return from.inTransaction(reading -> to.inTransaction(writing -> {
            Map<String, Long> existing = counts(writing);
            long rows = existing.values().stream().mapToLong(Long::longValue).sum();
            if (rows > 0 && !replace) {
                throw new StorageException(
                        "the target already holds " + rows + " rows (" + nonZero(existing)
                                + "); pass --replace to empty it and copy over them",
                        null);
            }
            for (String table : TABLES.reversed()) {
                try (Statement delete = writing.createStatement()) {
                    delete.executeUpdate("DELETE FROM " + table);
                }
            }
            for (String table : TABLES) {
                copyTable(reading, writing, table);
            }
            Map<String, Long> copied = counts(writing);
            Map<String, Long> original = counts(reading);
            if (!copied.equals(original)) {
                throw new StorageException("the copy does not match: source " + original + ", target " + copied, null);
            }
            return Collections.unmodifiableMap(copied);
        }));
    }

    private static void copyTable(Connection reading, Connection writing, String table) throws SQLException {
        try (Statement select = reading.createStatement();
                ResultSet rows = select.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                columns.add(meta.getColumnName(column));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement statement = writing.prepareStatement(insert)) {
                int pending = 0;
                while (rows.next()) {
                    Object[] values = new Object[columns.size()];
                    for (int column = 0; column < values.length; column++) {
                        values[column] = rows.getObject(column + 1);
                    }
                    Sql.bind(statement, values);
                    statement.addBatch();
                    if (++pending == BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        }
    }

    private static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                row.next();
                counts.put(table, row.getLong(1));
            }
        }
        return counts;
    }

    private static String nonZero(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}
