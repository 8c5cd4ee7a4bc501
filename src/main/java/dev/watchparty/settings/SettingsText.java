package dev.watchparty.settings;

import dev.watchparty.reply.TextKey;

/** What /settings tells the requester. */
enum SettingsText implements TextKey {
    OUTSIDE_SERVER,
    NEEDS_MANAGE_EVENTS,
    YOURS_SET,
    SERVERS_SET,
    YOURS,
    SERVERS,
    NOT_SET,
    HOW_TIMES_ARE_READ,
    UNKNOWN_ZONE,
    ZONE_NOW,
    CLOCK;

    @Override
    public String bundle() {
        return "settings";
    }
}
