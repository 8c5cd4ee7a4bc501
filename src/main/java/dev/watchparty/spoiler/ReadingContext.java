package dev.watchparty.spoiler;

import dev.watchparty.pack.SpoilerLevel;
import java.util.Locale;
import java.util.Objects;

/**
 * Who reads a reply, and in which language the bot's own words in it are written. {@code audience} is what everyone who can read it has seen; {@code requester} is the
 * progress of the person who asked, who reads it too; {@code revealThrough} is how far the requester explicitly
 * asked to see past both ({@link SpoilerLevel#META} for no reveal). A reveal only ever applies to a reply that
 * the requester alone reads: {@code onlyRequester}. Pack text stays in the pack's own language.
 */
public record ReadingContext(
        Progress requester, SpoilerLevel audience, SpoilerLevel revealThrough, boolean onlyRequester, Locale language) {

    /** Above every episode of every show: "reveal everything". */
    private static final SpoilerLevel EVERYTHING = SpoilerLevel.episode(99, 99);

    public ReadingContext {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(revealThrough, "revealThrough");
        Objects.requireNonNull(language, "language");
        if (!onlyRequester) {
            revealThrough = SpoilerLevel.META;
        }
    }

    /** A reply only the requester sees: the audience is the requester. */
    public static ReadingContext ephemeral(Progress requester, Locale language) {
        return new ReadingContext(requester, requester.watchedThrough(), SpoilerLevel.META, true, language);
    }

    /** A reply everyone in a channel sees, whose level is {@code channelLevel}; the requester reads it too. */
    public static ReadingContext publicIn(SpoilerLevel channelLevel, Progress requester, Locale language) {
        return new ReadingContext(requester, channelLevel, SpoilerLevel.META, false, language);
    }

    /** Reveals everything; in a public reply this changes nothing, since a reveal is never posted. */
    public ReadingContext revealingAll() {
        return new ReadingContext(requester, audience, EVERYTHING, onlyRequester, language);
    }

    /** Reveals one episode's own lines only, as an explicit request for that episode's recap does. */
    public ReadingContext revealing(SpoilerLevel episode) {
        return new ReadingContext(
                requester, audience, SpoilerLevel.max(revealThrough, episode), onlyRequester, language);
    }

    /** What every reader has seen, the requester included: min(audience, requester). Plain up to here. */
    public SpoilerLevel plainReach() {
        return SpoilerLevel.min(audience, requester.watchedThrough());
    }

    /** What some reader has seen: max(audience, requester). Tagged up to here, hidden past it. */
    public SpoilerLevel ownReach() {
        return SpoilerLevel.max(audience, requester.watchedThrough());
    }
}
