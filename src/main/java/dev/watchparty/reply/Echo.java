package dev.watchparty.reply;

import dev.watchparty.spoiler.Markdown;

/** Quotes what a user typed back to them: escaped, so it cannot format or mention, and kept short. */
public final class Echo {

    private static final int MAX_ECHO = 80;

    private Echo() {}

    public static String quote(String typed) {
        String oneLine = typed == null ? "" : typed.strip();
        String shortened = oneLine.length() > MAX_ECHO ? oneLine.substring(0, MAX_ECHO) + "…" : oneLine;
        return "“" + Markdown.escape(shortened) + "”";
    }

    /** For labels that are not under spoiler tags and must fit a limit. */
    public static String fit(String text, int max) {
        return DiscordLimits.shorten(text, max);
    }
}
