package dev.watchparty.console;

import dev.watchparty.reply.Button;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.Field;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.SelectMenu;
import dev.watchparty.reply.Text;
import dev.watchparty.reply.Texts;
import dev.watchparty.spoiler.Markdown;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints a reply as plain text for a terminal, with the console's own notes in its reader's language. Discord's
 * spoiler tags become {@code [spoiler: …]}, so a reader sees exactly which parts Discord would hide, markdown escapes
 * are removed for readability, and Discord's timestamps ({@code <t:1765000000:R>}) become times in the clock's zone,
 * worded in the reader's language, as Discord shows them in the reader's.
 */
final class ConsoleRenderer {

    private static final Pattern TIMESTAMP = Pattern.compile("<t:(-?\\d{1,12})(?::([tTdDfFR]))?>");
    /** Every language the console speaks reads times on a 24-hour clock. */
    private static final String TIME = "HH:mm";

    private static final String DEFAULT_STYLE = "f";

    private final Clock clock;
    private final Locale language;
    /** A formatter for each of Discord's timestamp styles but "R". */
    private final Map<String, DateTimeFormatter> styles;

    /** {@code clock} gives the zone times are shown in, and "now" for relative ones. */
    ConsoleRenderer(Clock clock, Locale language) {
        this.clock = clock;
        this.language = language;
        String longDate = text(ConsoleText.LONG_DATE);
        this.styles = Map.of(
                "t",
                format(TIME),
                "T",
                format(TIME + ":ss"),
                "d",
                format(text(ConsoleText.SHORT_DATE)),
                "D",
                format(longDate),
                DEFAULT_STYLE,
                format(longDate + " " + TIME),
                "F",
                format(text(ConsoleText.WEEKDAY_AND_LONG_DATE) + " " + TIME));
    }

    String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        out.append('(')
                .append(text(reply.ephemeral() ? ConsoleText.ONLY_YOU : ConsoleText.POSTED_IN_CHANNEL))
                .append(")\n");
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
            out.append("   (").append(text(ConsoleText.PRESS_HINT)).append(")\n");
        }
        reply.optionalMenu().ifPresent(menu -> appendMenu(out, menu));
        return out.toString();
    }

    private void appendCard(StringBuilder out, Card card) {
        if (card.frame() == Card.Frame.SPOILER_CONTAINER) {
            out.append('(').append(text(ConsoleText.WHOLE_CARD_SPOILER)).append(")\n");
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
        out.append(readable(menu.placeholder() == null ? text(ConsoleText.CHOOSE_ONE) : menu.placeholder()))
                .append(":\n");
        for (int i = 0; i < menu.options().size(); i++) {
            out.append("  <")
                    .append(i + 1)
                    .append("> ")
                    .append(menu.options().get(i).label())
                    .append('\n');
        }
        out.append("   (").append(text(ConsoleText.PICK_HINT)).append(")\n");
    }

    /**
     * Turns {@code ||text||} into {@code [spoiler: text]}, honouring escapes, each Discord timestamp into a readable
     * time, then removes the escapes and bold marks.
     */
    String readable(String discordText) {
        discordText = TIMESTAMP.matcher(discordText).replaceAll(timestamp -> Matcher.quoteReplacement(time(timestamp)));
        StringBuilder out = new StringBuilder();
        StringBuilder hidden = null; // the text between spoiler bars, while reading it
        for (int i = 0; i < discordText.length(); i++) {
            char c = discordText.charAt(i);
            StringBuilder into = hidden == null ? out : hidden;
            if (c == '\\' && i + 1 < discordText.length()) {
                into.append(c).append(discordText.charAt(++i));
            } else if (c == '|' && i + 1 < discordText.length() && discordText.charAt(i + 1) == '|') {
                if (hidden == null) {
                    hidden = new StringBuilder();
                } else {
                    out.append('[')
                            .append(text(ConsoleText.SPOILER, hidden.toString()))
                            .append(']');
                    hidden = null;
                }
                i++;
            } else {
                into.append(c);
            }
        }
        if (hidden != null) {
            out.append("||").append(hidden); // bars never closed: Discord shows them as typed
        }
        return Markdown.unescape(out.toString().replaceAll("(?<!\\\\)\\*\\*", ""));
    }

    /** A timestamp in the style it asks for (Discord's default is a date and time); "R" is relative to now. */
    private String time(MatchResult timestamp) {
        Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp.group(1)));
        String style = timestamp.group(2) == null ? DEFAULT_STYLE : timestamp.group(2);
        if (style.equals("R")) {
            return relative(at);
        }
        return styles.get(style).format(at.atZone(clock.getZone()));
    }

    /** "in 20 seconds", "3 minutes ago": the largest whole unit, as Discord words a relative time. */
    private String relative(Instant at) {
        long seconds = Duration.between(clock.instant(), at).toSeconds();
        long size = Math.abs(seconds);
        if (size == 0) {
            return text(ConsoleText.NOW);
        }
        return Text.of(seconds > 0 ? ConsoleText.FROM_NOW : ConsoleText.AGO, amount(size))
                .in(language);
    }

    private static Text amount(long seconds) {
        if (seconds < 60) {
            return Text.of(ConsoleText.SECONDS, seconds);
        } else if (seconds < 3_600) {
            return Text.of(ConsoleText.MINUTES, seconds / 60);
        } else if (seconds < 86_400) {
            return Text.of(ConsoleText.HOURS, seconds / 3_600);
        } else if (seconds < 30 * 86_400L) {
            return Text.of(ConsoleText.DAYS, seconds / 86_400);
        } else if (seconds < 365 * 86_400L) {
            return Text.of(ConsoleText.MONTHS, seconds / (30 * 86_400L));
        }
        return Text.of(ConsoleText.YEARS, seconds / (365 * 86_400L));
    }

    private DateTimeFormatter format(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, language);
    }

    private String text(ConsoleText key, Object... arguments) {
        return Texts.format(language, key, arguments);
    }
}
