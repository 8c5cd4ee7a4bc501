package dev.watchparty.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.spoiler.SpoilerTags;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PageLayoutTest {

    private static List<String> taggedBlocks(int count, int length) {
        return IntStream.range(0, count)
                .mapToObj(i -> "S1E" + (i % 9 + 1) + ": ||" + ("x".repeat(length - 12)) + "||")
                .toList();
    }

    /** A page as the reply that shows it: a full line above it and a full row of buttons, the most a page carries. */
    private static Reply fullestReply(Card page) {
        List<Button> buttons = IntStream.range(0, DiscordLimits.BUTTONS_PER_ROW)
                .mapToObj(i -> Button.of("b" + i, "Button " + i))
                .toList();
        return new Reply("l".repeat(PageLayout.LEAD_ROOM), page, buttons, null, true);
    }

    @Test
    @DisplayName(
            "GIVEN a recap far longer than one message WHEN laid out in containers THEN it spreads over pages within every Discord limit, embed and Components V2")
    void longRecapBecomesValidPages() {
        List<String> blocks = taggedBlocks(60, 700);
        List<Card> pages = PageLayout.layout(
                Texts.FALLBACK,
                "Title",
                "Intro",
                List.of(new Section("Recap", blocks)),
                "3 later lines hidden",
                1,
                Card.Frame.CONTAINER);
        assertTrue(pages.size() > 1);
        int blocksSeen = 0;
        for (Card page : pages) {
            List<ComponentsV2.Part> message = fullestReply(page).components();
            assertTrue(ComponentsV2.textLength(message) <= DiscordLimits.V2_TEXT);
            assertTrue(ComponentsV2.count(message) <= DiscordLimits.V2_COMPONENTS);
            assertTrue(page.totalLength() <= DiscordLimits.EMBED_TOTAL);
            assertTrue(page.fields().size() <= DiscordLimits.EMBED_FIELDS);
            for (Field field : page.fields()) {
                assertTrue(field.value().length() <= DiscordLimits.FIELD_VALUE);
                for (String line : field.value().split("\n")) {
                    assertEquals(2, SpoilerTags.unescapedBarPairs(line), "a block keeps its own tag pair: " + line);
                    blocksSeen++;
                }
            }
        }
        assertEquals(60, blocksSeen, "every block appears once, whole");
        assertEquals("Intro", pages.get(0).description());
        assertNull(pages.get(1).description(), "the intro is on the first page only");
        assertTrue(pages.get(pages.size() - 1).footer().endsWith("Page " + pages.size() + "/" + pages.size()));
    }

    @Test
    @DisplayName("GIVEN a section that overflows one field WHEN laid out THEN later fields are headed as continued")
    void continuedFields() {
        List<Card> pages = PageLayout.layout(
                Texts.FALLBACK,
                "T",
                null,
                List.of(new Section("Facts", taggedBlocks(4, 400))),
                null,
                null,
                Card.Frame.EMBED);
        List<String> names = new ArrayList<>();
        pages.forEach(page -> page.fields().forEach(field -> names.add(field.name())));
        assertEquals(List.of("Facts", "Facts (cont.)"), names);
        assertEquals(1, pages.size());
        assertNull(pages.get(0).footer(), "a single page has no page number");
    }

    @Test
    @DisplayName(
            "GIVEN a description that fills the first page WHEN laid out THEN the fields move to later pages, each page a valid V2 reply")
    void hugeDescription() {
        List<Card> pages = PageLayout.layout(
                Texts.FALLBACK,
                "T",
                "d".repeat(4000),
                List.of(new Section("S", taggedBlocks(10, 1000))),
                "f".repeat(1500),
                null,
                Card.Frame.CONTAINER);
        assertTrue(pages.get(0).fields().isEmpty(), "the description fills the first page alone");
        pages.forEach(page -> assertTrue(page.totalLength() <= DiscordLimits.EMBED_TOTAL));
        pages.forEach(PageLayoutTest::fullestReply);
    }

    @Test
    @DisplayName(
            "GIVEN a description of tagged lines longer than a V2 message holds WHEN laid out THEN it is cut between lines, every tag whole")
    void longDescriptionIsCutBetweenLines() {
        String description = String.join("\n", taggedBlocks(8, 900));

        Card first = PageLayout.layout(Texts.FALLBACK, "T", description, List.of(), null, null, Card.Frame.CONTAINER)
                .get(0);

        assertTrue(first.description().endsWith("\n…"), first.description());
        List<String> lines = List.of(first.description().split("\n"));
        lines.subList(0, lines.size() - 1)
                .forEach(line -> assertEquals(2, SpoilerTags.unescapedBarPairs(line), "a whole tag pair: " + line));
        fullestReply(first);
    }

    @Test
    @DisplayName(
            "GIVEN three pages WHEN page buttons are made THEN previous is disabled on the first and next on the last")
    void pageButtons() {
        List<Button> first = PageLayout.pageButtons(Texts.FALLBACK, page -> "recap:page:x:" + page, 0, 3);
        assertEquals("recap:page:x:-1", first.get(0).customId());
        assertTrue(first.get(0).disabled());
        assertEquals("recap:page:x:1", first.get(1).customId());
        List<Button> last = PageLayout.pageButtons(Texts.FALLBACK, page -> "recap:page:x:" + page, 2, 3);
        assertTrue(last.get(1).disabled());
        assertTrue(PageLayout.pageButtons(Texts.FALLBACK, page -> "p:" + page, 0, 1)
                .isEmpty());
    }

    @Test
    @DisplayName(
            "GIVEN content over Discord's limits WHEN a reply, field or card is built THEN construction refuses it")
    void modelRefusesOversizedParts() {
        assertThrows(IllegalArgumentException.class, () -> Reply.of(null, true).withContent("x".repeat(2001)));
        assertThrows(IllegalArgumentException.class, () -> Field.of("n", "v".repeat(1025)));
        List<Field> tooMany =
                IntStream.range(0, 26).mapToObj(i -> Field.of("n", "v")).toList();
        assertThrows(IllegalArgumentException.class, () -> new Card("t", null, tooMany, null, null));
        List<Field> tooLong = IntStream.range(0, 7)
                .mapToObj(i -> Field.of("n", "v".repeat(1000)))
                .toList();
        assertThrows(IllegalArgumentException.class, () -> new Card("t", null, tooLong, null, null));
        assertEquals(80, Button.of("id", "l".repeat(200)).label().length(), "labels are shortened, not refused");
    }

    @Test
    @DisplayName(
            "GIVEN a container WHEN its reply would pass Components V2's text or component limits, or post a spoiler container THEN construction refuses it")
    void modelRefusesOversizedComponentsV2() {
        Card container = new Card("t", "d".repeat(3000), List.of(), null, null, Card.Frame.CONTAINER);
        assertThrows(
                IllegalArgumentException.class,
                () -> Reply.of(container, true).withContent("c".repeat(1001)),
                "4,000 characters across the text displays");
        assertEquals(
                "c".repeat(990),
                Reply.of(container, true).withContent("c".repeat(990)).content(),
                "3,995 characters in all fit");
        List<Field> fields =
                IntStream.range(0, 25).mapToObj(i -> Field.of("n", "v")).toList();
        Card manyFields = new Card("t", null, fields, "f", null, Card.Frame.CONTAINER);
        List<Button> buttons =
                IntStream.range(0, 10).mapToObj(i -> Button.of("b" + i, "B")).toList();
        assertThrows(
                IllegalArgumentException.class,
                () -> Reply.of(manyFields, true).withButtons(buttons),
                "25 fields and 10 buttons are over 40 components");
        Card reveal = container.framed(Card.Frame.SPOILER_CONTAINER);
        assertTrue(Reply.of(reveal, true).componentsV2());
        assertThrows(
                IllegalArgumentException.class,
                () -> Reply.of(reveal, false),
                "a spoiler container holds a reveal, never posted for a channel");
    }

    @Test
    @DisplayName("GIVEN text over a limit WHEN shortened THEN it fits, and never ends in a dangling escape")
    void longNoticeIsShortened() {
        assertEquals(
                DiscordLimits.CONTENT, Reply.notice("n".repeat(5000)).content().length());
        assertEquals("abc…", DiscordLimits.shorten("abc\\*xyz", 5), "a cut escape loses its backslash");
        assertEquals("ab\\*…", DiscordLimits.shorten("ab\\*xyz", 5), "a whole escape is kept");
    }
}
