package dev.watchparty.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.discord.fake.ComponentCall;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.MessageView;
import dev.watchparty.discord.fake.RecordedRequest;
import dev.watchparty.discord.fake.SlashCommandCall;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A watch party through the real JDA on the fake Discord, from start to summary, across a restart. */
class PartyEndToEndTest {

    private static final long HOST = 300_000_000_000_000_301L;
    private static final long EARLY = 300_000_000_000_000_302L;
    private static final long LATE = 300_000_000_000_000_303L;

    private static List<String> buttonIds(JsonNode message) {
        return MessageView.of(message).customIds();
    }

    private static String id(List<String> ids, String prefix) {
        return ids.stream().filter(id -> id.startsWith(prefix)).findFirst().orElseThrow();
    }

    private static String text(JsonNode callback) {
        return MessageView.ofCallback(callback).text();
    }

    private static SlashCommandCall party(String subcommand, long user) {
        return SlashCommandCall.of("party")
                .subcommand(subcommand)
                .user(user, user == HOST ? "host" : user == EARLY ? "early" : "late");
    }

    @Test
    @DisplayName(
            "GIVEN a party WHEN members join, it moves on twice, runs a quiz, restarts and ends THEN every step holds and the summary adds it up")
    void wholeParty(@TempDir Path folder) {
        try (FakeDiscord discord = FakeDiscord.start();
                BotOnFakeDiscord bot = new BotOnFakeDiscord(discord, folder.resolve("bot.db"))) {
            JsonNode card = bot.call(party("start", HOST).option("name", "Friday ballet"));
            assertEquals(0, card.path("data").path("flags").asInt() & 64, "the party card is public");
            assertTrue(MessageView.ofCallback(card).componentsV2(), "the party card is a Components V2 message");
            List<String> buttons = buttonIds(card.path("data"));
            String join = id(buttons, "party:join:");

            Interaction early = discord.sendComponent(ComponentCall.button(join).user(EARLY, "early"));
            JsonNode welcome = early.awaitCallback(BotOnFakeDiscord.WAIT);
            assertTrue(text(welcome).contains("How far have you watched?"), text(welcome));

            JsonNode firstBreak = bot.call(party("next", HOST));
            assertTrue(
                    text(firstBreak).contains("Up next: S1E2\n"),
                    "past every reader, the next title is left out: " + text(firstBreak));
            assertFalse(text(firstBreak).contains("Range of Motion"), text(firstBreak));
            JsonNode secondBreak = bot.call(party("next", HOST));
            assertTrue(text(secondBreak).contains("Previously on S1E2"), text(secondBreak));
            String quiz = id(buttonIds(secondBreak.path("data")), "party:trivia:");

            String earlyProgress = text(
                    bot.call(SlashCommandCall.of("progress").subcommand("show").user(EARLY, "early")));
            assertTrue(
                    earlyProgress.contains("through S1E2"), "a member's progress followed the party: " + earlyProgress);

            // a late joiner who has watched only S1E1
            Interaction late = discord.sendComponent(ComponentCall.button(join).user(LATE, "late"));
            JsonNode question = late.awaitCallback(BotOnFakeDiscord.WAIT);
            String menu = buttonIds(question.path("data")).get(0);
            JsonNode catchUp = discord.sendComponent(ComponentCall.select(menu, "S1E1")
                            .user(LATE, "late")
                            .onMessage(late.responseMessage()))
                    .awaitCallback(BotOnFakeDiscord.WAIT);
            assertEquals(64, catchUp.path("data").path("flags").asInt() & 64, "the catch-up is private");
            assertTrue(text(catchUp).contains("The party is 1 episode ahead of you (S1E2)"), text(catchUp));
            assertFalse(text(catchUp).contains("S1E2 · "), "nothing of S1E2 in the catch-up: " + text(catchUp));

            // a public bio in the party's channel: plain up to S1E2, later facts tagged
            bot.call(SlashCommandCall.of("progress")
                    .subcommand("set")
                    .user(EARLY, "early")
                    .option("episode", "S1E5"));
            String bio = text(bot.call(
                    SlashCommandCall.of("character").user(EARLY, "early").option("name", "bette")));
            assertFalse(bio.contains("S1E2: ||"), "S1E2 is the channel's level now: plain: " + bio);
            // a later fact is tagged after its episode label, and after a CW label when it carries a warning
            assertTrue(
                    Pattern.compile("S1E[45](?: · CW: [^|]+)?: \\|\\|")
                            .matcher(bio)
                            .find(),
                    "later facts stay tagged: " + bio);

            // the quick trivia round on S1E2
            JsonNode quizHeader = discord.sendComponent(
                            ComponentCall.button(quiz).user(HOST, "host"))
                    .awaitCallback(BotOnFakeDiscord.WAIT);
            assertTrue(text(quizHeader).contains("questions from S1E2 only"), text(quizHeader));
            JsonNode firstQuestion = awaitQuestion(discord);
            String anyChoice = buttonIds(firstQuestion).get(0);
            discord.sendComponent(ComponentCall.button(anyChoice).user(HOST, "host"))
                    .awaitCallback(BotOnFakeDiscord.WAIT);
            bot.call(SlashCommandCall.of("trivia").subcommand("stop").user(HOST, "host"));
            String cohost = text(bot.call(party("cohost", HOST).userOption("user", EARLY)));
            assertTrue(cohost.contains("Done: user" + EARLY + " can now run the party too."), cohost);

            bot.restart();
            String status = text(bot.call(party("status", HOST)));
            assertTrue(status.contains("finished S1E2"), "the party resumed where it was: " + status);
            assertTrue(status.contains("host, early, late"), status);
            assertTrue(status.contains("Co-host\nuser" + EARLY), "named as the server shows them: " + status);

            JsonNode summary = bot.call(party("end", HOST));
            String summaryText = text(summary);
            assertTrue(summaryText.contains("Party over"), summaryText);
            assertTrue(summaryText.contains("2 (through S1E2)"), summaryText);
            assertTrue(summaryText.contains("Trivia\n1. host: "), summaryText);
            assertTrue(text(bot.call(party("status", HOST))).contains("No party is running"));
        }
    }

    private static JsonNode awaitQuestion(FakeDiscord discord) {
        long deadline = System.nanoTime() + BotOnFakeDiscord.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (RecordedRequest post : discord.requests()) {
                if (post.is("POST", "/channels/\\d+/messages")
                        && MessageView.of(post.json()).title().startsWith("Question ")) {
                    return post.json();
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no trivia question was posted");
    }
}
