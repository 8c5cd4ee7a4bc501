package dev.watchparty.discord;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.ComponentResponse;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.Place;
import dev.watchparty.discord.fake.MessageRules;
import dev.watchparty.discord.fake.MessageView;
import dev.watchparty.pack.Character;
import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.Episode;
import dev.watchparty.pack.Fact;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Button;
import dev.watchparty.reply.RecordingMessenger;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.SelectMenu;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.SpoilerTags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The promise, read as Discord shows it: every reply kind, for every reader progress and channel level, is
 * mapped through the Discord adapter to the JDA payload, and every place of the payload is read, in classic and
 * Components V2 messages alike. Where a tag can show (content, embed description, field values, every text
 * display), nothing above what every reader has seen is outside tags, and nothing above what any reader has seen
 * is there at all unless the requester, alone, asked for it. Where no tag can show (embed title, author, footer,
 * field names, button labels, select options, autocomplete choices), nothing above what every reader has seen
 * appears, tagged or not. A container hidden behind a spoiler is only ever a reveal its requester alone sees, and
 * every payload is one the fake Discord would take.
 */
class SpoilerScanTest {

    /** Item texts this short could match unrelated words; names and titles are matched as whole words instead. */
    private static final int MIN_ITEM_TEXT = 16;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Invoker READER = new Invoker("reader", "Reader");
    private static final Invoker HOST = new Invoker("host", "Host");
    private static final Invoker JOINER = new Invoker("joiner", "Joiner");
    private static final Set<Place.Power> ALL_POWERS = EnumSet.allOf(Place.Power.class);

