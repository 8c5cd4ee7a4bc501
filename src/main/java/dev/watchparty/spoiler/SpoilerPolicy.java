package dev.watchparty.spoiler;

import dev.watchparty.pack.SpoilerLevel;

/**
 * The one rule: no text above what a reader has watched is ever shown in plain text. Every reader of a reply
 * counts, the requester too: with low = min(audience, requester) and high = max(audience, requester), an item
 * is plain up to low, tagged up to high, and hidden past high unless the requester, reading alone, asked.
 */
public final class SpoilerPolicy {

    private SpoilerPolicy() {}

    public static Visibility classify(SpoilerLevel itemLevel, ReadingContext reader) {
        if (!itemLevel.isAbove(reader.plainReach())) {
            return Visibility.PLAIN;
        }
        if (!itemLevel.isAbove(reader.ownReach())) {
            return Visibility.TAGGED;
        }
        return itemLevel.isAbove(reader.revealThrough()) ? Visibility.HIDDEN : Visibility.REVEALED;
    }
}
