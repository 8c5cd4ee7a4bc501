package dev.watchparty.command;

import dev.watchparty.reply.DiscordLimits;

/**
 * Who used a command: a stable user id and the name to call them by (never a mention). Names are cut to
 * Discord's own maximum, so one can never push a reply past a limit.
 */
public record Invoker(String userId, String displayName) {

    public static final int MAX_NAME = 32;

    public Invoker {
        displayName = displayName == null || displayName.isBlank()
                ? "someone"
                : DiscordLimits.shorten(displayName.strip(), MAX_NAME);
    }
}
