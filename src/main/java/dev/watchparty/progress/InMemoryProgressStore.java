package dev.watchparty.progress;

import dev.watchparty.spoiler.Progress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Progress kept for the life of the process: the console's store, and a stand-in for tests. */
public final class InMemoryProgressStore implements ProgressStore {

    private record Key(String userId, String showId) {
    }

    private final Map<Key, Progress> progress = new ConcurrentHashMap<>();

    @Override
    public Progress progressOf(String userId, String showId) {
        return progress.getOrDefault(new Key(userId, showId), Progress.NOTHING);
    }

    @Override
    public void save(String userId, String showId, Progress newProgress) {
        progress.put(new Key(userId, showId), newProgress);
    }

    @Override
    public void clear(String userId, String showId) {
        progress.remove(new Key(userId, showId));
    }
}
