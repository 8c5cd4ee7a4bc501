package dev.watchparty.character;

import dev.watchparty.command.Suggestions;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.Character;
import dev.watchparty.pack.Fact;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.Colors;
import dev.watchparty.reply.PageLayout;
import dev.watchparty.reply.Section;
import dev.watchparty.reply.Texts;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.ReadingContext;
import dev.watchparty.spoiler.RenderedItems;
import dev.watchparty.spoiler.SpoilerRenderer;
import dev.watchparty.spoiler.SpoilerText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A character's bio for one reader: role, actor, first appearance, relationships and facts, by level. */
final class CharacterBio {

    private CharacterBio() {}

    static List<Card> render(Catalog catalog, Character character, ReadingContext reader) {
        Locale language = reader.language();
        SpoilerLevel introduced = character.introducedAt();
        boolean namePlain = !introduced.isAbove(reader.plainReach());
        List<Fact> header = new ArrayList<>();
        if (!namePlain) {
            // a title cannot hold spoiler tags: the name goes below it, tagged like any item of its level
            header.add(new Fact(character.name(), introduced, character.role().sources(), null));
        }
        header.add(character.role());
        character
                .actorName()
                .ifPresent(actor -> header.add(new Fact(
                        Texts.format(language, CharacterText.PLAYED_BY, actor),
                        introduced,
                        character.actorSources(),
                        null)));
        character
                .firstSeenIn()
                .ifPresent(first -> catalog.episode(first)
                        .ifPresent(episode -> header.add(new Fact(
                                Texts.format(
                                        language,
                                        CharacterText.FIRST_SEEN_IN,
                                        Suggestions.episodeLabel(episode, first)),
                                first,
                                episode.titleSources(),
                                null))));
        RenderedItems intro = SpoilerRenderer.render(header, reader);

        List<Fact> relationships = character.relationships().stream()
                .map(tie -> tie.description()
                        .withText(catalog.character(tie.with()).orElseThrow().name() + ": "
                                + tie.description().text()))
                .toList();
        RenderedItems ties = SpoilerRenderer.render(byLevel(relationships), reader);
        RenderedItems facts = SpoilerRenderer.render(byLevel(character.facts()), reader);

        List<Section> sections = new ArrayList<>();
        if (!ties.isEmpty()) {
            sections.add(new Section(Texts.format(language, CharacterText.RELATIONSHIPS), ties.blocks()));
        }
        if (!facts.isEmpty()) {
            sections.add(new Section(Texts.format(language, CharacterText.FACTS), facts.blocks()));
        }
        boolean revealed = intro.revealed() || ties.revealed() || facts.revealed();
        String description = (revealed ? Texts.format(language, CharacterText.REVEAL_WARNING) + "\n\n" : "")
                + String.join("\n", intro.blocks());
        int hidden = intro.hidden() + ties.hidden() + facts.hidden();
        String footer = SpoilerRenderer.hiddenNote(hidden, SpoilerText.HIDDEN_FACTS, reader);
        if (hidden > 0 && !revealed) {
            footer = Texts.format(language, CharacterText.REVEAL_HINT, footer);
        }
        String title = namePlain
                ? Markdown.escape(character.name())
                : Texts.format(language, CharacterText.UNNAMED_TITLE, introduced.toString());
        return PageLayout.layout(
                language,
                title,
                description,
                sections,
                footer,
                Colors.CHARACTER,
                revealed ? Card.Frame.SPOILER_CONTAINER : Card.Frame.CONTAINER);
    }

    /** Pack order within a level, earlier levels first, so a bio reads in the order a viewer learns things. */
    private static List<Fact> byLevel(List<Fact> facts) {
        return facts.stream().sorted(Comparator.comparing(Fact::level)).toList();
    }
}
