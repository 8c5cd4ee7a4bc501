package dev.watchparty.spoiler;

import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Texts;
import java.util.Locale;
import java.util.Objects;

/**
 * How far a viewer has watched: nothing yet, or through an episode. A viewer who has watched nothing still
 * knows the premise (trailer, synopsis), so "nothing watched" sits at the premise level.
 */
public record Progress(SpoilerLevel watchedThrough) {

    public static final Progress NOTHING = new Progress(SpoilerLevel.PREMISE);

    public Progress {
        Objects.requireNonNull(watchedThrough, "watchedThrough");
        if (!watchedThrough.isEpisode()) {
            watchedThrough = SpoilerLevel.PREMISE;
        }
    }

    public static Progress through(SpoilerLevel episode) {
        return new Progress(episode);
    }

    public boolean hasStarted() {
        return watchedThrough.isEpisode();
    }

    /** For a reader: "S1E3", or "nothing watched yet" in their language. */
    public String describe(Locale language) {
        return hasStarted() ? watchedThrough.toString() : Texts.format(language, SpoilerText.NOTHING_WATCHED);
    }
}
