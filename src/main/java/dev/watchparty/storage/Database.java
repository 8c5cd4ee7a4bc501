package dev.watchparty.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.watchparty.config.AppConfig;
import dev.watchparty.schedule.GroupedWork;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store of everything users create: SQLite embedded (the default, one process), or one PostgreSQL that every
 * shard process shares. The stores run the same SQL on both. Writes are durable before they return: SQLite with
 * {@code synchronous=FULL}, PostgreSQL with its default {@code synchronous_commit}, so a write a user was told of
 * survives a kill of the process and a power cut alike.
 *
 * <p>SQLite allows one writer at a time anyway, so it is used through one connection under a lock, with group
 * commit: transactions that arrive while another commits wait, then go together in one commit (each in a savepoint
 * of its own, so one that fails takes only itself back), and pay one sync to disk between them. PostgreSQL, whose
 * server groups commits itself, is used through a HikariCP pool. The schema is migrated on open by Flyway
 * ({@code db/sqlite}, {@code db/postgresql}).
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** The two engines, each with its folder of migrations. */
    enum Dialect {
        SQLITE("db/sqlite", 11),
        POSTGRESQL("db/postgresql", 11);

        final String migrations;
        /** The version of the folder's last migration ({@code MigrationFilesTest} checks it against the files). */
        final int latestVersion;

        Dialect(String migrations, int latestVersion) {
            this.migrations = migrations;
            this.latestVersion = latestVersion;
        }
    }

    /** How long a write waits for another connection's lock before it fails. */
    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);
    /** How long the health check waits: a check must answer well within a probe's timeout. */
    private static final Duration PROBE_WAIT = Duration.ofMillis(500);
    /** How long a PostgreSQL query waits for a free connection of the pool. */
    private static final Duration POOL_WAIT = Duration.ofSeconds(2);

    private final Dialect dialect;
    private final Connections connections;
    /** The SQLite file, or null for a database in memory or on PostgreSQL. */
    private final Path file;

    private final ChangeFeed changes;
    /** Done once the database is open; failed with the reason when it cannot open. */
    private final CompletableFuture<?> open;
    /** Every transaction's time, once metrics are bound: what an operator watches the database by. */
    private volatile Timer transactions;

    private Database(Dialect dialect, Connections connections, Path file, ChangeFeed changes) {
        this(dialect, connections, file, changes, CompletableFuture.completedFuture(null));
    }

    private Database(
            Dialect dialect, Connections connections, Path file, ChangeFeed changes, CompletableFuture<?> open) {
        this.dialect = dialect;
        this.connections = connections;
        this.file = file;
        this.changes = changes;
        this.open = open;
    }

    /** Where transactions get their connection: one under a lock (SQLite), or a pool (PostgreSQL). */
    private interface Connections extends AutoCloseable {

        /** Runs work with a connection of its own, waiting at most {@code wait} for one (null: as long as needed). */
        <T> T use(Work<T> work, Duration wait) throws SQLException;

        /** Runs work in a transaction of its own, committed before this returns. */
        default <T> T transact(Work<T> work) throws SQLException {
            return use(connection -> transaction(connection, work), null);
        }

        /** Reports the connections' own figures (a pool's waits and usage) to the registry; one connection has none. */
        default void bindMetrics(MeterRegistry registry) {}

        @Override
        void close();
    }

    private static final class SingleConnection implements Connections {

        private final Connection connection;
        private final ReentrantLock lock = new ReentrantLock();
        /** Transactions waiting for the next commit, committed together. */
        private final GroupedWork<Pending<?>> groupCommit =
                new GroupedWork<>(lock, pending -> pending.outcome().isDone(), this::commitGroup);

        private final AtomicLong commits = new AtomicLong();

        /** SQLite's primary result code for "database is locked" (its extended codes keep it in the low byte). */
        private static final int SQLITE_BUSY = 5;

        SingleConnection(Connection connection) {
            this.connection = connection;
        }

        /** A transaction waiting to be committed, and what its caller is told once the commit is on disk. */
        private record Pending<T>(Work<T> work, CompletableFuture<T> outcome) {
            Pending(Work<T> work) {
                this(work, new CompletableFuture<>());
            }

            /**
             * Runs the work in a savepoint of its own; returns how to tell the caller once committed, or null when
             * the work met another connection's write lock ({@code mayWait}: it is worth running again alone).
             */
            Runnable runIn(Connection connection, boolean mayWait) throws SQLException {
                Savepoint own = connection.setSavepoint();
                try {
                    T result = work.apply(connection);
                    connection.releaseSavepoint(own);
                    return () -> outcome.complete(result);
                } catch (SQLException | RuntimeException e) {
                    connection.rollback(own);
                    connection.releaseSavepoint(own);
                    if (mayWait && lockedByAnother(e)) {
                        return null;
                    }
                    return () -> outcome.completeExceptionally(e);
                }
            }
        }

        /**
         * SQLite's "database is locked": another connection (a backup, an operator's shell) holds the write lock.
         * A transaction that has read first cannot wait for it (SQLite refuses at once rather than risk a
         * deadlock), which in a group is any work after the first; alone, it waits the busy timeout as usual.
         */
        private static boolean lockedByAnother(Exception e) {
            Throwable cause = e instanceof StorageException ? e.getCause() : e;
            return cause instanceof SQLException locked && (locked.getErrorCode() & 0xff) == SQLITE_BUSY;
        }

        /**
         * Group commit: the caller queues its work, then whoever holds the lock commits everything queued so far in
         * one transaction. A caller whose work a previous holder already committed just takes its outcome.
         */
        @Override
        public <T> T transact(Work<T> work) throws SQLException {
            Pending<T> mine = new Pending<>(work);
            groupCommit.submit(mine);
            try {
                return mine.outcome().join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof SQLException failed) {
                    throw failed;
                }
                throw e.getCause() instanceof RuntimeException failed ? failed : e;
            }
        }

        /**
         * Commits what is queued; each caller's work is kept or rolled back alone, the commit is one for all. A work
         * that met another connection's lock after others had read runs again alone, as it would have without the
         * group.
         */
        private void commitGroup(List<Pending<?>> group) {
            List<Pending<?>> again = commit(group);
            for (Pending<?> alone : again) {
                commit(List.of(alone));
            }
        }

        /** Commits {@code group} in one transaction; returns the works to run again alone. */
        private List<Pending<?>> commit(List<Pending<?>> group) {
            if (group.isEmpty()) {
                return List.of();
            }
            List<Runnable> tellings = new ArrayList<>(group.size());
            List<Pending<?>> again = new ArrayList<>();
            Throwable failed = null;
            try {
                connection.setAutoCommit(false);
                for (Pending<?> pending : group) {
                    Runnable telling = pending.runIn(connection, group.size() > 1);
                    if (telling == null) {
                        again.add(pending);
                    } else {
                        tellings.add(telling);
                    }
                }
                connection.commit();
                commits.incrementAndGet();
            } catch (SQLException | RuntimeException | Error e) {
                failed = e;
                rollBackQuietly(e);
            } finally {
                resetAutoCommit(failed);
            }
            // nobody is told before the commit is on disk, and nobody is left waiting whatever happened
            if (failed == null) {
                tellings.forEach(Runnable::run);
                return again;
            }
            for (Pending<?> pending : group) {
                pending.outcome().completeExceptionally(failed);
            }
            if (failed instanceof Error error) {
                throw error;
            }
            return List.of();
        }

        private void rollBackQuietly(Throwable cause) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                cause.addSuppressed(rollbackFailed);
            }
        }

        private void resetAutoCommit(Throwable failed) {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                if (failed != null) {
                    failed.addSuppressed(e);
                } else {
                    log.warn("the database connection would not return to autocommit", e);
                }
            }
        }

        @Override
        public void bindMetrics(MeterRegistry registry) {
            FunctionCounter.builder("watchparty.db.commits", commits, AtomicLong::get)
                    .description("commits to disk; below the transactions when group commit joins them")
                    .tag("dialect", "sqlite")
                    .register(registry);
        }

        @Override
        public <T> T use(Work<T> work, Duration wait) throws SQLException {
            try {
                if (wait == null) {
                    lock.lock();
                } else if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new BusyException(wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the database", e);
            }
            try {
                return work.apply(connection);
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

    private record Pool(HikariDataSource pool) implements Connections {

        @Override
        public void bindMetrics(MeterRegistry registry) {
            pool.setMetricRegistry(registry);
        }

        @Override
        public <T> T use(Work<T> work, Duration wait) throws SQLException {
            try (Connection connection = pool.getConnection()) {
                return work.apply(connection);
            }
        }

        @Override
        public void close() {
            pool.close();
        }
    }

    /**
     * The connections of a database still opening on another thread: a transaction waits for the open, then runs
     * on the opened database's connections (with its group commit); after a failed open it fails with the reason.
     */
    private record WhenOpen(CompletableFuture<Database> opening) implements Connections {

        private Connections opened() throws SQLException {
            try {
                return opening.join().connections;
            } catch (CompletionException e) {
                throw new SQLException(
                        "the database did not open: " + oneLine(e.getCause().getMessage()), e.getCause());
            }
        }

        @Override
        public <T> T use(Work<T> work, Duration wait) throws SQLException {
            return opened().use(work, wait);
        }

        @Override
        public <T> T transact(Work<T> work) throws SQLException {
            return opened().transact(work);
        }

        @Override
        public void bindMetrics(MeterRegistry registry) {
            opening.thenAccept(database -> database.connections.bindMetrics(registry));
        }

        /** Closes the opened database, its change feed too, whenever its open ends. */
        @Override
        public void close() {
            opening.thenAccept(Database::close);
        }
    }

    /**
     * The change feed of a database still opening: caches subscribe now, and are handed to the opened database's
     * feed, all of them before it counts as live (until then a cache reads from the database, which waits for the
     * open), so no change can slip between a subscription and the feed.
     */
    static final class FeedWhenOpen implements ChangeFeed {

        private record Subscription(String topic, Consumer<String> changed, Runnable stale) {}

        private final List<Subscription> early = new ArrayList<>();
        private volatile ChangeFeed feed;

        synchronized void opened(ChangeFeed opened) {
            early.forEach(each -> opened.subscribe(each.topic(), each.changed(), each.stale()));
            early.clear();
            feed = opened;
        }

        @Override
        public void publish(Connection connection, String topic, String key) throws SQLException {
            // a write runs in a transaction, which has waited for the open, so the feed is there
            feed.publish(connection, topic, key);
        }

        @Override
        public synchronized void subscribe(String topic, Consumer<String> changed, Runnable stale) {
            if (feed == null) {
                early.add(new Subscription(topic, changed, stale));
            } else {
                feed.subscribe(topic, changed, stale);
            }
        }

        @Override
        public boolean isLive() {
            ChangeFeed opened = feed;
            return opened != null && opened.isLive();
        }

        /** Nothing of its own: {@link WhenOpen#close} closes the opened database, and its feed with it. */
        @Override
        public void close() {}
    }

    /** Another write has held the only SQLite connection for longer than the caller would wait. */
    private static final class BusyException extends SQLException {
        BusyException(Duration wait) {
            super("another write has held it for over " + wait.toMillis() + " ms");
        }
    }

    static String oneLine(String message) {
        return message == null
                ? "unknown error"
                : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** The environment variables that hold the PostgreSQL user and password: never the config file. */
    public static final String USER_VARIABLE = "WATCHPARTY_DB_USER";

    public static final String PASSWORD_VARIABLE = "WATCHPARTY_DB_PASSWORD";

    /** Opens the database the settings name: the shared PostgreSQL when a URL is given, else the SQLite file. */
    public static Database open(AppConfig.Storage storage, Map<String, String> environment) throws StorageException {
        return storage.isShared()
                ? postgres(
                        storage.url(),
                        environment.get(USER_VARIABLE),
                        environment.get(PASSWORD_VARIABLE),
                        storage.poolSize())
                : open(storage.database());
    }

    /**
     * Opens the database the settings name on a thread of its own, and returns at once: what is built on it (the
     * stores and their caches) can be built while it opens, and each transaction waits for the open. A bot's start
     * thus need not wait for migrations, or for a connection to PostgreSQL, before its commands are known;
     * {@link #awaitOpen} says whether it opened.
     */
    public static Database openInBackground(AppConfig.Storage storage, Map<String, String> environment) {
        FeedWhenOpen changes = new FeedWhenOpen();
        CompletableFuture<Database> opened = CompletableFuture.supplyAsync(
                        () -> open(storage, environment),
                        task -> Thread.ofPlatform().name("database-open").start(task))
                // before any transaction may run, so that every write can publish its change
                .thenApply(database -> {
                    changes.opened(database.changes);
                    return database;
                });
        return new Database(
                storage.isShared() ? Dialect.POSTGRESQL : Dialect.SQLITE,
                new WhenOpen(opened),
                storage.isShared() ? null : storage.database(),
                changes,
                opened);
    }

    /** Waits until the database is open; throws why it could not open, as {@link #open} would have. */
    public void awaitOpen() throws StorageException {
        try {
            open.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof StorageException failed
                    ? failed
                    : new StorageException(
                            "Cannot open the database: " + oneLine(e.getCause().getMessage()), e);
        }
    }

    /** Opens (creating if needed) an SQLite database file and brings its schema up to date. */
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
        Database database = sqlite("jdbc:sqlite:" + file, file.toString(), file);
        log.info("Opened database {} (schema version {})", file, database.schemaVersionOrUnknown());
        return database;
    }

    /** An SQLite database that lives as long as the process: the offline console's and the tests'. */
    public static Database inMemory() throws StorageException {
        // shared cache, so that the migrations' connection and the bot's see one database
        return sqlite(
                "jdbc:sqlite:file:watchparty-" + UUID.randomUUID() + "?mode=memory&cache=shared", "(in memory)", null);
    }

    private static Database sqlite(String url, String name, Path file) throws StorageException {
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(url);
            int legacyVersion;
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=FULL");
                statement.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT.toMillis());
                legacyVersion = legacySchemaVersion(statement);
            }
            if (!Migrations.upToDate(connection, Dialect.SQLITE)) {
                Migrations.apply(Dialect.SQLITE, url, null, null, legacyVersion);
            }
            return new Database(Dialect.SQLITE, new SingleConnection(connection), file, ChangeFeed.ONE_PROCESS);
        } catch (SQLException | FlywayException e) {
            closeQuietly(connection);
            throw new StorageException("Cannot open the database " + name + ": " + oneLine(e.getMessage()), e);
        }
    }

    /**
     * The version a database got from the bot's migrations before they ran on Flyway (SQLite's user_version),
     * or 0 for a database that is new or already on Flyway: Flyway takes an old database from that version on.
     */
    private static int legacySchemaVersion(Statement statement) throws SQLException {
        try (ResultSet history = statement.executeQuery(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            if (history.next() && history.getInt(1) > 0) {
                return 0;
            }
        }
        try (ResultSet version = statement.executeQuery("PRAGMA user_version")) {
            return version.getInt(1);
        }
    }

    /**
     * Connects to a PostgreSQL database shared by every shard process, through a pool of {@code poolSize}
     * connections, and brings its schema up to date (processes starting together migrate it once: Flyway locks).
     */
    public static Database postgres(String url, String user, String password, int poolSize) throws StorageException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("watchparty-db");
        config.addDataSourceProperty("ApplicationName", "watchparty");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setConnectionTimeout(POOL_WAIT.toMillis());
        config.setInitializationFailTimeout(POOL_WAIT.toMillis());
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException(
                    "Cannot connect to the database " + safeUrl(url) + ": " + oneLine(rootMessage(e)), e);
        }
        try {
            boolean upToDate;
            try (Connection connection = pool.getConnection()) {
                upToDate = Migrations.upToDate(connection, Dialect.POSTGRESQL);
            }
            if (!upToDate) {
                Migrations.apply(Dialect.POSTGRESQL, url, user, password, 0);
            }
            Properties credentials = new Properties();
            if (user != null) {
                credentials.setProperty("user", user);
            }
            if (password != null) {
                credentials.setProperty("password", password);
            }
            String schema;
            try (Connection connection = pool.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT current_schema()")) {
                row.next();
                schema = row.getString(1);
            }
            PostgresChangeFeed changes = PostgresChangeFeed.start(url, credentials, "watchparty_changes_" + schema);
            Database database = new Database(Dialect.POSTGRESQL, new Pool(pool), null, changes);
            log.info("Connected to {} (schema {}, version {})", safeUrl(url), schema, database.schemaVersion());
            return database;
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new StorageException("Cannot open the database " + safeUrl(url) + ": " + oneLine(rootMessage(e)), e);
        }
    }

    /** The URL without its query, where a careless operator might have put a password. */
    public static String safeUrl(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? error.getMessage() : root.getMessage();
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("closing a connection that failed to open", e);
            }
        }
    }

    /** How writes here reach the caches of other processes sharing this database. */
    ChangeFeed changes() {
        return changes;
    }

    /** The schema version Flyway last applied. */
    public int schemaVersion() throws SQLException {
        return connections.use(
                connection -> {
                    try (Statement statement = connection.createStatement();
                            ResultSet row = statement.executeQuery(
                                    "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success")) {
                        return row.next() ? row.getInt(1) : 0;
                    }
                },
                null);
    }

    private String schemaVersionOrUnknown() {
        try {
            return Integer.toString(schemaVersion());
        } catch (SQLException e) {
            return "unknown: " + oneLine(e.getMessage());
        }
    }

    /**
     * Times every transaction in {@code watchparty_db_transaction_seconds}, tagged with the dialect, and, on
     * PostgreSQL, reports the pool (HikariCP's {@code hikaricp_connections_*}: active, idle, pending, wait times).
     */
    public void bindMetrics(MeterRegistry registry) {
        transactions = Timer.builder("watchparty.db.transaction")
                .description("time of one transaction, from asking for a connection to commit or rollback")
                .tag("dialect", dialect.name().toLowerCase(Locale.ROOT))
                .serviceLevelObjectives(
                        Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofMillis(500), BUSY_TIMEOUT)
                .register(registry);
        connections.bindMetrics(registry);
    }

    /** Runs work in one transaction: all of it is kept, or none. */
    public <T> T inTransaction(Work<T> work) {
        long started = System.nanoTime();
        try {
            return connections.transact(work);
        } catch (SQLException e) {
            throw new StorageException("database error: " + e.getMessage(), e);
        } finally {
            Timer timer = transactions;
            if (timer != null) {
                timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        }
    }

    private static <T> T transaction(Connection connection, Work<T> work) throws SQLException {
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
    }

    /**
     * Why the store cannot keep what users do right now, or empty when it can: an SQLite file must still be
     * there, and a real write and read of the probe row must succeed within {@link #PROBE_WAIT} (a write lock
     * held elsewhere, a full disk, a deleted file or a lost server all fail it). For the health check.
     */
    public Optional<String> problem() {
        if (!open.isDone()) {
            return Optional.of("the database is still opening");
        }
        if (open.isCompletedExceptionally()) {
            return Optional.of(
                    "the database did not open: " + oneLine(open.exceptionNow().getMessage()));
        }
        if (file != null && !Files.exists(file)) {
            return Optional.of("the database file " + file + " is gone");
        }
        try {
            return connections.use(connection -> transaction(connection, this::probe), PROBE_WAIT);
        } catch (BusyException e) {
            return Optional.of("the database is busy: " + e.getMessage());
        } catch (SQLException e) {
            return Optional.of("a test write failed: " + oneLine(e.getMessage()));
        }
    }

    private Optional<String> probe(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                statement.execute("SET LOCAL statement_timeout = " + PROBE_WAIT.toMillis());
            } else {
                statement.execute("PRAGMA busy_timeout=" + PROBE_WAIT.toMillis());
            }
            try {
                long now = System.currentTimeMillis();
                Sql.execute(connection, """
                        INSERT INTO health_probe (id, checked_at) VALUES (1, ?)
                        ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at""", now);
                try (PreparedStatement read =
                                connection.prepareStatement("SELECT checked_at FROM health_probe WHERE id = 1");
                        ResultSet row = read.executeQuery()) {
                    return row.next() && row.getLong(1) == now
                            ? Optional.empty()
                            : Optional.of("the database did not read back what was written");
                }
            } finally {
                if (dialect == Dialect.SQLITE) {
                    statement.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT.toMillis());
                }
            }
        }
    }

    @Override
    public void close() {
        changes.close();
        connections.close();
    }
}
