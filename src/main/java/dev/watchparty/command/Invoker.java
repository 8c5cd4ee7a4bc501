package dev.watchparty.command;

import dev.watchparty.reply.DiscordLimits;
import dev.watchparty.reply.Texts;
import java.util.Locale;

/**
 * Who used a command: a stable user id, the name to call them by (never a mention), and the language their Discord
 * is set to, which everything only they read is written in. Names are cut to Discord's own maximum, so one can never
 * push a reply past a limit.
 */
public record Invoker(String userId, String displayName, Locale locale) {

    public static final int MAX_NAME = 32;

    public Invoker {
        displayName = displayName == null || displayName.isBlank()
                ? "someone"
                : DiscordLimits.shorten(displayName.strip(), MAX_NAME);
        locale = locale == null ? Texts.FALLBACK : locale;
    }

    /** Someone whose language is not known (a user an option names, the console's reader): English. */
    public Invoker(String userId, String displayName) {
        this(userId, displayName, Texts.FALLBACK);
    }
}
