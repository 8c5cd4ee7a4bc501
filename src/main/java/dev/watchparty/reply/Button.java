package dev.watchparty.reply;

import java.util.Objects;

/** A button; its custom id starts with the name of the command that handles a click on it. */
public record Button(String customId, String label, Style style, boolean disabled) {

    public enum Style {
        PRIMARY,
        SECONDARY,
        SUCCESS,
        DANGER
    }

    public Button {
        Objects.requireNonNull(customId, "customId");
        Objects.requireNonNull(label, "label");
        DiscordLimits.require(customId, DiscordLimits.CUSTOM_ID, "button id");
        label = DiscordLimits.shorten(label, DiscordLimits.BUTTON_LABEL);
    }

    public static Button of(String customId, String label) {
        return new Button(customId, label, Style.SECONDARY, false);
    }
}
