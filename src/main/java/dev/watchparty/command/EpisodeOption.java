package dev.watchparty.command;

import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.Episode;
import dev.watchparty.pack.EpisodeReading;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Echo;
import dev.watchparty.reply.Text;
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
        throw new UserInputException(CommandText.NO_EPISODE, Echo.quote(typed), range(catalog), forms(false));
    }

    private static UserInputException refusal(
            Catalog catalog, EpisodeReading.NotUnderstood refused, Progress reader, boolean nothingAllowed) {
        String typed = Echo.quote(refused.typed());
        Text why = switch (refused.problem()) {
            case NOT_IN_SHOW ->
                Text.of(CommandText.NOT_IN_SHOW, typed, catalog.show().title(), range(catalog));
            case AMBIGUOUS_NUMBER -> Text.of(CommandText.AMBIGUOUS_NUMBER, typed);
            case AMBIGUOUS_TITLE -> Text.of(CommandText.AMBIGUOUS_TITLE, typed);
            case NOT_AN_EPISODE -> Text.of(CommandText.NOT_AN_EPISODE, typed);
        };
        List<Episode> closest = refused.closest().isEmpty()
                        && refused.problem() == EpisodeReading.Problem.NOT_AN_EPISODE
                        && refused.typed().strip().length() > 1
                ? catalog.searchEpisodes(refused.typed())
                : refused.closest();
        if (closest.isEmpty()) {
            return new UserInputException(CommandText.REFUSED, why, forms(nothingAllowed));
        }
        String didYouMean = closest.stream()
                .limit(MAX_CLOSEST)
                .map(episode -> Suggestions.episodeLabel(episode, reader.watchedThrough()))
                .collect(Collectors.joining(", "));
        return new UserInputException(CommandText.REFUSED_DID_YOU_MEAN, why, didYouMean, forms(nothingAllowed));
    }

    private static Text forms(boolean nothingAllowed) {
        return Text.of(nothingAllowed ? CommandText.WATCHED_FORMS : CommandText.EPISODE_FORMS);
    }

    private static Text range(Catalog catalog) {
        return Text.of(
                CommandText.EPISODE_RANGE,
                catalog.show().episodeCount(),
                catalog.episodeOrder().first().toString(),
                catalog.show().lastEpisode().toString());
    }
}