    /** A piece of pack text and the level it spoils from; names and titles count only as whole words. */
    private record Secret(String what, SpoilerLevel level, List<String> forms, boolean wholeWord) {
        boolean in(String text) {
            for (String form : forms) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    if (!wholeWord || (!wordCharAt(text, at - 1) && !wordCharAt(text, at + form.length()))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean wordCharAt(String text, int index) {
            return index >= 0 && index < text.length() && java.lang.Character.isLetterOrDigit(text.charAt(index));
        }
    }

    /**
     * Who reads a message: everyone has seen {@code low}, someone has seen {@code high}; {@code reach} is the
     * highest level that may be shown at all (above {@code high} only for the requester's own reveal).
     */
    private record Readers(SpoilerLevel low, SpoilerLevel high, SpoilerLevel reach) {
        static Readers of(Reply reply, SpoilerLevel channel, SpoilerLevel requester, SpoilerLevel revealed) {
            if (reply.ephemeral()) {
                return new Readers(requester, requester, SpoilerLevel.max(requester, revealed));
            }
            SpoilerLevel high = SpoilerLevel.max(channel, requester);
            return new Readers(SpoilerLevel.min(channel, requester), high, high);
        }
    }

    /** What Discord would show of one payload, split by whether spoiler tags work there. */
    private record Shown(List<String> taggable, List<String> untaggable) {}

    private static final class Scan {
        final ContentPack pack;
        final List<Secret> secrets;
        final TestCore test;
        final Set<String> seen = new HashSet<>();
        int payloads;
        int componentsV2Payloads;

        Scan(ContentPack pack) {
            this.pack = pack;
            this.secrets = secrets(pack);
            this.test = TestCore.forPack(pack);
        }

        /** Checks a reply and follows its page buttons. */
        void reply(
                String what,
                Reply reply,
                Place place,
                Invoker who,
                SpoilerLevel channel,
                SpoilerLevel requester,
                SpoilerLevel revealed) {
            check(what, reply, Readers.of(reply, channel, requester, revealed));
            for (Button button : reply.buttons()) {
                if (button.customId().contains(":page:")) {
                    ComponentResponse turned =
                            test.router().component(new ComponentRequest(button.customId(), List.of(), who, place));
                    check(
                            what + " page " + button.label(),
                            turned.reply(),
                            Readers.of(turned.reply(), channel, requester, revealed));
                }
            }
        }

        void check(String what, Reply reply, Readers readers) {
            String payload = JdaReplies.create(reply).toData().toString();
            if (!seen.add(readers + payload)) {
                return;
            }
            payloads++;
            JsonNode body = json(payload);
            MessageView message = MessageView.of(body);
            List<MessageRules.Violation> refused = MessageRules.ofNew(body);
            if (!refused.isEmpty()) {
                fail(what + ": Discord would refuse it: " + refused);
            }
            if (message.componentsV2()) {
                componentsV2Payloads++;
            }
            boolean aReveal = reply.ephemeral() && readers.reach().isAbove(readers.high());
            if (!aReveal
                    && message.containers().stream()
                            .anyMatch(container -> container.path("spoiler").asBoolean())) {
                fail(what + ": a container behind a spoiler in a reply that is not its requester's own reveal, read by "
                        + readers);
            }
            Shown shown = new Shown(message.taggable(), message.untaggable());
            for (Secret secret : secrets) {
                if (!secret.level().isAbove(readers.low())) {
                    continue;
                }
                for (String text : shown.untaggable()) {
                    if (secret.in(text)) {
                        fail(what + ": " + secret.what() + " (" + secret.level() + ") in a place with no spoiler tags, "
                                + "read by " + readers + ": " + text);
                    }
                }
                for (String text : shown.taggable()) {
                    if (secret.in(SpoilerTags.outsideTags(text))) {
                        fail(what + ": " + secret.what() + " (" + secret.level() + ") in plain text, read by " + readers
                                + ": " + text);
                    }
                    if (secret.level().isAbove(readers.reach()) && secret.in(text)) {
                        fail(what + ": " + secret.what() + " (" + secret.level() + ") shown past every reader "
                                + readers + ": " + text);
                    }
                }
            }
        }

        void choices(String what, List<Choice> choices, SpoilerLevel requester) {
            payloads++;
            for (Secret secret : secrets) {
                if (secret.level().isAbove(requester)) {
                    for (Choice choice : choices) {
                        if (secret.in(choice.name())) {
                            fail(what + ": " + secret.what() + " (" + secret.level()
                                    + ") in a suggestion for a reader at " + requester + ": " + choice.name());
                        }
                    }
                }
            }
        }

        Reply run(Invoker who, Place place, String command, String subcommand, Map<String, Object> options) {
            return test.router().execute(new CommandRequest(command, subcommand, options, who, place));
        }

        void watched(Invoker who, SpoilerLevel level) {
            test.stores().progress().save(who.userId(), pack.id(), Progress.through(level));
        }
    }

    private static List<SpoilerLevel> levels(ContentPack pack) {
        return TestPacks.levels(pack);
    }

    @TestFactory
    @DisplayName(
            "GIVEN every pack, reader progress and channel level WHEN every reply kind is sent through the Discord adapter THEN nothing is shown above its readers")
    Stream<DynamicTest> everyReplyKindThroughTheAdapter() {
        return TestPacks.all().stream()
                .map(pack -> DynamicTest.dynamicTest(pack.id(), () -> {
                    Scan scan = new Scan(pack);
                    try {
                        for (SpoilerLevel requester : levels(pack)) {
                            scan.watched(READER, requester);
                            for (SpoilerLevel channel : levels(pack)) {
                                Place place = Place.serverChannel("guild", "c-" + requester + "-" + channel, Set.of());
                                scan.test
                                        .stores()
                                        .channelLevels()
                                        .setLevel(place.channelId(), pack.id(), channel, "moderator");
                                lookups(scan, place, channel, requester);
                                trivia(scan, place, channel, requester);
                            }
                            suggestions(scan, requester);
                            party(scan, requester);
                        }
                        int pairs = levels(pack).size() * levels(pack).size();
                        assertTrue(scan.payloads > 10 * pairs, "the scan read only " + scan.payloads + " payloads");
                        assertTrue(
                                scan.componentsV2Payloads > 5 * pairs,
                                "the scan read only " + scan.componentsV2Payloads + " Components V2 payloads");
                    } finally {
                        scan.test.close();
                    }
                }));
    }

    private static void lookups(Scan scan, Place place, SpoilerLevel channel, SpoilerLevel requester) {
        for (Character character : scan.pack.characters()) {
            for (boolean reveal : new boolean[] {false, true}) {
                Reply bio =
                        scan.run(READER, place, "character", null, Map.of("name", character.id(), "reveal", reveal));
                scan.reply(
                        "/character " + character.id() + (reveal ? " reveal" : ""),
                        bio,
                        place,
                        READER,
                        channel,
                        requester,
                        reveal ? SpoilerLevel.episode(99, 99) : SpoilerLevel.META);
            }
        }
        for (Episode episode : scan.pack.episodes()) {
            for (boolean isPublic : new boolean[] {false, true}) {
                Reply recap = scan.run(
                        READER,
                        place,
                        "recap",
                        null,
                        Map.of("episode", episode.code().toString(), "public", isPublic));
                scan.reply(
                        "/recap " + episode.code() + (isPublic ? " public" : ""),
                        recap,
                        place,
                        READER,
                        channel,
                        requester,
                        episode.code());
            }
        }
        scan.reply(
                "/show",
                scan.run(READER, place, "show", null, Map.of()),
                place,
                READER,
                channel,
                requester,
                SpoilerLevel.META);
    }

    /** A channel round started by the reader, played out, then a private round; every message read. */
    private static void trivia(Scan scan, Place place, SpoilerLevel channel, SpoilerLevel requester) {
        RecordingMessenger posts = scan.test.channel();
        int before = posts.sent().size();
        Reply header = scan.run(READER, place, "trivia", "start", Map.of("questions", 50L, "seconds", 10L));
        scan.reply("/trivia start", header, place, READER, channel, requester, SpoilerLevel.META);
        for (int guard = 0;
                guard < 60
                        && scan.test.core().trivia().roundIn(place.channelId()).isPresent();
                guard++) {
            scan.test.time().advance(TestCore.TRIVIA_PAUSE);
            List<RecordingMessenger.Sent> sent = posts.sent();
            Reply question = sent.get(sent.size() - 1).reply();
            question.buttons().stream()
                    .findFirst()
                    .ifPresent(choice -> scan.test
                            .router()
                            .component(new ComponentRequest(choice.customId(), List.of(), READER, place)));
        }
        List<RecordingMessenger.Sent> sent = posts.sent();
        for (RecordingMessenger.Sent post : sent.subList(before, sent.size())) {
            scan.check(
                    "trivia post in " + place.channelId(),
                    post.reply(),
                    Readers.of(post.reply(), channel, requester, SpoilerLevel.META));
        }
        Reply solo = scan.run(READER, place, "trivia", "solo", Map.of("questions", 50L));
        for (int guard = 0; guard < 60; guard++) {
            scan.check("/trivia solo", solo, Readers.of(solo, channel, requester, SpoilerLevel.META));
            if (solo.buttons().isEmpty()) {
                break;
            }
            solo = scan.test
                    .router()
                    .component(new ComponentRequest(solo.buttons().get(0).customId(), List.of(), READER, place))
                    .reply();
        }
    }

    private static void suggestions(Scan scan, SpoilerLevel requester) {
        Place place = Place.serverChannel("guild", "suggestions", Set.of());
        List<String> typed = new ArrayList<>(List.of("", "a", "e", "s1"));
        scan.pack
                .characters()
                .forEach(character -> character
                        .namesForLookup()
                        .forEach(name -> typed.add(name.substring(0, Math.min(3, name.length())))));
        for (String text : typed) {
            scan.choices(
                    "/character name:" + text,
                    scan.test
                            .router()
                            .autocomplete(
                                    new AutocompleteRequest("character", null, "name", text, Map.of(), READER, place)),
                    requester);
            scan.choices(
                    "/recap episode:" + text,
                    scan.test
                            .router()
                            .autocomplete(
                                    new AutocompleteRequest("recap", null, "episode", text, Map.of(), READER, place)),
                    requester);
        }
    }

    /**
     * A party run from start to its last episode: at each step the reader asks for the break and the status,
     * and a joiner at the reader's progress is offered the catch-up menu and reads each catch-up.
     */
    private static void party(Scan scan, SpoilerLevel requester) {
        Place place = Place.serverChannel("guild", "party-" + requester, ALL_POWERS);
        scan.watched(HOST, SpoilerLevel.PREMISE);
        Reply card = scan.run(HOST, place, "party", "start", Map.of("name", "Friday"));
        scan.reply("/party start", card, place, HOST, SpoilerLevel.PREMISE, SpoilerLevel.PREMISE, SpoilerLevel.META);
        String join = card.buttons().get(0).customId();
        for (int step = 0; step <= scan.pack.show().episodeCount(); step++) {
            SpoilerLevel finished = scan.test.core().channelLevels().levelOf(place.channelId(), scan.pack.id());
            scan.reply(
                    "/party status",
                    scan.run(READER, place, "party", "status", Map.of()),
                    place,
                    READER,
                    finished,
                    requester,
                    SpoilerLevel.META);
            scan.watched(JOINER, requester);
            Reply menu = scan.test
                    .router()
                    .component(new ComponentRequest(join, List.of(), JOINER, place))
                    .reply();
            scan.check("party join", menu, Readers.of(menu, finished, requester, SpoilerLevel.META));
            if (menu.menu() != null) {
                for (SelectMenu.Option option : menu.menu().options()) {
                    scan.watched(JOINER, requester);
                    Reply catchUp = scan.test
                            .router()
                            .component(new ComponentRequest(
                                    menu.menu().customId(), List.of(option.value()), JOINER, place))
                            .reply();
                    SpoilerLevel said = SpoilerLevel.tryParse(option.value()).orElse(SpoilerLevel.PREMISE);
                    scan.check(
                            "party catch-up to " + option.value(),
                            catchUp,
                            Readers.of(catchUp, finished, SpoilerLevel.min(said, finished), SpoilerLevel.META));
                }
            }
            scan.test
                    .router()
                    .component(new ComponentRequest(join.replace(":join:", ":leave:"), List.of(), JOINER, place));
            if (step < scan.pack.show().episodeCount()) {
                Reply next = scan.run(READER, place, "party", "next", Map.of());
                SpoilerLevel moved = scan.test.core().channelLevels().levelOf(place.channelId(), scan.pack.id());
                scan.reply("/party next to " + moved, next, place, READER, moved, requester, SpoilerLevel.META);
            }
        }
        Reply end = scan.run(READER, place, "party", "end", Map.of());
        scan.reply("/party end", end, place, READER, scan.pack.show().lastEpisode(), requester, SpoilerLevel.META);
    }

    /** Every piece of pack text a reply may carry, each with the level it spoils from. */
    private static List<Secret> secrets(ContentPack pack) {
        List<Secret> secrets = new ArrayList<>();
        for (Character character : pack.characters()) {
            character
                    .namesForLookup()
                    .forEach(name -> secrets.add(word("the name " + name, name, character.introducedAt())));
        }
        for (Episode episode : pack.episodes()) {
            episode.verifiedTitle()
                    .ifPresent(title -> secrets.add(word("the title of " + episode.code(), title, episode.code())));
        }
        List<Fact> items = TestPacks.everyItem(pack);
        for (Fact item : items) {
            if (item.text().length() >= MIN_ITEM_TEXT) {
                secrets.add(new Secret(
                        "“" + item.text() + "”",
                        item.level(),
                        List.of(Markdown.escape(item.text()), item.text()),
                        false));
            }
        }
        return secrets;
    }

    /** A name or title, found as a whole word, raw (labels) or escaped (text). */
    private static Secret word(String what, String text, SpoilerLevel level) {
        return new Secret(what, level, List.of(text, Markdown.escape(text)), true);
    }

    private static JsonNode json(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
