package dev.watchparty.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.TestPacks;
import dev.watchparty.discord.fake.ComponentCall;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.MessageView;
import dev.watchparty.discord.fake.RecordedRequest;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.pack.TriviaQuestion;
import dev.watchparty.spoiler.Markdown;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole trivia round through the real JDA on the fake Discord: two players, a double click and a late click,
 * then a second round cut short by a restart, and the leaderboard over both.
 */
class TriviaEndToEndTest {

    private static final long ALICE = 300_000_000_000_000_201L;
    private static final long BOB = 300_000_000_000_000_202L;
    private static final Duration QUESTION_TIME = Duration.ofSeconds(10);

    /** A question the bot posted: its buttons' ids and which of them is right. */
    private record PostedQuestion(int number, List<String> buttonIds, int correct) {
        String right() {
            return buttonIds.get(correct);
        }

        String wrong() {
            return buttonIds.get((correct + 1) % buttonIds.size());
        }
    }

    private static List<PostedQuestion> questionsSoFar(FakeDiscord discord, int atLeast) {
        long deadline = System.nanoTime() + BotOnFakeDiscord.WAIT.toNanos();
        while (true) {
            List<PostedQuestion> questions = new ArrayList<>();
            for (RecordedRequest post : discord.requests()) {
                if (post.is("POST", "/channels/\\d+/messages")
                        && MessageView.of(post.json()).title().startsWith("Question ")) {
                    questions.add(parse(post.json()));
                }
            }
            if (questions.size() >= atLeast || System.nanoTime() > deadline) {
                assertTrue(questions.size() >= atLeast, "question " + atLeast + " was never posted");
                return questions;
            }
            Thread.onSpinWait();
        }
    }

