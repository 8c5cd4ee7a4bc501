package dev.watchparty.console;

import dev.watchparty.reply.Button;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.Field;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.SelectMenu;
import dev.watchparty.spoiler.Markdown;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prints a reply as plain text for a terminal. Discord's spoiler tags become {@code [spoiler: …]}, so a reader
 * sees exactly which parts Discord would hide, and markdown escapes are removed for readability.
 */
final class ConsoleRenderer {

    private ConsoleRenderer() {}

    static String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        out.append(reply.ephemeral() ? "(only you can see this)\n" : "(posted in the channel)\n");
        if (reply.content() != null) {
            out.append(readable(reply.content())).append('\n');
        }
        reply.optionalCard().ifPresent(card -> appendCard(out, card));
        List<Button> buttons = reply.buttons();
        if (!buttons.isEmpty()) {
            for (int i = 0; i < buttons.size(); i++) {
                Button button = buttons.get(i);
                out.append(button.disabled() ? "     " : " [" + (i + 1) + "] ").append(button.label());
            }
            out.append("   (type: press <number>)\n");
        }
        reply.optionalMenu().ifPresent(menu -> appendMenu(out, menu));
        return out.toString();
    }

    private static void appendCard(StringBuilder out, Card card) {
        if (card.frame() == Card.Frame.SPOILER_CONTAINER) {
            out.append("(the whole card is behind a spoiler: Discord shows it when you click it)\n");
        }
        if (card.title() != null) {
            out.append("== ").append(readable(card.title())).append(" ==\n");
        }
        if (card.description() != null) {
            out.append(readable(card.description())).append('\n');
        }
        for (Field field : card.fields()) {
            out.append("\n-- ").append(readable(field.name())).append(" --\n");
            for (String line : field.value().split("\n")) {
                out.append("  ").append(readable(line)).append('\n');
            }
        }
        if (card.footer() != null) {
            out.append("\n(").append(readable(card.footer())).append(")\n");
        }
    }

    private static void appendMenu(StringBuilder out, SelectMenu menu) {
        out.append(readable(menu.placeholder() == null ? "Choose one" : menu.placeholder()))
                .append(":\n");
        for (int i = 0; i < menu.options().size(); i++) {
            out.append("  <")
                    .append(i + 1)
                    .append("> ")
                    .append(menu.options().get(i).label())
                    .append('\n');
        }
        out.append("   (type: pick <number>)\n");
    }

    private static final Pattern TIMESTAMP = Pattern.compile("<t:(\\d+):R>");
    private static final DateTimeFormatter CLOCK_TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /**
     * Turns {@code ||text||} into {@code [spoiler: text]}, honouring escapes, a Discord countdown into a clock
     * time, then removes the escapes and bold marks.
     */
    static String readable(String discordText) {
        discordText = TIMESTAMP
                .matcher(discordText)
                .replaceAll(match -> "at " + CLOCK_TIME.format(Instant.ofEpochSecond(Long.parseLong(match.group(1)))));
        StringBuilder out = new StringBuilder();
        boolean inSpoiler = false;
        for (int i = 0; i < discordText.length(); i++) {
            char c = discordText.charAt(i);
            if (c == '\\' && i + 1 < discordText.length()) {
                out.append(c).append(discordText.charAt(++i));
            } else if (c == '|' && i + 1 < discordText.length() && discordText.charAt(i + 1) == '|') {
                out.append(inSpoiler ? "]" : "[spoiler: ");
                inSpoiler = !inSpoiler;
                i++;
            } else {
                out.append(c);
            }
        }
        return Markdown.unescape(out.toString().replaceAll("(?<!\\\\)\\*\\*", ""));
    }
}
