package dev.watchparty.storage;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * A Caffeine cache of rows that every command reads, kept coherent across the processes that share the database:
 * a write announces its key through the {@link ChangeFeed} inside its transaction and then updates this cache;
 * the others drop the key when they hear of it. While the feed is down, reads go to the database.
 *
 * @param <V> what a row is read as
 */
final class CoherentCache<V> {

    /** A row's key: two ids, such as a user and a show. */
    record Key(String first, String second) {

        private static final char SEPARATOR = '\u001e';

        String encoded() {
            return first + SEPARATOR + second;
        }

        static Key decode(String encoded) {
            int split = encoded.indexOf(SEPARATOR);
            return new Key(encoded.substring(0, split), encoded.substring(split + 1));
        }
    }

    private final String topic;
    private final ChangeFeed changes;
    private final Function<Key, V> read;
    private final LoadingCache<Key, V> cache;

    CoherentCache(String topic, ChangeFeed changes, long maximumSize, Function<Key, V> read) {
        this.topic = topic;
        this.changes = changes;
        this.read = read;
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).build(read::apply);
        changes.subscribe(topic, key -> cache.invalidate(Key.decode(key)), cache::invalidateAll);
    }

    V get(Key key) {
        return changes.isLive() ? cache.get(key) : read.apply(key);
    }

    /** Tells the other processes, inside the writing transaction, that this key's row is changing. */
    void announce(Connection connection, Key key) throws SQLException {
        changes.publish(connection, topic, key.encoded());
    }

    /** Keeps what was just committed for this key. */
    void written(Key key, V value) {
        cache.put(key, value);
    }
}
