package dev.watchparty.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.watchparty.reply.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The console's pretend channel: what the bot posts on its own, and how times read in a terminal. */
class ConsoleChannelTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ConsoleChannel channel = new ConsoleChannel(
            new PrintStream(bytes, true, StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneId.of("Europe/Paris")));

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
}
