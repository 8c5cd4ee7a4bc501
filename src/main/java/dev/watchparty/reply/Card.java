package dev.watchparty.reply;

import java.util.List;

/** One embed. The constructor refuses anything over Discord's limits, so a built card is always sendable. */
public record Card(String title, String description, List<Field> fields, String footer, Integer color) {

    public Card {
        fields = fields == null ? List.of() : List.copyOf(fields);
        DiscordLimits.require(title, DiscordLimits.EMBED_TITLE, "title");
        DiscordLimits.require(description, DiscordLimits.EMBED_DESCRIPTION, "description");
        DiscordLimits.require(footer, DiscordLimits.FOOTER, "footer");
        if (fields.size() > DiscordLimits.EMBED_FIELDS) {
            throw new IllegalArgumentException(fields.size() + " fields; Discord allows " + DiscordLimits.EMBED_FIELDS);
        }
        int total = length(title)
                + length(description)
                + length(footer)
                + fields.stream().mapToInt(Field::length).sum();
        if (total > DiscordLimits.EMBED_TOTAL) {
            throw new IllegalArgumentException(
                    "embed is " + total + " characters; Discord allows " + DiscordLimits.EMBED_TOTAL);
        }
    }

    public int totalLength() {
        return length(title)
                + length(description)
                + length(footer)
                + fields.stream().mapToInt(Field::length).sum();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
