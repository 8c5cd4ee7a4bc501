package dev.watchparty.spoiler;

import dev.watchparty.pack.SpoilerLevel;

/** What everyone in a channel is taken to have seen: premise, until a moderator or a watch party raises it. */
public interface ChannelLevels {

    SpoilerLevel levelOf(String channelId, String showId);
}
