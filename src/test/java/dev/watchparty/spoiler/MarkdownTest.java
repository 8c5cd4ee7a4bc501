package dev.watchparty.spoiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Escaping and dropping characters, held to their definition as regular expressions. */
class MarkdownTest {

    /** The definition: what Markdown did with regular expressions, before it did it with a loop. */
    private static final Pattern SPECIAL = Pattern.compile("([\\\\*_~|`\\[\\]<>#@-])");

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    private static final Pattern UNPRINTABLE =
            Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r\\u000B\\f\\u0085]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064"
                    + "\\u2066-\\u2069\\uFEFF]");

    private static String printableByDefinition(String text) {
        return UNPRINTABLE.matcher(text).replaceAll("");
    }

    private static String escapeByDefinition(String text) {
        String printable = printableByDefinition(text).strip();
        return SPECIAL.matcher(LINE_BREAKS.matcher(printable).replaceAll(" ")).replaceAll("\\\\$1");
    }

    /** Letters, every markdown character, spaces and line breaks of each kind, controls, invisibles, an emoji. */
    private static final String ALPHABET = "aZé 9\\*_~|`[]<>#@-\t\n\r\u000B\f\u0085\u2028\u2029\u0000\u0007\u001F"
            + "\u007F\u009F\u200B\u200F\u202A\u202E\u2060\u2064\u2065\u2066\u2069\uFEFF\u00A0\u3000.,:'\"";

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(24);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(20) == 0) {
                text.append("\uD83C\uDFAC"); // a surrogate pair
            } else {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    @Test
    @DisplayName(
            "GIVEN 20,000 random texts of markdown, controls, invisibles and line breaks WHEN escaped or made printable THEN the result is the regular expressions' own")
    void loopsMatchTheirDefinition() {
        Random random = new Random(20261207);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random);
            assertEquals(printableByDefinition(text), Markdown.printable(text), () -> "printable of " + visible(text));
            assertEquals(escapeByDefinition(text), Markdown.escape(text), () -> "escape of " + visible(text));
        }
    }

    @Test
    @DisplayName("GIVEN text with nothing to escape or drop WHEN escaped THEN the very same string comes back")
    void plainTextIsNotCopied() {
        String plain = "Cassie Shaw, a dancer";
        assertSame(plain, Markdown.escape(plain));
        assertSame(plain, Markdown.printable(plain));
        assertEquals("Cassie \\- \\*star\\*", Markdown.escape(" Cassie - *star*\u200B "));
    }

    private static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        text.chars().forEach(c -> shown.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
        return shown.toString();
    }
}
