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
import dev.watchparty.reply.Text;
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
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a party posts, drawn for its readers: the channel, whose level is the episode the party has finished,
 * and whoever asked. The party card, the break between episodes, the summary. An episode title that not every
 * reader has reached is tagged, and one past all of them is left out. A card is written in its readers' language:
 * the party's for what the channel reads, the viewer's for a card they alone see.
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

    /** A public post in answer to someone: the channel at the party's level, and the requester, in its language. */
    static ReadingContext readers(Party party, Progress requester) {
        return ReadingContext.publicIn(party.finished(), requester, party.language());
    }

    /**
     * The party card everyone in the channel reads: an invitation to join, with Join, Leave and the follow toggle.
     * The invitation is read by the host too, on the card their /party start posts: it invites only those not in it.
     */
    static Reply partyCard(Party party, Catalog catalog, Text heading, ReadingContext reader) {
        Locale language = reader.language();
        return new Reply(
                null,
                card(party, catalog, heading, Text.of(PartyText.INVITATION), reader),
                List.of(join(party, language), leave(party, language), follow(party, language)),
                null,
                false);
    }

    /**
     * The card for one viewer alone (their /party status): a member is told they are in, with what they can still
     * do (the host cannot leave); anyone else gets the invitation.
     */
    static Reply statusCard(Party party, Catalog catalog, Text heading, ReadingContext reader, String viewerId) {
        Locale language = reader.language();
        if (party.member(viewerId).isEmpty()) {
            return new Reply(
                    null,
                    card(party, catalog, heading, Text.of(PartyText.INVITATION), reader),
                    List.of(join(party, language)),
                    null,
                    true);
        }
        boolean hosting = party.isHost(viewerId);
        Text youAreIn = Text.of(hosting ? PartyText.YOU_HOST : PartyText.YOU_ARE_IN);
        List<Button> buttons =
                hosting ? List.of(follow(party, language)) : List.of(leave(party, language), follow(party, language));
        return new Reply(null, card(party, catalog, heading, youAreIn, reader), buttons, null, true);
    }

    private static Card card(Party party, Catalog catalog, Text heading, Text below, ReadingContext reader) {
        Locale language = reader.language();
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of(Texts.format(language, PartyText.WATCHING), statusLine(party, catalog, reader)));
        fields.add(Field.of(
                Texts.format(language, PartyText.HOST),
                Markdown.escape(party.member(party.hostId())
                        .map(Party.Member::displayName)
                        .orElseGet(() -> Texts.format(language, PartyText.UNKNOWN_HOST)))));
        if (!party.cohosts().isEmpty()) {
            fields.add(Field.of(
                    Texts.format(language, PartyText.COHOSTS, party.cohosts().size()),
                    names(party.cohosts().values(), language)));
        }
        fields.add(members(party, language));
        return new Card(
                title(party, catalog, language),
                heading.in(language) + "\n" + below.in(language),
                fields,
                Texts.format(language, PartyText.FOOTER, party.id()),
                Colors.PARTY,
                Card.Frame.CONTAINER);
    }

    private static Button join(Party party, Locale language) {
        return new Button(id("join", party), Texts.format(language, PartyText.JOIN), Button.Style.SUCCESS, false);
    }

    private static Button leave(Party party, Locale language) {
        return new Button(id("leave", party), Texts.format(language, PartyText.LEAVE), Button.Style.SECONDARY, false);
    }

    private static Button follow(Party party, Locale language) {
        return new Button(id("follow", party), Texts.format(language, PartyText.FOLLOW), Button.Style.SECONDARY, false);
    }

    private static String title(Party party, Catalog catalog, Locale language) {
        String name = party.name() == null || party.name().isBlank()
                ? Texts.format(language, PartyText.UNNAMED_PARTY)
                : party.name();
        return Markdown.escape(name) + " · " + Markdown.escape(catalog.show().title());
    }

    private static String statusLine(Party party, Catalog catalog, ReadingContext reader) {
        Text finished = party.finished().isEpisode()
                ? Text.of(PartyText.STATUS_FINISHED, label(catalog, party.finished(), reader))
                : Text.of(PartyText.STATUS_JUST_STARTING);
        Text next = party.upNext() == null
                ? Text.of(PartyText.STATUS_NO_MORE)
                : Text.of(PartyText.STATUS_UP_NEXT, label(catalog, party.upNext(), reader));
        return Text.of(PartyText.STATUS_LINE, finished, next).in(reader.language());
    }

    private static String label(Catalog catalog, SpoilerLevel code, ReadingContext reader) {
        return catalog.episode(code)
                .map(episode -> SpoilerRenderer.episodeName(episode, reader))
                .orElse(code.toString());
    }

    private static Field members(Party party, Locale language) {
        return Field.of(
                Texts.format(language, PartyText.MEMBERS, party.members().size()),
                names(
                        party.members().values().stream()
                                .map(Party.Member::displayName)
                                .toList(),
                        language));
    }

    /** Names as shown, escaped; a co-host named before names were kept has none, and is called a co-host. */
    private static String names(Collection<String> displayNames, Locale language) {
        String names = displayNames.stream()
                .map(name -> name == null ? Texts.format(language, PartyText.UNNAMED_COHOST) : Markdown.escape(name))
                .collect(Collectors.joining(", "));
        return DiscordLimits.shorten(names, DiscordLimits.FIELD_VALUE);
    }

    /** The break between episodes: up next, a short "previously on", and a quiz on the episode just watched. */
    static Reply breakCard(Party party, Catalog catalog, ReadingContext reader) {
        Locale language = reader.language();
        List<Fact> lines = catalog.episode(party.finished()).map(Episode::recap).orElse(List.of());
        RenderedItems previously =
                SpoilerRenderer.render(lines.stream().limit(PREVIOUSLY_ON_LINES).toList(), reader);
        List<Section> sections = previously.isEmpty()
                ? List.of()
                : List.of(new Section(
                        Texts.format(
                                language,
                                PartyText.PREVIOUSLY_ON,
                                party.finished().toString()),
                        previously.blocks()));
        String upNext = party.upNext() == null
                ? Texts.format(language, PartyText.LAST_EPISODE)
                : Texts.format(language, PartyText.UP_NEXT, label(catalog, party.upNext(), reader));
        Card card = PageLayout.layout(
                        language,
                        title(party, catalog, language),
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
                        Texts.format(
                                language,
                                PartyText.QUICK_TRIVIA,
                                party.finished().toString()),
                        Button.Style.PRIMARY,
                        false))
                : List.of();
        return new Reply(null, card, buttons, null, false);
    }

    /** The summary the channel reads when the party ends, in the party's language. */
    static Reply summary(Party party, Catalog catalog, Instant now, List<Standing> trivia, Text reason) {
        Locale language = party.language();
        Duration length = Duration.between(party.startedAt(), now);
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of(
                Texts.format(language, PartyText.EPISODES_WATCHED),
                party.finished().isEpisode()
                        ? Texts.format(
                                language,
                                PartyText.EPISODES_WATCHED_THROUGH,
                                party.episodesWatched(),
                                party.finished().toString())
                        : Texts.format(language, PartyText.EPISODES_WATCHED_VALUE, party.episodesWatched())));
        fields.add(Field.of(
                Texts.format(language, PartyText.TIME_TOGETHER),
                Texts.format(language, PartyText.DURATION, length.toHours(), length.toMinutesPart())));
        fields.add(members(party, language));
        if (!trivia.isEmpty()) {
            fields.add(Field.of(
                    Texts.format(language, PartyText.TRIVIA),
                    String.join(
                            "\n",
                            Standing.rankedLines(
                                    language, trivia.stream().limit(5).toList()))));
        }
        Card card = new Card(
                Texts.format(language, PartyText.PARTY_OVER, title(party, catalog, language)),
                reason.in(language),
                fields,
                null,
                Colors.PARTY,
                Card.Frame.CONTAINER);
        return new Reply(null, card, List.of(), null, false);
    }
}
