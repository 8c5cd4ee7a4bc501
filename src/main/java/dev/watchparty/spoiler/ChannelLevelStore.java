package dev.watchparty.spoiler;

import dev.watchparty.pack.SpoilerLevel;

/** Channel levels that a moderator can change. */
public interface ChannelLevelStore extends ChannelLevels {

    /** Sets a channel's level for a show; the premise level goes back to the default. */
    void setLevel(String channelId, String showId, SpoilerLevel level, String setBy);
}
