package dev.watchparty.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cache invalidation between the processes that share one PostgreSQL: a write sends {@code NOTIFY} in its own
 * transaction (so it is heard only if it commits), and each process LISTENs on a connection of its own, outside
 * the pool, and drops the key from its cache. While that connection is down the feed is not live, caches are
 * bypassed, and on reconnecting each cache forgets everything, since notifications may have been missed.
 */
final class PostgresChangeFeed implements ChangeFeed {

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeFeed.class);
    private static final char SEPARATOR = '\u001f';
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);
    /** How the listening connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "watchparty-changes";

    private record Subscriber(Consumer<String> changed, Runnable stale) {}

    private final String url;
    private final Properties credentials;
    private final String channel;
    /** Tells this process's own notifications from the others'. */
    private final String origin = UUID.randomUUID().toString();

    private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final CountDownLatch firstConnect = new CountDownLatch(1);
    private volatile boolean live;
    private volatile boolean closed;
    private final Thread listener;

    private PostgresChangeFeed(String url, Properties credentials, String channel) {
        this.url = url;
        this.credentials = new Properties();
        this.credentials.putAll(credentials);
        this.credentials.setProperty("ApplicationName", APPLICATION_NAME);
        this.channel = channel;
        this.listener = Thread.ofPlatform().daemon().name("db-changes").unstarted(this::listen);
    }

    /** Starts listening, and waits briefly for the first connection so that caches work from the start. */
    static PostgresChangeFeed start(String url, Properties credentials, String channel) {
        PostgresChangeFeed feed = new PostgresChangeFeed(url, credentials, channel);
        feed.listener.start();
        try {
            if (!feed.firstConnect.await(5, TimeUnit.SECONDS)) {
                log.warn("the change feed is not connected yet: caches are bypassed until it is");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return feed;
    }

    @Override
    public void publish(Connection connection, String topic, String key) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            Sql.bind(notify, channel, origin + SEPARATOR + topic + SEPARATOR + key);
            notify.execute();
        }
    }

    @Override
    public void subscribe(String topic, Consumer<String> changed, Runnable stale) {
        subscribers.put(topic, new Subscriber(changed, stale));
    }

    @Override
    public boolean isLive() {
        return live;
    }

    private void listen() {
        while (!closed) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN \"" + channel.replace("\"", "\"\"") + "\"");
                }
                // anything cached before this moment may have missed a change
                subscribers.values().forEach(subscriber -> subscriber.stale().run());
                live = true;
                firstConnect.countDown();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] received = notifications.getNotifications((int) POLL.toMillis());
                    if (received == null) {
                        // a poll that returns nothing may hide a connection that died: ask it
                        try (Statement ping = connection.createStatement()) {
                            ping.execute("SELECT 1");
                        }
                        continue;
                    }
                    for (PGNotification notification : received) {
                        deliver(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    log.warn(
                            "the change feed lost its connection, caches are bypassed until it is back: {}",
                            Database.oneLine(e.getMessage()));
                }
            } finally {
                live = false;
            }
            pause();
        }
    }

    private void deliver(String payload) {
        int first = payload.indexOf(SEPARATOR);
        int second = payload.indexOf(SEPARATOR, first + 1);
        if (first < 0 || second < 0 || payload.substring(0, first).equals(origin)) {
            return;
        }
        Subscriber subscriber = subscribers.get(payload.substring(first + 1, second));
        if (subscriber != null) {
            subscriber.changed().accept(payload.substring(second + 1));
        }
    }

    private void pause() {
        if (!closed) {
            try {
                Thread.sleep(RECONNECT_AFTER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
        try {
            listener.join(POLL.multipliedBy(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
