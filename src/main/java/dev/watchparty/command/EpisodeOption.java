package dev.watchparty.command;

import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.Episode;
import dev.watchparty.pack.EpisodeReading;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Echo;
import dev.watchparty.reply.UserInputException;
import dev.watchparty.spoiler.Progress;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one way a command reads an episode option and words a refusal. A refusal quotes what was typed and
 * suggests values in the forms autocomplete offers, titles only up to the reader's progress; nothing is ever
 * mapped to an episode the user did not name.
 */
public final class EpisodeOption {

    private static final int MAX_CLOSEST = 3;

    private EpisodeOption() {}

    /** How far someone has watched: an episode, or the premise for {@code none}, {@code nothing}, {@code premise}. */
    public static SpoilerLevel watchedThrough(Catalog catalog, String typed, Progress reader) {
        EpisodeReading reading = catalog.readEpisode(typed);
        if (reading instanceof EpisodeReading.Found found) {
            return found.episode().code();
        }
        if (reading instanceof EpisodeReading.NotUnderstood refused) {
            throw refusal(catalog, refused, reader, true);
        }
        return SpoilerLevel.PREMISE;
    }

    /** Exactly one episode; "nothing watched" is refused too. */
    public static Episode episode(Catalog catalog, String typed, Progress reader) {
        EpisodeReading reading = catalog.readEpisode(typed);
        if (reading instanceof EpisodeReading.Found found) {
            return found.episode();
        }
        if (reading instanceof EpisodeReading.NotUnderstood refused) {
            throw refusal(catalog, refused, reader, false);
        }
        throw new UserInputException(
                Echo.quote(typed) + " means no episode, and this needs one: " + range(catalog) + ". " + forms(false));
    }

    private static UserInputException refusal(
            Catalog catalog, EpisodeReading.NotUnderstood refused, Progress reader, boolean nothingAllowed) {
        String why = switch (refused.problem()) {
            case NOT_IN_SHOW ->
                " is not an episode of " + catalog.show().title() + ", which has " + range(catalog) + ".";
            case AMBIGUOUS_NUMBER -> " could be more than one episode: give the season too, like S1E3.";
            case AMBIGUOUS_TITLE -> " begins more than one title.";
            case NOT_AN_EPISODE -> " is not an episode I can read.";
        };
        List<Episode> closest = refused.closest().isEmpty()
                        && refused.problem() == EpisodeReading.Problem.NOT_AN_EPISODE
                        && refused.typed().strip().length() > 1
                ? catalog.searchEpisodes(refused.typed())
                : refused.closest();
        String didYouMean = closest.isEmpty()
                ? ""
                : " Did you mean "
                        + closest.stream()
                                .limit(MAX_CLOSEST)
                                .map(episode -> Suggestions.episodeLabel(episode, reader.watchedThrough()))
                                .collect(Collectors.joining(", "))
                        + "?";
        return new UserInputException("I didn't change anything: " + Echo.quote(refused.typed()) + why + didYouMean
                + " " + forms(nothingAllowed));
    }

    private static String forms(boolean nothingAllowed) {
        return "Give a code like S1E3, a number like 3, 1x03 or a title"
                + (nothingAllowed ? ", or none for nothing watched" : "") + "; or pick one of the suggestions.";
    }

    private static String range(Catalog catalog) {
        int count = catalog.show().episodeCount();
        return count + (count == 1 ? " episode, " : " episodes, ")
                + catalog.episodeOrder().first() + " to " + catalog.show().lastEpisode();
    }
}
