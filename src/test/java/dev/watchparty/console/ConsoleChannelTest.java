package dev.watchparty.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Texts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The console's pretend channel: what the bot posts on its own, and how times read in a terminal. */
class ConsoleChannelTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ConsoleChannel channel = new ConsoleChannel(
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            Clock.fixed(NOW, ZoneId.of("Europe/Paris")),
            Locale.ENGLISH);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Reply posted(String content) {
        return new Reply(content, null, List.of(), null, false);
    }

    @Test
    @DisplayName(
            "GIVEN the reader at the prompt WHEN a trivia question is posted in the background THEN it prints on its own line and the prompt comes back")
    void promptComesBackAfterABackgroundPost() {
        channel.prompt();

        channel.post("console", posted("Question 1"));

        assertEquals("> \n[posted in the channel]\n(posted in the channel)\nQuestion 1\n> ", printed());
    }

    @Test
    @DisplayName("GIVEN a command being answered WHEN it posts in the channel THEN no prompt is printed in between")
    void noPromptWhileAnswering() {
        channel.prompt();
        channel.answering();

        channel.post("console", posted("The party started."));

        assertEquals("> [posted in the channel]\n(posted in the channel)\nThe party started.\n", printed());
    }

    @Test
    @DisplayName(
            "GIVEN Discord timestamps of every style WHEN shown in the console THEN each reads as a time in the reader's zone")
    void timestampsAreReadable() {
        long inTwentySeconds = NOW.getEpochSecond() + 20;
        long twoHoursAgo = NOW.getEpochSecond() - 7_200;

        String shown = channel.show(posted("Closes <t:" + inTwentySeconds + ":R>; started <t:" + twoHoursAgo
                + ":R>; opens <t:" + inTwentySeconds + ":F>, <t:" + inTwentySeconds + ">, <t:" + inTwentySeconds
                + ":D>, <t:" + inTwentySeconds + ":d> at <t:" + inTwentySeconds + ":t> (<t:" + inTwentySeconds
                + ":T>); as of <t:" + NOW.getEpochSecond() + ":R>"));

        assertEquals(
                "(posted in the channel)\nCloses in 20 seconds; started 2 hours ago; opens Sunday, 22 November 2026 13:00,"
                        + " 22 November 2026 13:00, 22 November 2026, 2026-11-22 at 13:00 (13:00:20); as of now\n",
                shown);
    }

    private static ConsoleChannel channelIn(Locale language, ByteArrayOutputStream printed) {
        return new ConsoleChannel(
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneId.of("Europe/Paris")),
                language);
    }

    @Test
    @DisplayName(
            "GIVEN a reader of German WHEN Discord timestamps are shown THEN dates, weekdays and relative times read as in German")
    void timestampsInGerman() {
        ConsoleChannel german = channelIn(Locale.GERMAN, new ByteArrayOutputStream());
        long inTwentySeconds = NOW.getEpochSecond() + 20;

        String shown = german.show(posted("<t:" + inTwentySeconds + ":R>; <t:" + (NOW.getEpochSecond() - 3 * 86_400)
                + ":R>; <t:" + (NOW.getEpochSecond() - 60) + ":R>; <t:" + inTwentySeconds + ":F>; <t:"
                + inTwentySeconds + ":d>"));

        assertEquals(
                "(im Kanal gepostet)\nin 20 Sekunden; vor 3 Tagen; vor 1 Minute; Sonntag, 22. November 2026 13:00;"
                        + " 22.11.2026\n",
                shown);
    }

    @TestFactory
    @DisplayName(
            "GIVEN each language WHEN every timestamp style is shown THEN each is a time in that language, the month named in it")
    Stream<DynamicTest> timestampsInEveryLanguage() {
        long at = NOW.getEpochSecond() + 20;
        return Texts.LANGUAGES.stream()
                .map(language -> DynamicTest.dynamicTest(language.toLanguageTag(), () -> {
                    String shown = channelIn(language, new ByteArrayOutputStream())
                            .show(posted("<t:" + at + ":F> <t:" + at + "> <t:" + at + ":D> <t:" + at + ":d> <t:" + at
                                    + ":t> <t:" + at + ":T> <t:" + at + ":R>"));

                    assertFalse(shown.contains("<t:"), shown);
                    assertTrue(shown.contains(Month.NOVEMBER.getDisplayName(TextStyle.FULL, language)), shown);
                    assertTrue(shown.contains(DayOfWeek.SUNDAY.getDisplayName(TextStyle.FULL, language)), shown);
                    assertTrue(shown.contains("2026"), shown);
                    assertTrue(shown.contains("13:00:20"), shown);
                }));
    }

    @Test
    @DisplayName(
            "GIVEN a reader of French WHEN the bot posts, edits and removes in the channel THEN the console says so in French")
    void channelNotesInFrench() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ConsoleChannel french = channelIn(Locale.FRENCH, printed);

        french.post("console", posted("Question ||1||"));
        french.edit("console", "1", posted("Question 1"));
        french.remove("console", "1");

        assertEquals(
                "[publié dans le salon]\n(publié dans le salon)\nQuestion [spoiler : 1]\n"
                        + "[message 1 modifié]\n(publié dans le salon)\nQuestion 1\n"
                        + "[message 1 supprimé]\n",
                printed.toString(StandardCharsets.UTF_8));
    }
}
