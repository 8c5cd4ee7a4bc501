package dev.watchparty.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * How a write in one process reaches the caches of the others that share its database. With one process (SQLite)
 * there is nobody to tell, and every cache is always current.
 */
interface ChangeFeed extends AutoCloseable {

    /**
     * Announces, inside the writing transaction, that the row behind {@code key} of {@code topic} changed; the
     * other processes hear of it when the transaction commits, and not at all if it rolls back.
     */
    void publish(Connection connection, String topic, String key) throws SQLException;

    /**
     * Calls {@code changed} with each key of {@code topic} that another process changes, and {@code stale} when
     * changes may have been missed (the feed reconnected), so that the cache forgets everything it holds.
     */
    void subscribe(String topic, Consumer<String> changed, Runnable stale);

    /** Whether changes are arriving now: while not, a cache cannot be trusted and reads go to the database. */
    boolean isLive();

    @Override
    void close();

    ChangeFeed ONE_PROCESS = new ChangeFeed() {
        @Override
        public void publish(Connection connection, String topic, String key) {}

        @Override
        public void subscribe(String topic, Consumer<String> changed, Runnable stale) {}

        @Override
        public boolean isLive() {
            return true;
        }

        @Override
        public void close() {}
    };
}
