package dev.watchparty.pack;

import java.util.List;

/**
 * What a typed episode option means: nothing watched, exactly one episode, or nothing the reader can trust.
 * A reading is never a guess: an unknown value is {@link NotUnderstood}, never the nearest episode.
 */
public sealed interface EpisodeReading {

    /** {@code none}, {@code nothing} or {@code premise}. */
    record NothingWatched() implements EpisodeReading {}

    record Found(Episode episode) implements EpisodeReading {}

    /**
     * Why a value was refused, and the episodes it might have meant (for suggestions; never acted on).
     * {@code problem} lets the command word the refusal.
     */
    record NotUnderstood(String typed, Problem problem, List<Episode> closest) implements EpisodeReading {

        public NotUnderstood {
            closest = List.copyOf(closest);
        }
    }

    enum Problem {
        /** Not a form an episode can be given in. */
        NOT_AN_EPISODE,
        /** An episode code or number the show does not have: {@code 0}, {@code 11}, {@code S1E99}, {@code S2E1}. */
        NOT_IN_SHOW,
        /** A bare number in a show of several seasons. */
        AMBIGUOUS_NUMBER,
        /** The beginning of more than one title. */
        AMBIGUOUS_TITLE
    }
}
