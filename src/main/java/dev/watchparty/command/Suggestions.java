package dev.watchparty.command;

import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.Episode;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.spoiler.Progress;
import java.util.List;
import java.util.Locale;

/**
 * Autocomplete choices that spoil nothing, since a choice cannot hold spoiler tags: an episode above the
 * reader's progress is offered by its code alone, and a character the reader has not met yet is not offered
 * (their name would be the spoiler).
 */
public final class Suggestions {

    private Suggestions() {}

    public static List<Choice> episodes(Catalog catalog, String typed, Progress reader) {
        return catalog.searchEpisodes(typed).stream()
                .map(episode -> episodeChoice(episode, reader))
                .toList();
    }

    public static String episodeLabel(Episode episode, SpoilerLevel readerLevel) {
        String code = episode.code().toString();
        if (episode.code().isAbove(readerLevel)) {
            return code;
        }
        return episode.verifiedTitle().map(title -> code + " · " + title).orElse(code);
    }

    private static Choice episodeChoice(Episode episode, Progress reader) {
        return new Choice(
                episodeLabel(episode, reader.watchedThrough()), episode.code().toString());
    }

    public static List<Choice> characters(Catalog catalog, String typed, Progress reader) {
        return catalog.searchCharacters(typed).stream()
                .filter(character -> !character.introducedAt().isAbove(reader.watchedThrough()))
                .map(character -> new Choice(character.name(), character.id()))
                .toList();
    }

    /** An option's fixed choices that hold what was typed, in their own order. */
    public static List<Choice> among(List<String> choices, String typed) {
        String lower = typed.strip().toLowerCase(Locale.ROOT);
        return choices.stream()
                .filter(choice -> choice.toLowerCase(Locale.ROOT).contains(lower))
                .map(choice -> new Choice(choice, choice))
                .toList();
    }

    public static List<Choice> shows(Readers readers, String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return readers.library().catalogs().stream()
                .filter(catalog ->
                        catalog.show().title().toLowerCase(Locale.ROOT).contains(lower)
                                || catalog.show().id().contains(lower))
                .limit(Catalog.MAX_SUGGESTIONS)
                .map(catalog ->
                        new Choice(catalog.show().title(), catalog.show().id()))
                .toList();
    }
}
