package dev.watchparty.recap;

import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.ComponentId;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.ComponentResponse;
import dev.watchparty.command.EpisodeOption;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.Paged;
import dev.watchparty.command.Readers;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.command.Suggestions;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.Credits;
import dev.watchparty.pack.Episode;
import dev.watchparty.pack.Fact;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.Colors;
import dev.watchparty.reply.PageLayout;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Section;
import dev.watchparty.reply.Texts;
import dev.watchparty.reply.UserInputException;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ReadingContext;
import dev.watchparty.spoiler.RenderedItems;
import dev.watchparty.spoiler.SpoilerRenderer;
import dev.watchparty.spoiler.SpoilerText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /recap episode:<suggested> [public]}: one episode's title, credits and recap. Asking for an episode
 * is a reveal of that episode's own lines; anything from later episodes stays hidden. Only the requester sees
 * it unless they make it public, where it follows the channel's level.
 */
public final class RecapCommand implements SlashCommand {

    public static final String NAME = "recap";
    private static final String PAGE = "page";

    private final Readers readers;

    public RecapCommand(Readers readers) {
        this.readers = readers;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withOptions(
                NAME,
                "An episode's recap, under spoiler tags where needed",
                readers.withShowOption(
                        OptionSpec.suggested("episode", "The episode: S1E3, 3, or its title", true),
                        OptionSpec.flag(
                                "public", "Post it for the channel (what not everyone has seen stays tagged)")));
    }

    @Override
    public Reply execute(CommandRequest request) {
        Catalog catalog = readers.catalogFor(request);
        Progress requester = readers.progressOf(request.invoker(), catalog);
        Episode episode = EpisodeOption.episode(catalog, request.requiredText("episode"), requester);
        boolean isPublic = request.flag("public");
        ReadingContext reader =
                readers.readerFor(requester, request.invoker().locale(), request.place(), catalog, !isPublic);
        return Readers.whyPrivate(reader, episode.code(), RecapText.THIS_IS)
                .map(why -> page(
                        catalog,
                        episode,
                        ReadingContext.ephemeral(requester, request.invoker().locale()),
                        false,
                        0,
                        why))
                .orElseGet(() -> page(catalog, episode, reader, isPublic, 0, null));
    }

    private Reply page(
            Catalog catalog, Episode episode, ReadingContext reader, boolean isPublic, int page, String content) {
        List<Card> cards = render(catalog, episode, reader.revealing(episode.code()));
        ComponentId pages = ComponentId.of(
                NAME,
                PAGE,
                catalog.show().id(),
                episode.code().toString(),
                reader.requester().watchedThrough().toString(),
                isPublic ? "1" : "0");
        // private whenever the requester alone reads it (asked privately, or in a DM), as a bio is: it may reveal
        return Paged.page(reader.language(), cards, page, pages, reader.onlyRequester(), content);
    }

    static List<Card> render(Catalog catalog, Episode episode, ReadingContext reader) {
        Locale language = reader.language();
        SpoilerLevel code = episode.code();
        boolean titlePlain = !code.isAbove(reader.plainReach());
        String title = titlePlain ? Suggestions.episodeLabel(episode, code) : code.toString();

        List<Fact> header = new ArrayList<>();
        if (!titlePlain) {
            episode.verifiedTitle()
                    .ifPresent(name -> header.add(new Fact(
                            Texts.format(language, RecapText.TITLE, name), code, episode.titleSources(), null)));
        }
        episode.knownCredits()
                .map(credits -> creditsLine(credits, language))
                .ifPresent(line -> header.add(new Fact(
                        line, SpoilerLevel.META, episode.knownCredits().get().sources(), null)));
        episode.netflixSynopsis().ifPresent(header::add);
        RenderedItems intro = SpoilerRenderer.render(header, reader);
        RenderedItems recap = SpoilerRenderer.render(episode.recap(), reader);

        boolean revealed = intro.revealed() || recap.revealed();
        List<String> description = new ArrayList<>();
        if (revealed) {
            description.add(Texts.format(language, RecapText.REVEAL_WARNING));
        }
        description.addAll(intro.blocks());
        if (episode.recap().isEmpty()) {
            description.add(Texts.format(language, RecapText.NO_RECAP));
        }
        List<Section> sections = recap.isEmpty()
                ? List.of()
                : List.of(new Section(Texts.format(language, RecapText.RECAP), recap.blocks()));
        String footer = SpoilerRenderer.hiddenNote(intro.hidden() + recap.hidden(), SpoilerText.HIDDEN_LINES, reader);
        return PageLayout.layout(
                language,
                Markdown.escape(catalog.show().title()) + " · " + title,
                String.join("\n\n", description),
                sections,
                footer,
                Colors.RECAP,
                revealed ? Card.Frame.SPOILER_CONTAINER : Card.Frame.CONTAINER);
    }

    /** Who wrote and directed the episode; null when the pack names neither. */
    private static String creditsLine(Credits credits, Locale language) {
        String writers = String.join(" & ", credits.writers());
        String directors = String.join(" & ", credits.directors());
        if (writers.isEmpty()) {
            return directors.isEmpty() ? null : Texts.format(language, RecapText.DIRECTED, directors);
        }
        return directors.isEmpty()
                ? Texts.format(language, RecapText.WRITTEN, writers)
                : Texts.format(language, RecapText.WRITTEN_AND_DIRECTED, writers, directors);
    }

    @Override
    public List<Choice> autocomplete(AutocompleteRequest request) {
        return readers.episodeSuggestions(request);
    }

    @Override
    public ComponentResponse onComponent(ComponentRequest request) {
        ComponentId id = request.id();
        if (!id.is(PAGE, 5)) {
            throw UserInputException.staleComponent();
        }
        Catalog catalog = readers.catalogFor(id.argument(0));
        Episode episode = SpoilerLevel.tryParse(id.argument(1))
                .flatMap(catalog::episode)
                .orElseThrow(() -> new UserInputException(RecapText.GONE));
        Progress requester =
                Progress.through(SpoilerLevel.tryParse(id.argument(2)).orElseThrow(UserInputException::staleComponent));
        boolean isPublic = id.argument(3).equals("1");
        ReadingContext reader =
                readers.readerFor(requester, request.invoker().locale(), request.place(), catalog, !isPublic);
        return ComponentResponse.update(page(catalog, episode, reader, isPublic, Paged.pageNumber(id), null));
    }
}
