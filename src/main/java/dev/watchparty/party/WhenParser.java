package dev.watchparty.party;

import dev.watchparty.reply.Echo;
import dev.watchparty.reply.UserInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a party time: an ISO date-time with an offset, a "yyyy-MM-dd HH:mm" taken as UTC, or "in 2h 30m". */
final class WhenParser {

    private static final Pattern RELATIVE =
            Pattern.compile("in\\s+(?:(\\d+)\\s*h(?:ours?)?)?\\s*(?:(\\d+)\\s*m(?:in(?:utes?)?)?)?");
    private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WhenParser() {}

    static Instant parse(String typed, Clock clock) {
        String text = typed.strip().toLowerCase(Locale.ROOT);
        Matcher relative = RELATIVE.matcher(text);
        if (relative.matches() && (relative.group(1) != null || relative.group(2) != null)) {
            long hours = relative.group(1) == null ? 0 : Long.parseLong(relative.group(1));
            long minutes = relative.group(2) == null ? 0 : Long.parseLong(relative.group(2));
            return clock.instant().plus(Duration.ofHours(hours).plusMinutes(minutes));
        }
        try {
            return OffsetDateTime.parse(typed.strip()).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(typed.strip(), PLAIN).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notPlain) {
                throw new UserInputException("I can't read the time " + Echo.quote(typed) + ". Try 2026-12-05 20:00 "
                        + "(UTC), 2026-12-05T20:00+01:00, or in 2h 30m.");
            }
        }
    }
}
