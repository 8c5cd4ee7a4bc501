package dev.watchparty.command;

import dev.watchparty.reply.DiscordLimits;

/** One autocomplete suggestion: what the reader sees, and the value the command receives. */
public record Choice(String name, String value) {

    public Choice {
        name = DiscordLimits.shorten(name, DiscordLimits.CHOICE_NAME);
        value = DiscordLimits.shorten(value, DiscordLimits.CHOICE_VALUE);
    }
}
