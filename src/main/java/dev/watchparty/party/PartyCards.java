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
import dev.watchparty.reply.Texts;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ReadingContext;
import dev.watchparty.spoiler.RenderedItems;
import dev.watchparty.spoiler.SpoilerRenderer;
import dev.watchparty.trivia.Standing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a party posts, drawn for its readers: the channel, whose level is the episode the party has finished,
 * and whoever asked. The party card, the break between episodes, the summary. An episode title that not every
 * reader has reached is tagged, and one past all of them is left out.
 */
final class PartyCards {

    private static final int PREVIOUSLY_ON_LINES = 4;
    /** Read by the host too, on the card their /party start posts: it invites only those not in the party. */
    private static final String INVITATION = "Not in the party yet? Press **Join** to watch along: I'll catch you up "
            + "without spoilers, and keep public replies in this channel at the party's episode.";

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
        return ReadingContext.publicIn(party.finished(), requester, Texts.FALLBACK);
    }

    /** The party card everyone in the channel reads: an invitation to join, with Join, Leave and the follow toggle. */
    static Reply partyCard(Party party, Catalog catalog, String heading, ReadingContext reader) {
        return new Reply(
                null,
                card(party, catalog, heading + "\n" + INVITATION, reader),
                List.of(join(party), leave(party), follow(party)),
                null,
                false);
    }

    /**
     * The card for one viewer alone (their /party status): a member is told they are in, with what they can still
     * do (the host cannot leave); anyone else gets the invitation.
     */
    static Reply statusCard(Party party, Catalog catalog, String heading, ReadingContext reader, String viewerId) {
        if (party.member(viewerId).isEmpty()) {
            return new Reply(
                    null, card(party, catalog, heading + "\n" + INVITATION, reader), List.of(join(party)), null, true);
        }
        boolean hosting = party.isHost(viewerId);
        String youAreIn =
                hosting ? "You host this party: /party next moves it on, /party end ends it." : "You're in this party.";
        List<Button> buttons = hosting ? List.of(follow(party)) : List.of(leave(party), follow(party));
        return new Reply(null, card(party, catalog, heading + "\n" + youAreIn, reader), buttons, null, true);
    }

    private static Card card(Party party, Catalog catalog, String description, ReadingContext reader) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of("Watching", statusLine(party, catalog, reader)));
        fields.add(Field.of(
                "Host",
                Markdown.escape(party.member(party.hostId())
                        .map(Party.Member::displayName)
                        .orElse("the host"))));
        if (!party.cohosts().isEmpty()) {
            fields.add(Field.of(
                    party.cohosts().size() == 1 ? "Co-host" : "Co-hosts",
                    names(party.cohosts().values())));
        }
        fields.add(Field.of("Members (" + party.members().size() + ")", memberNames(party)));
        return new Card(
                title(party, catalog), description, fields, "Party " + party.id(), Colors.PARTY, Card.Frame.CONTAINER);
    }

    private static Button join(Party party) {
        return new Button(id("join", party), "Join", Button.Style.SUCCESS, false);
    }

    private static Button leave(Party party) {
        return new Button(id("leave", party), "Leave", Button.Style.SECONDARY, false);
    }

    private static Button follow(Party party) {
        return new Button(id("follow", party), "Progress follows party: on/off", Button.Style.SECONDARY, false);
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

    private static String memberNames(Party party) {
        return names(
                party.members().values().stream().map(Party.Member::displayName).toList());
    }

    private static String names(Collection<String> displayNames) {
        String names = displayNames.stream().map(Markdown::escape).collect(Collectors.joining(", "));
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
        Card card = PageLayout.layout(
                        Texts.FALLBACK,
                        title(party, catalog),
                        upNext,
                        sections,
                        null,
                        Colors.PARTY,
                        Card.Frame.CONTAINER)
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
        fields.add(Field.of("Members (" + party.members().size() + ")", memberNames(party)));
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
