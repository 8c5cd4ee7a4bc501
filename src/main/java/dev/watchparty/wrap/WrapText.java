package dev.watchparty.wrap;

import dev.watchparty.reply.TextKey;

/** What Spoiler-wrap writes: its modal, the label of its repost, and what it tells the member who used it. */
enum WrapText implements TextKey {
    ABOUT,
    SERVER_CHANNELS_ONLY,
    OWN_MESSAGES_ONLY,
    NOTHING_TO_WRAP,
    CANNOT_POST,
    MODAL_TITLE,
    MODAL_LABEL,
    MODAL_PLACEHOLDER,
    EXPIRED,
    LABEL,
    REPOST_FAILED,
    REMOVED,
    ALREADY_GONE,
    NOT_ALLOWED,
    REMOVE_FAILED;

    @Override
    public String bundle() {
        return "wrap";
    }
}
