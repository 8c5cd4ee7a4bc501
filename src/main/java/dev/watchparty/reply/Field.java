package dev.watchparty.reply;

import java.util.Objects;

public record Field(String name, String value, boolean inline) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank() || value.isBlank()) {
            throw new IllegalArgumentException("a field needs a name and a value");
        }
        DiscordLimits.require(name, DiscordLimits.FIELD_NAME, "field name");
        DiscordLimits.require(value, DiscordLimits.FIELD_VALUE, "field value");
    }

    public static Field of(String name, String value) {
        return new Field(name, value, false);
    }

    int length() {
        return name.length() + value.length();
    }
}
