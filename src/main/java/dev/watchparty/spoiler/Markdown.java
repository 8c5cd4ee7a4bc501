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

    private Markdown() {}

    /** Escapes every markdown character, and folds line breaks so that one item stays one line. */
    public static String escape(String text) {
        return SPECIAL.matcher(LINE_BREAKS.matcher(text.strip()).replaceAll(" "))
                .replaceAll("\\\\$1");
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
