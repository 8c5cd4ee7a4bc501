package dev.watchparty.show;

import dev.watchparty.reply.TextKey;

/** What /show writes around the show card from the pack. */
enum ShowText implements TextKey {
    CARD_LINE,
    CARD_LINE_RATED,
    BASED_ON,
    BASED_ON_PUBLISHED,
    ABOUT;

    @Override
    public String bundle() {
        return "show";
    }
}