    private static PostedQuestion parse(JsonNode posted) {
        MessageView message = MessageView.of(posted);
        assertTrue(message.componentsV2(), "a question is a Components V2 message");
        String description = message.text();
        int number = Integer.parseInt(message.title().replaceAll("Question (\\d+) of.*", "$1"));
        TriviaQuestion question = TestPacks.shipped().trivia().stream()
                .filter(candidate -> description.contains(Markdown.escape(candidate.question())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not a pack question: " + description));
        List<String> ids = new ArrayList<>();
        int correct = -1;
        for (JsonNode button : message.buttons()) {
            if (button.path("label").asText().endsWith(" · " + question.answer())) {
                correct = ids.size();
            }
            ids.add(button.path("custom_id").asText());
        }
        assertTrue(correct >= 0, "the right answer is one of the buttons");
        return new PostedQuestion(number, ids, correct);
    }

    private static String click(FakeDiscord discord, long user, String customId) {
        JsonNode callback = discord.sendComponent(
                        ComponentCall.button(customId).user(user, user == ALICE ? "alice" : "bob"))
                .awaitCallback(BotOnFakeDiscord.WAIT);
        assertEquals(64, callback.path("data").path("flags").asInt() & 64, "answers are acknowledged privately");
        return callback.path("data").path("content").asText();
    }

    private static long edits(FakeDiscord discord) {
        return discord.requests().stream()
                .filter(request -> request.is("PATCH", "/channels/\\d+/messages/\\d+"))
                .count();
    }

    @Test
    @DisplayName(
            "GIVEN two players WHEN they play a 3-question round, then a second round is cut by a restart THEN every score stands and the leaderboard sums both")
    void wholeRoundThenRestart(@TempDir Path folder) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start();
                BotOnFakeDiscord bot = new BotOnFakeDiscord(discord, folder.resolve("bot.db"))) {
            bot.call(SlashCommandCall.of("progress")
                    .subcommand("set")
                    .user(ALICE, "alice")
                    .option("episode", "S1E3"));
            JsonNode header = bot.call(SlashCommandCall.of("trivia")
                    .subcommand("start")
                    .user(ALICE, "alice")
                    .option("questions", 3L)
                    .option("seconds", QUESTION_TIME.toSeconds()));
            String headerText = MessageView.ofCallback(header).text();
            assertTrue(headerText.contains("Spoiler cap: **the premise only** (this channel's level)"), headerText);
            String join = MessageView.ofCallback(header).customIds().get(0);
            assertEquals("You're in: answer with the buttons under each question.", click(discord, BOB, join));

            // question 1: Alice right; Bob wrong, then a second click that cannot change it
            PostedQuestion first = questionsSoFar(discord, 1).get(0);
            assertEquals("Locked in: " + (char) ('A' + first.correct()) + ".", click(discord, ALICE, first.right()));
            assertTrue(click(discord, BOB, first.wrong()).startsWith("Locked in:"));
            assertTrue(click(discord, BOB, first.right()).contains("your first answer counts"));

            // question 2: only Alice answers; the timer closes it; Bob's click comes too late
            PostedQuestion second = questionsSoFar(discord, 2).get(1);
            click(discord, ALICE, second.right());
            long editsBefore = edits(discord);
            long deadline = System.nanoTime() + QUESTION_TIME.plusSeconds(5).toNanos();
            while (edits(discord) == editsBefore && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            // the question's message shows the answer and who got it, edited in place and still Components V2
            RecordedRequest reveal = discord.requests().stream()
                    .filter(request -> request.is("PATCH", "/channels/\\d+/messages/\\d+"))
                    .reduce((earlier, later) -> later)
                    .orElseThrow();
            assertEquals(200, reveal.status(), "the fake took the edit");
            MessageView revealed = MessageView.of(reveal.json());
            assertTrue(revealed.componentsV2(), revealed::toString);
            assertTrue(revealed.text().contains("Got it: alice (+"), revealed::toString);
            assertEquals("Sorry, that question has closed.", click(discord, BOB, second.right()));

            // question 3: both right, which reveals it at once and ends the round
            PostedQuestion third = questionsSoFar(discord, 3).get(2);
            click(discord, BOB, third.right());
            click(discord, ALICE, third.right());
            String lines =
                    awaitPostTitled(discord, "Trivia over").part("Standings").orElseThrow();
            assertTrue(lines.startsWith("1. alice: "), lines);
            assertTrue(lines.contains("(3/3 right"), lines);
            assertTrue(
                    lines.contains("2. bob: ") && lines.contains("(1/2 right"),
                    "the late click scored nothing: " + lines);

            // a second round: one answer scored, then the bot restarts mid-round
            bot.call(SlashCommandCall.of("trivia")
                    .subcommand("start")
                    .user(ALICE, "alice")
                    .option("questions", 5L)
                    .option("seconds", QUESTION_TIME.toSeconds()));
            PostedQuestion next = questionsSoFar(discord, 4).get(3);
            click(discord, BOB, next.right());
            bot.restart();
            MessageView interrupted = awaitPostTitled(discord, "Trivia interrupted");
            assertTrue(
                    interrupted.part("Standings").orElseThrow().startsWith("1. bob: "),
                    "Bob's answer before the restart still counts");
            assertEquals("This round has ended.", click(discord, ALICE, next.right()));

            JsonNode board = bot.call(
                    SlashCommandCall.of("trivia").subcommand("leaderboard").user(ALICE, "alice"));
            String boardLines = MessageView.ofCallback(board).part("Standings").orElseThrow();
            assertTrue(boardLines.contains("alice") && boardLines.contains("bob"), boardLines);
            assertTrue(boardLines.contains("(2/3 right"), "Bob: one right in each round, one wrong: " + boardLines);
            assertFalse(boardLines.contains("||"));
        }
    }

    private static MessageView awaitPostTitled(FakeDiscord discord, String title) throws InterruptedException {
        long deadline = System.nanoTime() + BotOnFakeDiscord.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (RecordedRequest post : discord.requests()) {
                MessageView message = MessageView.of(post.json());
                if (post.is("POST", "/channels/\\d+/messages")
                        && message.title().equals(title)) {
                    return message;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no message titled " + title);
    }
}
