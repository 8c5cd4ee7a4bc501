package dev.watchparty.spoiler;

import java.util.regex.Pattern;

/**
 * Escapes text from a pack or a user before it goes into a reply, so that a {@code ||} or {@code *} inside it
 * can neither close a spoiler tag nor format anything, and a {@code <@id>} or {@code @everyone} stays text.
 */
public final class Markdown {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\*_~|`\\[\\]<>#@-])");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\*_~|`\\[\\]<>#@-])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    /**
     * What no reader should get from a user or a pack: control characters (NUL and the like; line breaks are
     * folded to a space instead) and invisible or direction-changing ones (zero-width spaces, bidi overrides and
     * isolates, which can make an echoed name read backwards over the bot's own words).
     */
    private static final Pattern UNPRINTABLE =
            Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r\\u000B\\f\\u0085]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064"
                    + "\\u2066-\\u2069\\uFEFF]");

    private Markdown() {}

    /** Escapes every markdown character, drops unprintable ones, and folds line breaks so one item stays one line. */
    public static String escape(String text) {
        String printable = printable(text).strip();
        return SPECIAL.matcher(LINE_BREAKS.matcher(printable).replaceAll(" ")).replaceAll("\\\\$1");
    }

    /** The text without control, invisible or direction-changing characters; for labels that are not escaped. */
    public static String printable(String text) {
        return UNPRINTABLE.matcher(text).replaceAll("");
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
