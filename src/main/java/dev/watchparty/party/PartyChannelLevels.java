package dev.watchparty.party;

import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.spoiler.ChannelLevelStore;

/**
 * A channel's level: while a party runs there, the episode it has finished; otherwise what a moderator set.
 * Moderators' settings are kept underneath and apply again once the party ends.
 */
public final class PartyChannelLevels implements ChannelLevelStore {

    private final ChannelLevelStore moderatorLevels;
    private final PartyService parties;

    public PartyChannelLevels(ChannelLevelStore moderatorLevels, PartyService parties) {
        this.moderatorLevels = moderatorLevels;
        this.parties = parties;
    }

    @Override
    public SpoilerLevel levelOf(String channelId, String showId) {
        return parties.levelOf(channelId, showId).orElseGet(() -> moderatorLevels.levelOf(channelId, showId));
    }

    @Override
    public void setLevel(String channelId, String showId, SpoilerLevel level, String setBy) {
        moderatorLevels.setLevel(channelId, showId, level, setBy);
    }
}
