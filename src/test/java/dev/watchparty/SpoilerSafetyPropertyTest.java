package dev.watchparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.Place;
import dev.watchparty.pack.Character;
import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.Episode;
import dev.watchparty.pack.Fact;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.ComponentsV2;
import dev.watchparty.reply.Field;
import dev.watchparty.reply.Reply;
import dev.watchparty.spoiler.ChannelLevelStore;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ProgressStore;
import dev.watchparty.spoiler.ReadingContext;
import dev.watchparty.spoiler.RenderedItems;
import dev.watchparty.spoiler.SpoilerRenderer;
import dev.watchparty.spoiler.SpoilerTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The promise, checked exhaustively: for every item of every pack, every requester progress, every channel level
 * and every way of reading (private, public, private with a reveal, public with a reveal asked for), nothing
 * above what every reader has seen (low = min(audience, requester)) appears outside spoiler tags, and nothing
 * above what any reader has seen (high = max) appears at all unless the requester, reading alone, asked.
 */
class SpoilerSafetyPropertyTest {

    /** Texts this short could match unrelated words of a reply; they are checked at the renderer level only. */
    private static final int MIN_SEARCHABLE = 16;

    /** Meta too: an item's level can be meta, though nobody's progress or channel stops there. */
    private static List<SpoilerLevel> levels(ContentPack pack) {
        List<SpoilerLevel> levels = new ArrayList<>(List.of(SpoilerLevel.META));
        levels.addAll(TestPacks.levels(pack));
        return levels;
    }

    private static List<Fact> everyItem(ContentPack pack) {
        return TestPacks.everyItem(pack);
    }

    @TestFactory
    @DisplayName(
            "GIVEN any pack item, requester, channel level and way of reading WHEN rendered THEN it is plain, tagged or hidden exactly as the rule says")
    Stream<DynamicTest> rendererFollowsTheRule() {
        return TestPacks.all().stream()
                .map(pack -> DynamicTest.dynamicTest(pack.id(), () -> {
                    List<SpoilerLevel> levels = levels(pack);
                    int checks = 0;
                    for (Fact item : everyItem(pack)) {
                        String escaped = Markdown.escape(item.text());
                        String start = escaped.substring(0, Math.min(12, escaped.length()));
                        for (SpoilerLevel watched : levels) {
                            Progress requester = Progress.through(watched);
                            for (SpoilerLevel channel : levels) {
                                for (boolean onlyRequester : new boolean[] {false, true}) {
                                    for (boolean reveal : new boolean[] {false, true}) {
                                        ReadingContext reader = onlyRequester
                                                ? ReadingContext.ephemeral(requester, Locale.ENGLISH)
                                                : ReadingContext.publicIn(channel, requester, Locale.ENGLISH);
                                        reader = reveal ? reader.revealingAll() : reader;
                                        SpoilerLevel low = onlyRequester
                                                ? requester.watchedThrough()
                                                : SpoilerLevel.min(channel, requester.watchedThrough());
                                        SpoilerLevel high = onlyRequester
                                                ? requester.watchedThrough()
                                                : SpoilerLevel.max(channel, requester.watchedThrough());
                                        RenderedItems rendered = SpoilerRenderer.render(item, reader);
                                        String text = String.join("\n", rendered.blocks());
                                        boolean shown = !item.level().isAbove(high) || (reveal && onlyRequester);
                                        assertEquals(
                                                shown,
                                                !rendered.isEmpty(),
                                                () -> item.level() + " item, low " + low + ", high " + high
                                                        + ", reveal " + reveal + ": " + text);
                                        assertEquals(shown ? 0 : 1, rendered.hidden());
                                        boolean plain = !item.level().isAbove(low)
                                                && item.warnings().isEmpty();
                                        if (shown) {
                                            assertEquals(
                                                    plain,
                                                    SpoilerTags.outsideTags(text)
                                                            .contains(start),
                                                    () -> item.level() + " item at low " + low + ": " + text);
                                        }
                                        checks++;
                                    }
                                }
                            }
                        }
                    }
                    assertTrue(checks > 0);
                }));
    }

