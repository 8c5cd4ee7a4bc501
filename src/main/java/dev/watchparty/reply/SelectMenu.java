package dev.watchparty.reply;

import java.util.List;
import java.util.Objects;

/** A string select menu; like a button, its custom id routes back to the command that made it. */
public record SelectMenu(String customId, String placeholder, List<Option> options) {

    public record Option(String label, String value, boolean byDefault) {
        public Option {
            label = DiscordLimits.shorten(label, DiscordLimits.SELECT_LABEL);
            DiscordLimits.require(value, DiscordLimits.SELECT_LABEL, "option value");
        }
    }

    public SelectMenu {
        Objects.requireNonNull(customId, "customId");
        DiscordLimits.require(customId, DiscordLimits.CUSTOM_ID, "select menu id");
        options = List.copyOf(options);
        if (options.isEmpty() || options.size() > DiscordLimits.SELECT_OPTIONS) {
            throw new IllegalArgumentException("a select menu has 1 to " + DiscordLimits.SELECT_OPTIONS + " options");
        }
    }
}
