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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        return Paged.page(Texts.FALLBACK, render(catalog.show(), reader), page, pages, false, null);
    }

    static List<Card> render(Show show, ReadingContext reader) {
        List<Fact> card = new ArrayList<>();
        card.add(new Fact(cardLine(show), SpoilerLevel.META, show.metaSources(), null));
        show.novel()
                .ifPresent(novel -> card.add(new Fact(
                        "Based on the novel " + novel.title() + " by "
                                + String.join(" and ", novel.authors())
                                + (novel.publisher() == null
                                        ? ""
                                        : " (" + novel.publisher() + (novel.year() == null ? "" : ", " + novel.year())
                                                + ")")
                                + ".",
                        SpoilerLevel.META,
                        novel.sources(),
                        null)));
        card.add(show.synopsis());
        RenderedItems intro = SpoilerRenderer.render(card, reader);
        RenderedItems facts = SpoilerRenderer.render(
                show.facts().stream().sorted(Comparator.comparing(Fact::level)).toList(), reader);
        List<Section> sections = facts.isEmpty() ? List.of() : List.of(new Section("About the show", facts.blocks()));
        String footer = SpoilerRenderer.hiddenNote(intro.hidden() + facts.hidden(), SpoilerText.HIDDEN_FACTS, reader);
        return PageLayout.layout(
                Texts.FALLBACK,
                Markdown.escape(show.title()),
                String.join("\n\n", intro.blocks()),
                sections,
                footer,
                Colors.SHOW,
                Card.Frame.CONTAINER);
    }

    private static String cardLine(Show show) {
        int seasons = show.seasons().size();
        return show.network() + ", " + show.year()
                + show.contentRating().map(rating -> ", rated " + rating).orElse("")
                + ". " + seasons + (seasons == 1 ? " season" : " seasons") + ", " + show.episodeCount()
                + " episodes. Created by " + String.join(" and ", show.creators()) + ".";
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
