package dev.watchparty.spoiler;

import dev.watchparty.pack.SpoilerLevel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Channel levels for the life of the process: the console's store, and a stand-in for tests. */
public final class InMemoryChannelLevels implements ChannelLevelStore {

    private record Key(String channelId, String showId) {
    }

    private final Map<Key, SpoilerLevel> levels = new ConcurrentHashMap<>();

    @Override
    public SpoilerLevel levelOf(String channelId, String showId) {
        return levels.getOrDefault(new Key(channelId, showId), SpoilerLevel.PREMISE);
    }

    @Override
    public void setLevel(String channelId, String showId, SpoilerLevel level, String setBy) {
        if (level.isEpisode()) {
            levels.put(new Key(channelId, showId), level);
        } else {
            levels.remove(new Key(channelId, showId));
        }
    }
}
