package dev.watchparty.recap;

import dev.watchparty.reply.TextKey;

/** What /recap writes around an episode's recap from the pack. */
enum RecapText implements TextKey {
    REVEAL_WARNING,
    TITLE,
    WRITTEN_AND_DIRECTED,
    WRITTEN,
    DIRECTED,
    NO_RECAP,
    RECAP,
    THIS_IS,
    GONE;

    @Override
    public String bundle() {
        return "recap";
    }
}
