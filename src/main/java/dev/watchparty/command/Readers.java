package dev.watchparty.command;

import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Echo;
import dev.watchparty.reply.TextKey;
import dev.watchparty.reply.Texts;
import dev.watchparty.reply.UserInputException;
import dev.watchparty.spoiler.ChannelLevels;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ProgressStore;
import dev.watchparty.spoiler.ReadingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Works out, for a request, which show it is about and who will read the reply: the requester's progress and
 * the reply's audience level (their own progress when only they can read it, else the channel's level).
 */
public final class Readers {

    public static final String SHOW_OPTION = "show";
    private static final String NOTHING_WATCHED = "none";

    private final PackLibrary library;
    private final ProgressStore progressStore;
    private final ChannelLevels channelLevels;

    public Readers(PackLibrary library, ProgressStore progressStore, ChannelLevels channelLevels) {
        this.library = library;
        this.progressStore = progressStore;
        this.channelLevels = channelLevels;
    }

    public PackLibrary library() {
        return library;
    }

    /** The options given, then an optional {@code show} option where more than one show is loaded. */
    public List<OptionSpec> withShowOption(OptionSpec... options) {
        List<OptionSpec> all = new ArrayList<>(List.of(options));
        if (library.hasSeveralShows()) {
            all.add(OptionSpec.suggested(SHOW_OPTION, "Which show", false));
        }
        return all;
    }

    /** Episode suggestions for what the reader typed, titles shown only up to their progress. */
    public List<Choice> episodeSuggestions(AutocompleteRequest request) {
        Catalog catalog = catalogFor(request);
        return Suggestions.episodes(catalog, request.typed(), progressOf(request.invoker(), catalog));
    }

    /** Episode suggestions, led by "nothing watched" while what was typed could still mean it. */
    public List<Choice> watchedSuggestions(AutocompleteRequest request) {
        List<Choice> choices = new ArrayList<>();
        if (NOTHING_WATCHED.startsWith(request.typed().strip().toLowerCase(Locale.ROOT))) {
            choices.add(new Choice(Texts.format(request.invoker().locale(), CommandText.NONE_CHOICE), NOTHING_WATCHED));
        }
        choices.addAll(episodeSuggestions(request));
        return choices;
    }

    /** The show named by the request's {@code show} option, or the default one. */
    public Catalog catalogFor(CommandRequest request) {
        return catalogFor(request.text(SHOW_OPTION).orElse(null));
    }

    public Catalog catalogFor(AutocompleteRequest request) {
        return catalogFor(request.otherText(SHOW_OPTION).orElse(null));
    }

    public Catalog catalogFor(String showId) {
        if (showId == null || showId.isBlank()) {
            return library.defaultCatalog();
        }
        return library.catalog(showId.strip())
                .orElseThrow(() -> new UserInputException(CommandText.UNKNOWN_SHOW, Echo.quote(showId)));
    }

    public Progress progressOf(Invoker invoker, Catalog catalog) {
        return progressOf(invoker.userId(), catalog);
    }

    public Progress progressOf(String userId, Catalog catalog) {
        return progressStore.progressOf(userId, catalog.show().id());
    }

    /** What everyone in this place has seen: the channel's level where others read along, else nothing. */
    public SpoilerLevel channelLevel(Place place, Catalog catalog) {
        return place.shared()
                ? channelLevels.levelOf(place.channelId(), catalog.show().id())
                : SpoilerLevel.PREMISE;
    }

    public ReadingContext readerFor(Invoker invoker, Place place, Catalog catalog, boolean ephemeral) {
        return readerFor(progressOf(invoker, catalog), invoker.locale(), place, catalog, ephemeral);
    }

    /**
     * Why a public reply about a subject of this level goes to the requester alone: nobody reading it has reached
     * the subject (it is past both the channel and the requester), so posting it would only count hidden lines
     * or, for a reveal, spoil. {@code subjectIs} says what the subject is, its level as argument 0 ("this is
     * {0}"). Empty when the reply may be posted.
     */
    public static Optional<String> whyPrivate(ReadingContext reader, SpoilerLevel subject, TextKey subjectIs) {
        if (reader.onlyRequester() || !subject.isAbove(reader.ownReach())) {
            return Optional.empty();
        }
        Locale language = reader.language();
        String channel = reader.audience().isEpisode()
                ? reader.audience().toString()
                : Texts.format(language, CommandText.PREMISE);
        return Optional.of(Texts.format(
                language,
                CommandText.ANSWERED_PRIVATELY,
                Texts.format(language, subjectIs, subject.toString()),
                channel,
                reader.requester().describe(language)));
    }

    /**
     * For a page button: the reply is drawn again for the progress of whoever asked for it first, in the language
     * of whoever turned the page.
     */
    public ReadingContext readerFor(
            Progress requester, Locale language, Place place, Catalog catalog, boolean ephemeral) {
        if (ephemeral || !place.shared()) {
            return ReadingContext.ephemeral(requester, language);
        }
        return ReadingContext.publicIn(channelLevel(place, catalog), requester, language);
    }
}
