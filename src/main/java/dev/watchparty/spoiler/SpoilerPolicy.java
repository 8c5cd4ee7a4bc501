package dev.watchparty.spoiler;

import dev.watchparty.pack.SpoilerLevel;

/** The one rule: no text above what a reader has watched is ever shown in plain text. */
public final class SpoilerPolicy {

    private SpoilerPolicy() {
    }

    public static Visibility classify(SpoilerLevel itemLevel, ReadingContext reader) {
        if (!itemLevel.isAbove(reader.audience())) {
            return Visibility.PLAIN;
        }
        if (!itemLevel.isAbove(reader.requester().watchedThrough())) {
            return Visibility.TAGGED;
        }
        return itemLevel.isAbove(reader.revealThrough()) ? Visibility.HIDDEN : Visibility.REVEALED;
    }
}
