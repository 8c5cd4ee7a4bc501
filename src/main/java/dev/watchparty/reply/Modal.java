package dev.watchparty.reply;

import java.util.List;
import java.util.Objects;

/**
 * A form Discord shows over the chat, asking for a few lines of text; like a button, its custom id routes the
 * submission back to the command that made it. Its title and labels show no spoiler tags, so they never name
 * anything past what the reader has watched.
 */
public record Modal(String customId, String title, List<TextInput> inputs) {

    /** One line of text to type, always required. */
    public record TextInput(String id, String label, String placeholder, int maxLength) {
        public TextInput {
            DiscordLimits.require(id, DiscordLimits.CUSTOM_ID, "text input id");
            DiscordLimits.require(label, DiscordLimits.MODAL_LABEL, "text input label");
            DiscordLimits.require(placeholder, DiscordLimits.TEXT_INPUT_PLACEHOLDER, "text input placeholder");
            if (maxLength < 1 || maxLength > DiscordLimits.TEXT_INPUT_VALUE) {
                throw new IllegalArgumentException(
                        "a text input takes 1 to " + DiscordLimits.TEXT_INPUT_VALUE + " characters, not " + maxLength);
            }
        }
    }

    public Modal {
        Objects.requireNonNull(customId, "customId");
        DiscordLimits.require(customId, DiscordLimits.CUSTOM_ID, "modal id");
        DiscordLimits.require(title, DiscordLimits.MODAL_TITLE, "modal title");
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty() || inputs.size() > 5) {
            throw new IllegalArgumentException("a modal has 1 to 5 text inputs");
        }
    }
}
