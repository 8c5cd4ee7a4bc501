package dev.watchparty.reply;

import java.util.List;
import java.util.Objects;

/**
 * A titled card: a description, headed fields and a footer. The constructor refuses anything over an embed's limits,
 * so a built card is always sendable as one; a card shown as a container is checked against Components V2's limits
 * with the rest of its reply (see {@link Reply}).
 */
public record Card(String title, String description, List<Field> fields, String footer, Integer color, Frame frame) {

    /** How Discord frames the card. */
    public enum Frame {
        /** An embed, below the reply's content. */
        EMBED,
        /** A Components V2 container; the whole message is then Components V2. */
        CONTAINER,
        /**
         * A container Discord hides behind a spoiler until it is clicked: only for a reveal, the requester's own
         * request to see what they have not watched, which only they ever see.
         */
        SPOILER_CONTAINER
    }

    public Card {
        fields = fields == null ? List.of() : List.copyOf(fields);
        Objects.requireNonNull(frame, "frame");
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

    /** An embed. */
    public Card(String title, String description, List<Field> fields, String footer, Integer color) {
        this(title, description, fields, footer, color, Frame.EMBED);
    }

    public Card framed(Frame newFrame) {
        return new Card(title, description, fields, footer, color, newFrame);
    }

    public boolean isContainer() {
        return frame != Frame.EMBED;
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
