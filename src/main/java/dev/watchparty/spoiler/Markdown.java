package dev.watchparty.spoiler;

import java.util.regex.Pattern;

/**
 * Escapes text from a pack or a user before it goes into a reply, so that a {@code ||} or {@code *} inside it
 * can neither close a spoiler tag nor format anything, and a {@code <@id>} or {@code @everyone} stays text.
 */
public final class Markdown {

    /** What {@link #escape} puts a backslash before. */
    private static final String SPECIAL = "\\*_~|`[]<>#@-";

    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\*_~|`\\[\\]<>#@-])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    /** The characters {@code \R} matches: a text without them has no line break to fold. */
    private static final String LINE_BREAK_CHARACTERS = "\n\u000B\f\r\u0085\u2028\u2029";
    /** Control characters that are layout, not hidden: kept by {@link #printable}. */
    private static final String LAYOUT_CONTROLS = "\t\n\r\u000B\f\u0085";

    private Markdown() {}

    // Every reply runs through these, many times over: a loop over the characters, copying only when something is
    // dropped or escaped, costs a fraction of a regular expression's replaceAll (MarkdownTest holds the two equal).

    /** Escapes every markdown character, drops unprintable ones, and folds line breaks so one item stays one line. */
    public static String escape(String text) {
        String printable = printable(text).strip();
        String oneLine = containsAny(printable, LINE_BREAK_CHARACTERS)
                ? LINE_BREAKS.matcher(printable).replaceAll(" ")
                : printable;
        StringBuilder escaped = null;
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
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
        return (Character.getType(c) == Character.CONTROL && LAYOUT_CONTROLS.indexOf(c) < 0)
                || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFEFF';
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
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
