package dev.watchparty.reply;

import dev.watchparty.spoiler.Markdown;
import java.text.BreakIterator;
import java.util.Locale;

/** Quotes what a user typed back to them: escaped, so it cannot format or mention, and kept short. */
public final class Echo {

    private static final int MAX_ECHO = 80;

    private Echo() {}

    public static String quote(String typed) {
        String oneLine = typed == null ? "" : Markdown.printable(typed).strip();
        return "“" + Markdown.escape(firstCharacters(oneLine, MAX_ECHO)) + "”";
    }

    /**
     * At most {@code max} characters as a reader counts them (grapheme clusters: an emoji with its modifiers is
     * one), with an ellipsis if cut; never half of a surrogate pair or of a cluster.
     */
    static String firstCharacters(String text, int max) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int end = 0;
        for (int count = 0; count < max; count++) {
            int next = characters.next();
            if (next == BreakIterator.DONE) {
                return text;
            }
            end = next;
        }
        return characters.next() == BreakIterator.DONE ? text : text.substring(0, end) + "…";
    }
}
