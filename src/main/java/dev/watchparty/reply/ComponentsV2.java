package dev.watchparty.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * A reply whose card is a container, laid out as Discord's Components V2: the reply's content as a text display
 * above the container; in it the title as a heading over the description, a divider, one text display per field
 * headed by its name, the footer in small print, and the buttons and menu in action rows. This is the one
 * translation of such a reply, so {@link Reply} counts Discord's V2 limits on exactly what is sent, and the page
 * layout measures a page's text with the same markup. Text keeps its spoiler tags: a text display shows them.
 */
public final class ComponentsV2 {

    private static final String HEADING = "## ";
    private static final String FIELD_HEADING = "### ";
    private static final String SMALL_PRINT = "-# ";

    /** One component of the message; Discord counts every one, nested ones too. */
    public sealed interface Part permits Text, Divider, Container, ButtonRow, MenuRow {

        /** Components this part is, with those nested in it. */
        int count();

        /** Characters of text display in it. */
        default int textLength() {
            return 0;
        }
    }

    /** A text display: markdown, spoiler tags included. */
    public record Text(String markdown) implements Part {
        @Override
        public int count() {
            return 1;
        }

        @Override
        public int textLength() {
            return markdown.length();
        }
    }

    /** A separator drawn as a thin line. */
    public record Divider() implements Part {
        @Override
        public int count() {
            return 1;
        }
    }

    /** The card's frame, with its accent colour; {@code spoiler} only for a reveal. */
    public record Container(Integer accentColor, boolean spoiler, List<Part> parts) implements Part {
        public Container {
            parts = List.copyOf(parts);
        }

        @Override
        public int count() {
            return 1 + ComponentsV2.count(parts);
        }

        @Override
        public int textLength() {
            return ComponentsV2.textLength(parts);
        }
    }

    /** An action row of up to {@link DiscordLimits#BUTTONS_PER_ROW} buttons. */
    public record ButtonRow(List<Button> buttons) implements Part {
        public ButtonRow {
            buttons = List.copyOf(buttons);
        }

        @Override
        public int count() {
            return 1 + buttons.size();
        }
    }

    /** An action row holding a select menu alone. */
    public record MenuRow(SelectMenu menu) implements Part {
        @Override
        public int count() {
            return 2;
        }
    }

    private ComponentsV2() {}

    static List<Part> layout(String content, Card card, List<Button> buttons, SelectMenu menu) {
        List<Part> inside = new ArrayList<>();
        String heading = heading(card.title(), card.description());
        if (!heading.isEmpty()) {
            inside.add(new Text(heading));
        }
        if (!card.fields().isEmpty()) {
            if (!inside.isEmpty()) {
                inside.add(new Divider());
            }
            card.fields().forEach(field -> inside.add(new Text(field(field))));
        }
        if (card.footer() != null && !card.footer().isBlank()) {
            inside.add(new Text(smallPrint(card.footer())));
        }
        for (int from = 0; from < buttons.size(); from += DiscordLimits.BUTTONS_PER_ROW) {
            inside.add(new ButtonRow(
                    buttons.subList(from, Math.min(buttons.size(), from + DiscordLimits.BUTTONS_PER_ROW))));
        }
        if (menu != null) {
            inside.add(new MenuRow(menu));
        }
        List<Part> message = new ArrayList<>();
        if (content != null && !content.isBlank()) {
            message.add(new Text(content));
        }
        message.add(new Container(card.color(), card.frame() == Card.Frame.SPOILER_CONTAINER, inside));
        return List.copyOf(message);
    }

    /** The title as a heading, the description below it; empty if the card has neither. */
    static String heading(String title, String description) {
        boolean hasTitle = title != null && !title.isBlank();
        boolean hasDescription = description != null && !description.isBlank();
        return (hasTitle ? HEADING + title : "")
                + (hasTitle && hasDescription ? "\n" : "")
                + (hasDescription ? description : "");
    }

    /** A field as one text display: its name as a smaller heading, its value below. */
    static String field(Field field) {
        return FIELD_HEADING + field.name() + "\n" + field.value();
    }

    /** Every line in small print. */
    static String smallPrint(String text) {
        return SMALL_PRINT + String.join("\n" + SMALL_PRINT, text.split("\n"));
    }

    static int count(List<Part> parts) {
        return parts.stream().mapToInt(Part::count).sum();
    }

    static int textLength(List<Part> parts) {
        return parts.stream().mapToInt(Part::textLength).sum();
    }
}
