package dev.watchparty.storage;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use: {@code WATCHPARTY_TEST_POSTGRES_URL} (default the local server's
 * {@code test} database) as {@code WATCHPARTY_TEST_POSTGRES_USER} (default {@code postgres}). Each test gets a
 * schema of its own, dropped after. Without a server the tests are skipped with a line saying how to run them;
 * with {@code WATCHPARTY_REQUIRE_POSTGRES=true} (as {@code .ci/run} sets) they fail instead.
 */
public final class TestPostgres implements AutoCloseable {

    public static final String URL =
            environment("WATCHPARTY_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = environment("WATCHPARTY_TEST_POSTGRES_USER", "postgres");
    private static final boolean REQUIRED = Boolean.parseBoolean(
            environment("WATCHPARTY_REQUIRE_POSTGRES", "false").toLowerCase(Locale.ROOT));

    private static Boolean reachable;

    private final String schema = "wp_test_" + UUID.randomUUID().toString().replace("-", "");

    private TestPostgres() throws SQLException {
        try (Connection connection = admin();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
    }

    /** A schema of its own on the test server; skips (or, where required, fails) the test without a server. */
    public static TestPostgres freshSchema() {
        if (!reachable()) {
            String how = "PostgreSQL is not reachable at " + URL + " as " + USER + ": start it (or point "
                    + "WATCHPARTY_TEST_POSTGRES_URL and WATCHPARTY_TEST_POSTGRES_USER at one) to run this test";
            if (REQUIRED) {
                fail(how + " (WATCHPARTY_REQUIRE_POSTGRES is set)");
            }
            Assumptions.abort(how);
        }
        try {
            return new TestPostgres();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema", e);
        }
    }

    private static synchronized boolean reachable() {
        if (reachable == null) {
            try {
                admin().close();
                reachable = true;
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    private static Connection admin() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(URL, properties);
    }

    /** The JDBC URL of this test's schema, with the test user, as a bot process would be configured with it. */
    public String url() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&user=" + USER;
    }

    public String schema() {
        return schema;
    }

    /** Opens the bot's database on this schema, as one more process would. */
    public Database open() throws StorageException {
        return Database.postgres(url(), null, null, 4);
    }

    /** Runs SQL on this schema over a connection of the test's own, outside any bot's pool. */
    public void execute(String sql) throws SQLException {
        try (Connection connection = admin();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = admin();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static String environment(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
