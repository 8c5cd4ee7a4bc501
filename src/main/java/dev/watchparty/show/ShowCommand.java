package dev.watchparty.show;

import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.ComponentId;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.ComponentResponse;
import dev.watchparty.command.Paged;
import dev.watchparty.command.Readers;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.Fact;
import dev.watchparty.pack.Novel;
import dev.watchparty.pack.Show;
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
import java.text.ListFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** {@code /show}: the show card, posted for the channel at its level. */
public final class ShowCommand implements SlashCommand {

    public static final String NAME = "show";
    private static final String PAGE = "page";

    private final Readers readers;

    public ShowCommand(Readers readers) {
        this.readers = readers;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withOptions(
                NAME, "What the show is, who made it, and facts about it", readers.withShowOption());
    }

    @Override
    public Reply execute(CommandRequest request) {
        Catalog catalog = readers.catalogFor(request);
        return page(catalog, readers.readerFor(request.invoker(), request.place(), catalog, false), 0);
    }

    private Reply page(Catalog catalog, ReadingContext reader, int page) {
        ComponentId pages = ComponentId.of(
                NAME,
                PAGE,
                catalog.show().id(),
                reader.requester().watchedThrough().toString());
        return Paged.page(reader.language(), render(catalog.show(), reader), page, pages, false, null);
    }

    static List<Card> render(Show show, ReadingContext reader) {
        Locale language = reader.language();
        List<Fact> card = new ArrayList<>();
        card.add(new Fact(cardLine(show, language), SpoilerLevel.META, show.metaSources(), null));
        show.novel()
                .ifPresent(novel ->
                        card.add(new Fact(basedOn(novel, language), SpoilerLevel.META, novel.sources(), null)));
        card.add(show.synopsis());
        RenderedItems intro = SpoilerRenderer.render(card, reader);
        RenderedItems facts = SpoilerRenderer.render(
                show.facts().stream().sorted(Comparator.comparing(Fact::level)).toList(), reader);
        List<Section> sections = facts.isEmpty()
                ? List.of()
                : List.of(new Section(Texts.format(language, ShowText.ABOUT), facts.blocks()));
        String footer = SpoilerRenderer.hiddenNote(intro.hidden() + facts.hidden(), SpoilerText.HIDDEN_FACTS, reader);
        return PageLayout.layout(
                language,
                Markdown.escape(show.title()),
                String.join("\n\n", intro.blocks()),
                sections,
                footer,
                Colors.SHOW,
                Card.Frame.CONTAINER);
    }

    private static String cardLine(Show show, Locale language) {
        // the year is a name here, not a quantity: no digit grouping
        String year = Integer.toString(show.year());
        String creators = names(show.creators(), language);
        return show.contentRating()
                .map(rating -> Texts.format(
                        language,
                        ShowText.CARD_LINE_RATED,
                        show.network(),
                        year,
                        rating,
                        show.seasons().size(),
                        show.episodeCount(),
                        creators))
                .orElseGet(() -> Texts.format(
                        language,
                        ShowText.CARD_LINE,
                        show.network(),
                        year,
                        show.seasons().size(),
                        show.episodeCount(),
                        creators));
    }

    private static String basedOn(Novel novel, Locale language) {
        String authors = names(novel.authors(), language);
        if (novel.publisher() == null) {
            return Texts.format(language, ShowText.BASED_ON, novel.title(), authors);
        }
        String published = novel.publisher() + (novel.year() == null ? "" : ", " + novel.year());
        return Texts.format(language, ShowText.BASED_ON_PUBLISHED, novel.title(), authors, published);
    }

    /** People's names as a list in the reader's language: "A and B", "A und B". */
    private static String names(List<String> people, Locale language) {
        return ListFormat.getInstance(language, ListFormat.Type.STANDARD, ListFormat.Style.FULL)
                .format(people);
    }

    @Override
    public ComponentResponse onComponent(ComponentRequest request) {
        ComponentId id = request.id();
        if (!id.is(PAGE, 3)) {
            throw UserInputException.staleComponent();
        }
        Catalog catalog = readers.catalogFor(id.argument(0));
        Progress requester =
                Progress.through(SpoilerLevel.tryParse(id.argument(1)).orElseThrow(UserInputException::staleComponent));
        ReadingContext reader =
                readers.readerFor(requester, request.invoker().locale(), request.place(), catalog, false);
        return ComponentResponse.update(page(catalog, reader, Paged.pageNumber(id)));
    }
}