    @TestFactory
    @DisplayName(
            "GIVEN any character or episode, progress and channel level WHEN /character, /recap or /show replies in Components V2 THEN no fact leaks from its text displays")
    Stream<DynamicTest> commandsNeverLeak() {
        return TestPacks.all().stream()
                .map(pack -> DynamicTest.dynamicTest(pack.id(), () -> {
                    List<SpoilerLevel> levels =
                            levels(pack).subList(1, levels(pack).size());
                    TestCore test = TestCore.forPack(pack);
                    CommandRouter router = test.router();
                    ProgressStore progress = test.stores().progress();
                    ChannelLevelStore channelLevels = test.stores().channelLevels();
                    Invoker viewer = new Invoker("viewer", "Viewer");
                    List<Fact> items = everyItem(pack).stream()
                            .filter(fact -> fact.text().length() >= MIN_SEARCHABLE)
                            .toList();
                    for (SpoilerLevel watched : levels) {
                        progress.save(viewer.userId(), pack.id(), Progress.through(watched));
                        for (SpoilerLevel channel : levels) {
                            channelLevels.setLevel("channel", pack.id(), channel, "moderator");
                            Place place = Place.serverChannel("guild", "channel", Set.of());
                            SpoilerLevel low = SpoilerLevel.min(channel, watched);
                            SpoilerLevel high = SpoilerLevel.max(channel, watched);
                            for (Character character : pack.characters()) {
                                Reply reply = router.execute(new CommandRequest(
                                        "character", null, Map.of("name", character.id()), viewer, place));
                                assertNoLeak(reply, items, reply.ephemeral() ? watched : low, high);
                            }
                            for (Episode episode : pack.episodes()) {
                                Reply reply = router.execute(new CommandRequest(
                                        "recap",
                                        null,
                                        Map.of("episode", episode.code().toString(), "public", true),
                                        viewer,
                                        place));
                                assertEquals(
                                        episode.code().isAbove(high),
                                        reply.ephemeral(),
                                        "a recap nobody reading has reached is answered privately");
                                assertNoLeak(
                                        reply,
                                        items,
                                        reply.ephemeral() ? watched : low,
                                        reply.ephemeral() ? SpoilerLevel.max(watched, episode.code()) : high);
                            }
                            assertNoLeak(
                                    router.execute(new CommandRequest("show", null, Map.of(), viewer, place)),
                                    items,
                                    low,
                                    high);
                        }
                    }
                }));
    }

    private static void assertNoLeak(Reply reply, List<Fact> items, SpoilerLevel low, SpoilerLevel reach) {
        assertTrue(reply.componentsV2(), "bios, recaps and the show card are sent as Components V2");
        String all = fullText(reply);
        String outside = SpoilerTags.outsideTags(all);
        for (Fact item : items) {
            String escaped = Markdown.escape(item.text());
            if (item.level().isAbove(low) || !item.warnings().isEmpty()) {
                assertFalse(
                        outside.contains(escaped),
                        () -> "plain leak of a " + item.level() + " item read at " + low + ": " + item.text() + "\nin: "
                                + all);
            }
            if (item.level().isAbove(reach)) {
                assertFalse(all.contains(escaped), () -> "an item above " + reach + " was shown: " + item.text());
            }
        }
    }

    /**
     * All a reply's readers get: for a Components V2 reply, its text displays exactly as sent (headings and small
     * print included, so the markup is checked too); else its content and card.
     */
    private static String fullText(Reply reply) {
        if (reply.componentsV2()) {
            List<String> texts = new ArrayList<>();
            collectTexts(reply.components(), texts);
            return String.join("\n", texts);
        }
        StringBuilder text = new StringBuilder(reply.content() == null ? "" : reply.content());
        reply.optionalCard().ifPresent(card -> append(text, card));
        return text.toString();
    }

    private static void collectTexts(List<ComponentsV2.Part> parts, List<String> texts) {
        for (ComponentsV2.Part part : parts) {
            switch (part) {
                case ComponentsV2.Text text -> texts.add(text.markdown());
                case ComponentsV2.Container container -> collectTexts(container.parts(), texts);
                default -> {
                    // dividers and rows hold no text a tag could guard; labels are checked by SpoilerScanTest
                }
            }
        }
    }

    private static void append(StringBuilder text, Card card) {
        Stream.of(card.title(), card.description(), card.footer())
                .filter(part -> part != null)
                .forEach(part -> text.append('\n').append(part));
        for (Field field : card.fields()) {
            text.append('\n').append(field.name()).append('\n').append(field.value());
        }
    }
}
