package dev.watchparty.character;

import dev.watchparty.reply.TextKey;

/** What /character writes around a character's bio from the pack. */
enum CharacterText implements TextKey {
    REVEAL_WARNING,
    PLAYED_BY,
    FIRST_SEEN_IN,
    RELATIONSHIPS,
    FACTS,
    UNNAMED_TITLE,
    REVEAL_HINT,
    FIRST_APPEARS_IN,
    NOT_FOUND,
    NOT_FOUND_DID_YOU_MEAN,
    GONE;

    @Override
    public String bundle() {
        return "character";
    }
}
