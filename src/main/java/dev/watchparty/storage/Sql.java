package dev.watchparty.storage;

import dev.watchparty.reply.Texts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;

/**
 * Small JDBC helpers the stores share: bind parameters in order, run an update, or one for each of many rows. A null
 * is bound untyped, so that PostgreSQL takes it as the column's type (SQLite takes anything).
 */
final class Sql {

    private Sql() {}

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }

    /** A stored language tag as a language; none (a row from before languages were kept, V10) is English. */
    static Locale language(String tag) {
        return tag == null ? Texts.FALLBACK : Locale.forLanguageTag(tag);
    }

    static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Runs {@code sql} once per row, as one batch: one round trip to PostgreSQL instead of one per row. */
    static void executeForEach(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
