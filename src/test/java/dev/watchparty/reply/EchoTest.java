package dev.watchparty.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.spoiler.Markdown;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a user typed, as the bot shows it back: readable, escaped, short, and never broken or reversed. */
class EchoTest {

    @Test
    @DisplayName(
            "GIVEN text with NUL, a bidi override and a zero-width space WHEN echoed or escaped THEN those are gone")
    void unprintableCharactersAreDropped() {
        String hostile = "Cas\u0000sie \u202Eevil\u202C na\u200Bme\u2066x\u2069";
        assertEquals("“Cassie evil namex”", Echo.quote(hostile));
        assertEquals("Cassie evil namex", Markdown.escape(hostile));
        assertEquals("a b", Markdown.escape("a\nb"), "a line break still folds to a space");
    }

    @Test
    @DisplayName("GIVEN 79 letters and an emoji with a skin tone WHEN cut at 80 THEN the emoji stays whole")
    void cutsWholeCharacters() {
        String text = "a".repeat(79) + "👍🏽" + "b";
        String quoted = Echo.quote(text);
        assertTrue(quoted.endsWith("a👍🏽…”"), quoted);
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            assertFalse(Character.isHighSurrogate(c) && !Character.isLowSurrogate(quoted.charAt(i + 1)), quoted);
        }
        assertEquals("“short”", Echo.quote("short"));
    }

    @Test
    @DisplayName(
            "GIVEN a label whose cut falls inside an emoji WHEN shortened THEN the emoji is dropped whole, not halved")
    void shortenNeverHalvesACharacter() {
        String label = "x".repeat(78) + "😀";
        String shortened = DiscordLimits.shorten(label, 80);
        assertEquals(label, shortened, "it fits: 78 + 2 chars");
        String cut = DiscordLimits.shorten("x".repeat(78) + "😀yz", 80);
        assertEquals("x".repeat(78) + "…", cut);
    }
}
