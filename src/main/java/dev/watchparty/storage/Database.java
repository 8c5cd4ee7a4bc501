package dev.watchparty.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded SQLite store of everything users create. One connection, used under a lock: SQLite allows
 * one writer at a time anyway, and the bot's writes are tiny. Writes are synchronous (FULL) so that a
 * "saved" reply is only sent once the change would survive a power cut.
 *
 * <p>The schema is migrated on open with SQLite's own {@code user_version} counter: a migration tool would
 * add a dependency and seconds of start-up for what is a handful of statements.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** How long a write waits for another connection's lock before it fails. */
    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);
    /** How long the health check waits: a check must answer well within a probe's timeout. */
    private static final Duration PROBE_WAIT = Duration.ofMillis(500);

    private final Connection connection;
    /** The file, or null for a database in memory. */
    private final Path file;

    private final ReentrantLock lock = new ReentrantLock();

    private Database(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    private static String oneLine(String message) {
        return message == null
                ? "unknown error"
                : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Opens (creating if needed) the database file and brings its schema up to date. */
    public static Database open(Path file) throws StorageException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            String reason =
                    e instanceof FileAlreadyExistsException ? "a file of that name is in the way" : e.getMessage();
            throw new StorageException("Cannot create the folder of the database " + file + ": " + reason, e);
        }
        Database database = connect("jdbc:sqlite:" + file, file.toString(), file);
        try {
            log.info("Opened database {} (schema version {})", file, database.schemaVersion());
        } catch (SQLException e) {
            log.warn("cannot read the schema version of {}", file, e);
        }
        return database;
    }

    /** A database that lives as long as the process: the offline console's. */
    public static Database inMemory() throws StorageException {
        return connect("jdbc:sqlite::memory:", "(in memory)", null);
    }

    private static Database connect(String url, String name, Path file) throws StorageException {
        try {
            Connection connection = DriverManager.getConnection(url);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=FULL");
                statement.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT.toMillis());
            }
            Database database = new Database(connection, file);
            database.migrate(Migration.all());
            return database;
        } catch (SQLException e) {
            throw new StorageException("Cannot open the database " + name + ": " + oneLine(e.getMessage()), e);
        }
    }

    void migrate(List<Migration> migrations) throws SQLException {
        int current = schemaVersion();
        for (Migration migration : migrations) {
            if (migration.version() <= current) {
                continue;
            }
            inTransactionUnchecked(connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : migration.statements()) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA user_version = " + migration.version());
                }
                return null;
            });
            log.debug("Database schema migrated to version {}", migration.version());
        }
    }

    public int schemaVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
                var result = statement.executeQuery("PRAGMA user_version")) {
            return result.getInt(1);
        }
    }

    /** Runs work in one transaction: all of it is kept, or none. */
    public <T> T inTransaction(Work<T> work) {
        try {
            return inTransactionUnchecked(work);
        } catch (SQLException e) {
            throw new StorageException("database error: " + e.getMessage(), e);
        }
    }

    private <T> T inTransactionUnchecked(Work<T> work) throws SQLException {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Why the store cannot keep what users do right now, or empty when it can: the file must still be there,
     * and a real write and read of the probe row must succeed within {@link #PROBE_WAIT} (a write lock held
     * elsewhere, a full disk or a deleted file all fail it). For the health check.
     */
    public Optional<String> problem() {
        if (file != null && !Files.exists(file)) {
            return Optional.of("the database file " + file + " is gone");
        }
        try {
            if (!lock.tryLock(PROBE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.of(
                        "the database is busy: another write has held it for over " + PROBE_WAIT.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking the database");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout=" + PROBE_WAIT.toMillis());
            try {
                connection.setAutoCommit(false);
                long now = System.currentTimeMillis();
                statement.execute("INSERT OR REPLACE INTO health_probe (id, checked_at) VALUES (1, " + now + ")");
                try (ResultSet row = statement.executeQuery("SELECT checked_at FROM health_probe WHERE id = 1")) {
                    if (!row.next() || row.getLong(1) != now) {
                        connection.rollback();
                        return Optional.of("the database did not read back what was written");
                    }
                }
                connection.commit();
                return Optional.empty();
            } catch (SQLException e) {
                connection.rollback();
                return Optional.of("a test write failed: " + oneLine(e.getMessage()));
            } finally {
                connection.setAutoCommit(true);
                statement.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT.toMillis());
            }
        } catch (SQLException e) {
            return Optional.of("the database does not answer: " + oneLine(e.getMessage()));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("closing the database failed", e);
        } finally {
            lock.unlock();
        }
    }
}
