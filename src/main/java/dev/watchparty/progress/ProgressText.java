package dev.watchparty.progress;

import dev.watchparty.reply.TextKey;

/** What /progress tells the requester. */
enum ProgressText implements TextKey {
    SAVED,
    CLEARED,
    WATCHED_THROUGH,
    NOT_STARTED;

    @Override
    public String bundle() {
        return "progress";
    }
}
