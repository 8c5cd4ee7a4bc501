package dev.watchparty.spoiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.pack.ContentWarning;
import dev.watchparty.pack.Fact;
import dev.watchparty.pack.SpoilerLevel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpoilerRendererTest {

    private static final SpoilerLevel S1E3 = SpoilerLevel.episode(1, 3);
    private static final SpoilerLevel S1E7 = SpoilerLevel.episode(1, 7);

    private static Fact fact(String text, SpoilerLevel level, ContentWarning... warnings) {
        return new Fact(text, level, List.of("src"), Set.of(warnings));
    }

    @Test
    @DisplayName(
            "GIVEN a fact with spoiler bars and markdown in it WHEN tagged THEN the bars are escaped and cannot close the tag")
    void escapesBarsInsideTags() {
        ReadingContext reader = ReadingContext.publicIn(SpoilerLevel.PREMISE, Progress.through(S1E7), Locale.ENGLISH);
        RenderedItems rendered = SpoilerRenderer.render(fact("a || b *bold* @everyone <@123>", S1E7), reader);
        String block = rendered.blocks().get(0);
        assertEquals("S1E7: ||a \\|\\| b \\*bold\\* \\@everyone \\<\\@123\\>||", block);
        assertEquals(2, SpoilerTags.unescapedBarPairs(block), "only the renderer's own tag pair is live");
    }

    @Test
    @DisplayName(
            "GIVEN a plain-level fact with a content warning WHEN rendered THEN it is still tagged after a plain CW label")
    void contentWarningAlwaysTagged() {
        ReadingContext reader = ReadingContext.ephemeral(Progress.through(S1E7), Locale.ENGLISH);
        String block = SpoilerRenderer.render(
                        fact("Greg hurt them.", S1E3, ContentWarning.ABUSE, ContentWarning.VIOLENCE), reader)
                .blocks()
                .get(0);
        assertEquals("CW: abuse, violence: ||Greg hurt them.||", block);
    }

    @Test
    @DisplayName("GIVEN a fact above the requester WHEN rendered without reveal THEN it is hidden and counted")
    void hidesAndCounts() {
        ReadingContext reader = ReadingContext.ephemeral(Progress.through(S1E3), Locale.ENGLISH);
        RenderedItems rendered = SpoilerRenderer.render(
                List.of(fact("early", S1E3), fact("late one", S1E7), fact("late two", S1E7)), reader);
        assertEquals(List.of("early"), rendered.blocks());
        assertEquals(2, rendered.hidden());
        assertEquals(
                "2 later facts hidden (you are at S1E3)",
                SpoilerRenderer.hiddenNote(rendered.hidden(), SpoilerText.HIDDEN_FACTS, reader));
        assertEquals(
                "1 later line hidden (you have not started watching)",
                SpoilerRenderer.hiddenNote(
                        1, SpoilerText.HIDDEN_LINES, ReadingContext.ephemeral(Progress.NOTHING, Locale.ENGLISH)));
    }

    @Test
    @DisplayName(
            "GIVEN a tagged fact longer than a block WHEN rendered THEN it becomes several pieces, each tagged and closed on its own")
    void splitsLongItems() {
        String longText = ("word|| ".repeat(400)).strip();
        ReadingContext reader = ReadingContext.publicIn(SpoilerLevel.PREMISE, Progress.through(S1E7), Locale.ENGLISH);
        List<String> blocks =
                SpoilerRenderer.render(fact(longText, S1E7), reader).blocks();
        assertTrue(blocks.size() > 1);
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            assertTrue(block.length() <= SpoilerRenderer.MAX_BLOCK, "block " + i + " is " + block.length());
            assertTrue(block.startsWith("S1E7 (" + (i + 1) + "/" + blocks.size() + "): ||"), block);
            assertTrue(block.endsWith("||"));
            assertEquals(2, SpoilerTags.unescapedBarPairs(block));
        }
        String rejoined = String.join(
                " ",
                blocks.stream()
                        .map(block -> block.substring(block.indexOf("||") + 2, block.length() - 2))
                        .toList());
        assertEquals(Markdown.escape(longText), rejoined);
    }

    @Test
    @DisplayName("GIVEN a long run of backslashes WHEN split THEN no piece ends in the middle of an escape")
    void neverCutsAnEscape() {
        String escaped = Markdown.escape("*".repeat(3000));
        for (String piece : SpoilerRenderer.splitAtSpaces(escaped, 901)) {
            assertFalse(piece.endsWith("\\") && !piece.endsWith("\\\\"), "piece ends in a lone backslash");
            assertEquals(0, piece.length() % 2, "escapes come in pairs");
        }
    }

    @Test
    @DisplayName("GIVEN escaped text WHEN unescaped THEN the original comes back")
    void escapeRoundTrips() {
        String original = "a \\ b || c_*~`[x](y) <@1> @here # - >";
        assertEquals(original, Markdown.unescape(Markdown.escape(original)));
    }
}
