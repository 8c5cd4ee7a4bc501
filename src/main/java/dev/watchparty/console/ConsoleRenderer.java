package dev.watchparty.console;

import dev.watchparty.reply.Button;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.Field;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.SelectMenu;
import dev.watchparty.spoiler.Markdown;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints a reply as plain text for a terminal. Discord's spoiler tags become {@code [spoiler: …]}, so a reader
 * sees exactly which parts Discord would hide, markdown escapes are removed for readability, and Discord's
 * timestamps ({@code <t:1765000000:R>}) become times in the clock's zone, as Discord shows them in the reader's.
 */
final class ConsoleRenderer {

    private static final Pattern TIMESTAMP = Pattern.compile("<t:(-?\\d{1,12})(?::([tTdDfFR]))?>");
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_DATE_TIME =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm", Locale.ENGLISH);

    private final Clock clock;

    /** {@code clock} gives the zone times are shown in, and "now" for relative ones. */
    ConsoleRenderer(Clock clock) {
        this.clock = clock;
    }

    String render(Reply reply) {
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

    private void appendCard(StringBuilder out, Card card) {
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

    private void appendMenu(StringBuilder out, SelectMenu menu) {
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

    /**
     * Turns {@code ||text||} into {@code [spoiler: text]}, honouring escapes, each Discord timestamp into a readable
     * time, then removes the escapes and bold marks.
     */
    String readable(String discordText) {
        discordText = TIMESTAMP.matcher(discordText).replaceAll(timestamp -> Matcher.quoteReplacement(time(timestamp)));
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

    /** A timestamp in the style it asks for (Discord's default is a date and time); "R" is relative to now. */
    private String time(MatchResult timestamp) {
        Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp.group(1)));
        String style = timestamp.group(2) == null ? "f" : timestamp.group(2);
        if (style.equals("R")) {
            return relative(at);
        }
        DateTimeFormatter format = switch (style) {
            case "t" -> SHORT_TIME;
            case "T" -> LONG_TIME;
            case "d" -> SHORT_DATE;
            case "D" -> LONG_DATE;
            case "F" -> DAY_DATE_TIME;
            default -> DATE_TIME;
        };
        return format.format(at.atZone(clock.getZone()));
    }

    /** "in 20 seconds", "3 minutes ago": the largest whole unit, as Discord words a relative time. */
    private String relative(Instant at) {
        long seconds = Duration.between(clock.instant(), at).toSeconds();
        long size = Math.abs(seconds);
        if (size == 0) {
            return "now";
        }
        String amount;
        if (size < 60) {
            amount = count(size, "second");
        } else if (size < 3_600) {
            amount = count(size / 60, "minute");
        } else if (size < 86_400) {
            amount = count(size / 3_600, "hour");
        } else if (size < 30 * 86_400L) {
            amount = count(size / 86_400, "day");
        } else if (size < 365 * 86_400L) {
            amount = count(size / (30 * 86_400L), "month");
        } else {
            amount = count(size / (365 * 86_400L), "year");
        }
        return seconds > 0 ? "in " + amount : amount + " ago";
    }

    private static String count(long number, String unit) {
        return number + " " + unit + (number == 1 ? "" : "s");
    }
}
