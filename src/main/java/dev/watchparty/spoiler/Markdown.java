package dev.watchparty.spoiler;

import java.util.regex.Pattern;

/**
 * Escapes text from a pack or a user before it goes into a reply, so that a {@code ||} or {@code *} inside it
 * can neither close a spoiler tag nor format anything, and a {@code <@id>} or {@code @everyone} stays text.
 */
public final class Markdown {

    /** What {@link #escape} puts a backslash before: all of it ASCII, so a table of 128 answers for each. */
    private static final boolean[] SPECIAL = asciiSet("\\*_~|`[]<>#@-");

    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\*_~|`\\[\\]<>#@-])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private Markdown() {}

    // Every reply runs through these, many times over: a loop over the characters, copying only when something is
    // dropped or escaped, costs a fraction of a regular expression's replaceAll (MarkdownTest holds the two equal).

    /** Escapes every markdown character, drops unprintable ones, and folds line breaks so one item stays one line. */
    public static String escape(String text) {
        String printable = printable(text).strip();
        String oneLine =
                hasLineBreak(printable) ? LINE_BREAKS.matcher(printable).replaceAll(" ") : printable;
        StringBuilder escaped = null;
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (c < SPECIAL.length && SPECIAL[c]) {
                if (escaped == null) {
                    escaped = new StringBuilder(oneLine.length() + 16).append(oneLine, 0, i);
                }
                escaped.append('\\');
            }
            if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? oneLine : escaped.toString();
    }

    /**
     * The text without what no reader should get from a user or a pack: control characters (NUL and the like; line
     * breaks and tabs stay) and invisible or direction-changing ones (zero-width spaces, bidi overrides and
     * isolates, which can make an echoed name read backwards over the bot's own words). For labels that are not
     * escaped.
     */
    public static String printable(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unprintable(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean unprintable(char c) {
        // Unicode's control characters (Cc), but for the tab and line breaks, which are layout, not hidden
        boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
        boolean layout = c == '\t' || (c >= '\n' && c <= '\r') || c == '\u0085';
        return (control && !layout)
                || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFEFF';
    }

    /** Whether the text holds a character {@code \R} matches: without one, there is no line break to fold. */
    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean[] asciiSet(String characters) {
        boolean[] set = new boolean[128];
        characters.chars().forEach(c -> set[c] = true);
        return set;
    }

    /** Reverses {@link #escape}; for plain-text views such as the console. */
    public static String unescape(String text) {
        return ESCAPED.matcher(text).replaceAll("$1");
    }

    /** Wraps already-escaped text in spoiler tags. */
    public static String spoiler(String escapedText) {
        return "||" + escapedText + "||";
    }
}
