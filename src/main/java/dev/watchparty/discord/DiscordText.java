package dev.watchparty.discord;

import dev.watchparty.reply.TextKey;

/** What the Discord adapter says itself, before or instead of the core: refusals under load, and faults. */
enum DiscordText implements TextKey {
    RESTARTING,
    BUSY,
    TOO_SLOW_FOR_A_FORM,
    POSTED_BELOW,
    FAILED;

    @Override
    public String bundle() {
        return "discord";
    }
}
