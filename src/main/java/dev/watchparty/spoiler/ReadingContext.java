package dev.watchparty.spoiler;

import dev.watchparty.pack.SpoilerLevel;
import java.util.Objects;

/**
 * Who reads a reply. {@code audience} is what everyone who can read it has seen; {@code requester} is the
 * progress of the person who asked; {@code revealThrough} is how far the requester explicitly asked to see
 * past their own progress ({@link SpoilerLevel#META} for no reveal).
 */
public record ReadingContext(Progress requester, SpoilerLevel audience, SpoilerLevel revealThrough) {

    /** Above every episode of every show: "reveal everything". */
    private static final SpoilerLevel EVERYTHING = SpoilerLevel.episode(99, 99);

    public ReadingContext {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(revealThrough, "revealThrough");
    }

    /** A reply only the requester sees: the audience is the requester. */
    public static ReadingContext ephemeral(Progress requester) {
        return new ReadingContext(requester, requester.watchedThrough(), SpoilerLevel.META);
    }

    /** A reply everyone in a channel sees, whose level is {@code channelLevel}. */
    public static ReadingContext publicIn(SpoilerLevel channelLevel, Progress requester) {
        return new ReadingContext(requester, channelLevel, SpoilerLevel.META);
    }

    public ReadingContext revealingAll() {
        return new ReadingContext(requester, audience, EVERYTHING);
    }

    /** Reveals one episode's own lines only, as an explicit request for that episode's recap does. */
    public ReadingContext revealing(SpoilerLevel episode) {
        return new ReadingContext(requester, audience, SpoilerLevel.max(revealThrough, episode));
    }

    /** The highest level this reader may see without asking: max(audience, requester). */
    public SpoilerLevel ownReach() {
        return SpoilerLevel.max(audience, requester.watchedThrough());
    }

    public boolean revealsSomething() {
        return revealThrough.isAbove(ownReach());
    }
}
