package dev.watchparty.channel;

import dev.watchparty.reply.TextKey;

/** What /spoilers channel writes. */
enum ChannelText implements TextKey {
    NOT_A_SERVER_CHANNEL,
    NEEDS_MANAGE_CHANNEL,
    LEVEL_SET,
    LEVEL_PREMISE;

    @Override
    public String bundle() {
        return "channel";
    }
}
