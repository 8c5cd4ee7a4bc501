package dev.watchparty.party;

import static java.util.Locale.ENGLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.command.Choice;
import dev.watchparty.reply.UserInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Times as people type them, read in their zone at a fixed moment: Sunday 22 November 2026, 12:00 UTC. */
class WhenParserTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({
        "friday 8pm, Europe/Berlin, 2026-11-27T19:00:00Z",
        "Friday 8 PM, Europe/Berlin, 2026-11-27T19:00:00Z",
        "friday 8pm, America/New_York, 2026-11-28T01:00:00Z",
        "friday 8pm, UTC, 2026-11-27T20:00:00Z",
        "tomorrow 20:30, Europe/Berlin, 2026-11-23T19:30:00Z",
        "in 2h, Europe/Berlin, 2026-11-22T14:00:00Z",
        "in 2 hours, Asia/Tokyo, 2026-11-22T14:00:00Z",
        "in 1h 30m, Europe/Berlin, 2026-11-22T13:30:00Z",
        "in 45 min, Europe/Berlin, 2026-11-22T12:45:00Z",
        "2026-12-05 20:00, Europe/Berlin, 2026-12-05T19:00:00Z",
        "2027-06-05 20:00, Europe/Berlin, 2027-06-05T18:00:00Z",
        "2026-12-05T20:00+01:00, America/New_York, 2026-12-05T19:00:00Z",
    })
    @DisplayName("GIVEN a time as typed and a zone WHEN read THEN it is that moment, daylight saving included")
    void readsTimes(String typed, String zone, String expected) {
        assertEquals(Instant.parse(expected), WhenParser.parse(typed, ZoneId.of(zone), CLOCK, ENGLISH));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "in 9999999999999999999999h",
                "in 99999 hours",
                "2026-13-45 20:00",
                "friday or saturday",
                "every friday",
                "banana",
                "S1E3",
                "   ",
                "freitag 20 uhr"
            })
    @DisplayName("GIVEN text that is not one whole moment WHEN read THEN a friendly refusal quotes it")
    void refusesWhatItCannotReadWhole(String typed) {
        UserInputException refusal =
                assertThrows(UserInputException.class, () -> WhenParser.parse(typed, BERLIN, CLOCK, ENGLISH));
        assertTrue(refusal.getMessage().startsWith("I can't read “"), refusal.getMessage());
        assertTrue(refusal.getMessage().endsWith("(read in Europe/Berlin)."), refusal.getMessage());
    }

    @Test
    @DisplayName("GIVEN a time with a mention in it WHEN refused THEN the quote is escaped")
    void refusalEscapes() {
        String refusal = assertThrows(
                        UserInputException.class, () -> WhenParser.parse("<@123> @everyone", BERLIN, CLOCK, ENGLISH))
                .getMessage();
        assertTrue(refusal.contains("“\\<\\@123\\> \\@everyone”"), refusal);
    }

    @Test
    @DisplayName("GIVEN a past time or one more than a year ahead WHEN read THEN it is refused, saying how it was read")
    void bounds() {
        assertEquals(
                "I read that as Sat 21 Nov 2026, 20:00, which has passed: pick a time in the future.",
                assertThrows(UserInputException.class, () -> WhenParser.parse("yesterday 8pm", BERLIN, CLOCK, ENGLISH))
                        .getMessage());
        assertThrows(UserInputException.class, () -> WhenParser.parse("now", BERLIN, CLOCK, ENGLISH));
        assertTrue(assertThrows(UserInputException.class, () -> WhenParser.parse("in 400 days", BERLIN, CLOCK, ENGLISH))
                .getMessage()
                .endsWith("more than a year ahead: plan parties within the next year."));
        assertEquals(
                NOW.plus(Duration.ofDays(365)),
                WhenParser.parse("in 365 days", BERLIN, CLOCK, ENGLISH),
                "a year ahead is fine");
    }

    @Test
    @DisplayName(
            "GIVEN nothing typed, or the start of an example WHEN suggested THEN each suggestion is a time the option takes, labelled as read")
    void suggestionsAreAccepted() {
        List<Choice> all = WhenParser.suggestions("", BERLIN, CLOCK, ENGLISH);
        assertFalse(all.isEmpty());
        for (Choice choice : all) {
            Instant when = WhenParser.parse(choice.value(), BERLIN, CLOCK, ENGLISH);
            assertTrue(when.isAfter(NOW), choice.toString());
        }
        List<Choice> friday = WhenParser.suggestions("fri", BERLIN, CLOCK, ENGLISH);
        assertEquals(
                List.of(
                        new Choice("fri → Fri 27 Nov 2026, 13:00 (Europe/Berlin)", "fri"),
                        new Choice("friday 8pm → Fri 27 Nov 2026, 20:00 (Europe/Berlin)", "friday 8pm")),
                friday,
                "what is typed, as it reads, then the examples it starts");
        assertEquals(
                List.of(new Choice("tomorrow 20:30 → Mon 23 Nov 2026, 20:30 (Europe/Berlin)", "tomorrow 20:30")),
                WhenParser.suggestions("tomorrow 20:30", BERLIN, CLOCK, ENGLISH));
        assertEquals(
                List.of(),
                WhenParser.suggestions("yesterday 8pm", BERLIN, CLOCK, ENGLISH),
                "a past time is not offered");
        assertEquals(List.of(), WhenParser.suggestions("S1E3", BERLIN, CLOCK, ENGLISH), "nor an episode");
    }

    @Test
    @DisplayName(
            "GIVEN readers in German and Brazilian Portuguese WHEN a time is refused or suggested THEN it is in their language, saying times are read in English, with the moment as they write dates")
    void readersLanguage() {
        Locale german = Locale.GERMAN;
        Locale brazilian = Locale.forLanguageTag("pt-BR");

        UserInputException passed =
                assertThrows(UserInputException.class, () -> WhenParser.parse("yesterday 8pm", BERLIN, CLOCK, german));
        UserInputException unreadable =
                assertThrows(UserInputException.class, () -> WhenParser.parse("sexta 20h", BERLIN, CLOCK, brazilian));

        assertEquals(
                "Ich habe das als Sa., 21. Nov. 2026, 20:00 gelesen, und das ist schon vorbei: Nimm eine Zeit in der Zukunft.",
                passed.in(german));
        assertEquals(
                "Não consigo ler “sexta 20h” como um momento único. Eu só leio horários em inglês, como `friday 8pm`, "
                        + "`tomorrow 20:30`, `in 2h` ou `2026-12-05 20:00` (lido no fuso Europe/Berlin).",
                unreadable.in(brazilian));
        assertEquals(
                List.of(new Choice("friday 8pm → sex., 27/11/2026, 20:00 (Europe/Berlin)", "friday 8pm")),
                WhenParser.suggestions("friday 8pm", BERLIN, CLOCK, brazilian),
                "the typed text stays English, since that is what the option takes");
    }
}
