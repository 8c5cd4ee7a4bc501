package dev.watchparty.party;

import dev.watchparty.command.ComponentId;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.Episode;
import dev.watchparty.pack.Fact;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Button;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.Colors;
import dev.watchparty.reply.DiscordLimits;
import dev.watchparty.reply.Field;
import dev.watchparty.reply.PageLayout;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Section;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ReadingContext;
import dev.watchparty.spoiler.RenderedItems;
import dev.watchparty.spoiler.SpoilerRenderer;
import dev.watchparty.trivia.Standing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a party posts, drawn for its readers: the channel, whose level is the episode the party has finished,
 * and whoever asked. The party card, the break between episodes, the summary. An episode title that not every
 * reader has reached is tagged, and one past all of them is left out.
 */
final class PartyCards {

    private static final int PREVIOUSLY_ON_LINES = 4;

    private PartyCards() {}

    /** A component of this party's cards; the party's id comes first, so a click on an old party's card is refused. */
    static String id(String action, Party party, String... more) {
        return ComponentId.of(PartyCommand.NAME, action, party.id()).with(more).encode();
    }

    /** The party as the channel reads it when nobody asked (a scheduled opening, an idle end). */
    static ReadingContext channelReader(Party party) {
        return readers(party, Progress.through(party.finished()));
    }

    /** A public post in answer to someone: the channel at the party's level, and the requester. */
    static ReadingContext readers(Party party, Progress requester) {
        return ReadingContext.publicIn(party.finished(), requester);
    }

    static Reply partyCard(Party party, Catalog catalog, String heading, ReadingContext reader) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of("Watching", statusLine(party, catalog, reader)));
        fields.add(Field.of(
                "Host",
                Markdown.escape(party.member(party.hostId())
                        .map(Party.Member::displayName)
                        .orElse("the host"))));
        fields.add(Field.of("Members (" + party.members().size() + ")", memberList(party)));
        String description = heading + "\nPress **Join** to watch along: I'll catch you up without spoilers, and keep "
                + "public replies in this channel at the party's episode.";
        Card card = new Card(
                title(party, catalog), description, fields, "Party " + party.id(), Colors.PARTY, Card.Frame.CONTAINER);
        return new Reply(
                null,
                card,
                List.of(
                        new Button(id("join", party), "Join", Button.Style.SUCCESS, false),
                        new Button(id("leave", party), "Leave", Button.Style.SECONDARY, false),
                        new Button(
                                id("follow", party), "Progress follows party: on/off", Button.Style.SECONDARY, false)),
                null,
                false);
    }

    private static String title(Party party, Catalog catalog) {
        String name = party.name() == null || party.name().isBlank() ? "Watch party" : party.name();
        return Markdown.escape(name) + " · " + Markdown.escape(catalog.show().title());
    }

    static String statusLine(Party party, Catalog catalog, ReadingContext reader) {
        String finished =
                party.finished().isEpisode() ? "finished " + label(catalog, party.finished(), reader) : "just starting";
        String next = party.upNext() == null ? "no more episodes" : "up next " + label(catalog, party.upNext(), reader);
        return finished + "; " + next + ".";
    }

    private static String label(Catalog catalog, SpoilerLevel code, ReadingContext reader) {
        return catalog.episode(code)
                .map(episode -> SpoilerRenderer.episodeName(episode, reader))
                .orElse(code.toString());
    }

    private static String memberList(Party party) {
        String names = party.members().values().stream()
                .map(member -> Markdown.escape(member.displayName()))
                .collect(Collectors.joining(", "));
        return DiscordLimits.shorten(names, DiscordLimits.FIELD_VALUE);
    }

    /** The break between episodes: up next, a short "previously on", and a quiz on the episode just watched. */
    static Reply breakCard(Party party, Catalog catalog, ReadingContext reader) {
        List<Fact> lines = catalog.episode(party.finished()).map(Episode::recap).orElse(List.of());
        RenderedItems previously =
                SpoilerRenderer.render(lines.stream().limit(PREVIOUSLY_ON_LINES).toList(), reader);
        List<Section> sections = previously.isEmpty()
                ? List.of()
                : List.of(new Section("Previously on " + party.finished(), previously.blocks()));
        String upNext = party.upNext() == null
                ? "That was the last episode: end the party with /party end."
                : "⏭ Up next: " + label(catalog, party.upNext(), reader);
        Card card = PageLayout.layout(title(party, catalog), upNext, sections, null, Colors.PARTY, Card.Frame.CONTAINER)
                .get(0);
        boolean hasQuestions =
                catalog.pack().trivia().stream().anyMatch(q -> q.level().equals(party.finished()));
        List<Button> buttons = hasQuestions
                ? List.of(new Button(
                        id("trivia", party, party.finished().toString()),
                        "Quick trivia on " + party.finished(),
                        Button.Style.PRIMARY,
                        false))
                : List.of();
        return new Reply(null, card, buttons, null, false);
    }

    static Reply summary(Party party, Catalog catalog, Instant now, List<Standing> trivia, String reason) {
        Duration length = Duration.between(party.startedAt(), now);
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of(
                "Episodes watched",
                party.episodesWatched() + (party.finished().isEpisode() ? " (through " + party.finished() + ")" : "")));
        fields.add(Field.of("Time together", length.toHours() + " h " + length.toMinutesPart() + " min"));
        fields.add(Field.of("Members (" + party.members().size() + ")", memberList(party)));
        if (!trivia.isEmpty()) {
            fields.add(Field.of(
                    "Trivia",
                    String.join(
                            "\n", Standing.rankedLines(trivia.stream().limit(5).toList()))));
        }
        Card card = new Card(
                "Party over · " + title(party, catalog), reason, fields, null, Colors.PARTY, Card.Frame.CONTAINER);
        return new Reply(null, card, List.of(), null, false);
    }
}
