package dev.watchparty.party;

import dev.watchparty.command.Choice;
import dev.watchparty.reply.Echo;
import dev.watchparty.reply.Texts;
import dev.watchparty.reply.UserInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocpsoft.prettytime.nlp.PrettyTimeParser;
import org.ocpsoft.prettytime.nlp.parse.DateGroup;

/**
 * Reads a party time as people type it ("friday 8pm", "tomorrow 20:30", "in 2h", "2026-12-05 20:00") in the
 * reader's time zone, with prettytime-nlp. A time counts only if the library read the whole text as one moment:
 * it also finds times inside longer text ("in 99999 hours" holds "999 hours"), and taking those would schedule
 * some other time than the one typed. A party is planned from now to a year ahead. The library reads English
 * alone, so whatever the reader's language the times are typed in English; what is shown of how a time was read
 * (in a refusal, on a suggestion) is written in the reader's language.
 */
final class WhenParser {

    /** The longest text {@code when:} takes; longer text is not worth reading for a suggestion either. */
    static final int MAX_LENGTH = 40;

    /** What the suggestions offer before anything is typed, and complete as it is typed. */
    private static final List<String> EXAMPLES = List.of(
            "tonight 8pm",
            "tomorrow 8pm",
            "friday 8pm",
            "saturday 8pm",
            "sunday 3pm",
            "next friday 8pm",
            "in 1 hour",
            "in 2 hours",
            "in 30 minutes");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    // the library reads one spelled-out unit ("in 2 hours", "in 90 minutes"); people also type "2h", "90m", "1h 30m"
    private static final Pattern HOURS_AND_MINUTES = Pattern.compile(
            "\\b(\\d+)\\s*h(?:ours?|rs?)?\\s*(?:and\\s+)?(\\d+)\\s*m(?:in(?:ute)?s?)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOURS = Pattern.compile("\\b(\\d+)\\s*h(?:rs?)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MINUTES = Pattern.compile("\\b(\\d+)\\s*m(?:ins?)?\\b", Pattern.CASE_INSENSITIVE);

    private WhenParser() {}

    /**
     * The moment typed, read in {@code zone}; a refusal that says why if it is unreadable, past or too far ahead.
     * {@code language} is the reader's, which the moment a refusal shows is written in.
     */
    static Instant parse(String typed, ZoneId zone, Clock clock, Locale language) {
        Instant now = clock.instant();
        Instant when = read(typed, zone, now)
                .orElseThrow(() -> new UserInputException(PartyText.WHEN_UNREADABLE, Echo.quote(typed), zone.getId()));
        if (!when.isAfter(now)) {
            throw new UserInputException(PartyText.WHEN_PASSED, local(when, zone, language));
        }
        if (when.isAfter(latest(now, zone))) {
            throw new UserInputException(PartyText.WHEN_TOO_FAR, local(when, zone, language));
        }
        return when;
    }

    /**
     * Suggestions for {@code when:}: what is typed, if it is a time the option takes, then the examples that start
     * with it; each labelled with the moment it means in {@code zone}, written in the reader's {@code language}, so a
     * reader sees how it will be read.
     */
    static List<Choice> suggestions(String typed, ZoneId zone, Clock clock, Locale language) {
        String start = typed.strip().toLowerCase(Locale.ROOT);
        if (start.length() > MAX_LENGTH) {
            return List.of();
        }
        List<String> candidates = new ArrayList<>();
        if (!start.isEmpty() && !EXAMPLES.contains(start)) {
            candidates.add(typed.strip());
        }
        EXAMPLES.stream().filter(example -> example.startsWith(start)).forEach(candidates::add);
        Instant now = clock.instant();
        return candidates.stream()
                .flatMap(text -> read(text, zone, now)
                        .filter(when -> when.isAfter(now) && !when.isAfter(latest(now, zone)))
                        .map(when -> new Choice(
                                Texts.format(
                                        language,
                                        PartyText.WHEN_SUGGESTION,
                                        text,
                                        local(when, zone, language),
                                        zone.getId()),
                                text))
                        .stream())
                .toList();
    }

    private static Instant latest(Instant now, ZoneId zone) {
        return now.atZone(zone).plusYears(1).toInstant();
    }

    /** The moment as the clock on the wall in {@code zone} shows it, in the reader's {@code language}. */
    private static String local(Instant when, ZoneId zone, Locale language) {
        return DateTimeFormatter.ofPattern(Texts.format(language, PartyText.MOMENT), language)
                .format(when.atZone(zone));
    }

    /** The one moment the whole text means, if it means one. */
    private static Optional<Instant> read(String typed, ZoneId zone, Instant now) {
        String text = spelledOut(SPACES.matcher(typed.strip()).replaceAll(" "));
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            PrettyTimeParser parser = new PrettyTimeParser(TimeZone.getTimeZone(zone));
            List<DateGroup> groups = parser.parseSyntax(text);
            if (groups.size() != 1
                    || !groups.get(0).getText().equals(text)
                    || groups.get(0).isRecurring()
                    || groups.get(0).getDates().size() != 1) {
                return Optional.empty();
            }
            List<Date> dates = parser.parse(text, Date.from(now));
            return dates.size() == 1 ? Optional.of(dates.get(0).toInstant()) : Optional.empty();
        } catch (RuntimeException unreadable) {
            // the grammar gives up on some text by throwing rather than finding nothing: unreadable all the same
            return Optional.empty();
        }
    }

    /** "in 1h 30m" as "in 90 minutes", "2h" as "2 hours", "45m" as "45 minutes": units the library reads. */
    private static String spelledOut(String text) {
        Matcher both = HOURS_AND_MINUTES.matcher(text);
        StringBuilder out = new StringBuilder();
        while (both.find()) {
            String minutes;
            try {
                minutes = Long.toString(Math.addExact(
                        Math.multiplyExact(Long.parseLong(both.group(1)), 60), Long.parseLong(both.group(2))));
            } catch (ArithmeticException | NumberFormatException tooLarge) {
                return text; // left as typed, which the library then does not read whole
            }
            both.appendReplacement(out, minutes + " minutes");
        }
        both.appendTail(out);
        String minutesOnly = MINUTES.matcher(out.toString()).replaceAll("$1 minutes");
        return HOURS.matcher(minutesOnly).replaceAll("$1 hours");
    }
}
