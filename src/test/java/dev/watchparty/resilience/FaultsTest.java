package dev.watchparty.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.DiscordMain;
import dev.watchparty.TestPacks;
import dev.watchparty.config.AppConfig;
import dev.watchparty.discord.DiscordEnvironment;
import dev.watchparty.discord.fake.ComponentCall;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Fault;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.MessageView;
import dev.watchparty.discord.fake.RecordedRequest;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.e2e.BotOnFakeDiscord;
import dev.watchparty.e2e.BotProcess;
import dev.watchparty.pack.TriviaQuestion;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot under faults on the fake Discord: a gateway cut mid-round, bursts of 429s and 502s on the callback route,
 * a SIGKILL of the bot's process mid-round, and a broken pack on /admin reload.
 */
class FaultsTest {

    private static final long ALICE = 300_000_000_000_000_701L;
    private static final String CALLBACK = "/interactions/\\d+/[^/]+/callback";
    private static final Duration WAIT = BotOnFakeDiscord.WAIT;
    /** A child JVM loads JDA and logs in: give it longer than an in-process bot. */
    private static final Duration CHILD_WAIT = Duration.ofSeconds(30);

    /** A question the bot posted: its buttons' ids and which of them is right. */
    private record PostedQuestion(List<String> buttonIds, int correct) {
        String right() {
            return buttonIds.get(correct);
        }

        String wrong() {
            return buttonIds.get((correct + 1) % buttonIds.size());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName(
            "GIVEN a trivia round with one answer scored WHEN the gateway is cut without a close frame THEN the bot resumes, the round goes on and every score stands")
    void gatewayDropMidRound(@TempDir Path folder) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start();
                BotOnFakeDiscord bot = new BotOnFakeDiscord(discord, folder.resolve("bot.db"))) {
            bot.call(SlashCommandCall.of("trivia")
                    .subcommand("start")
                    .user(ALICE, "alice")
                    .option("questions", 3L)
                    .option("seconds", 20L));
            assertEquals(
                    "Locked in: " + letter(question(discord, 1)),
                    click(discord, question(discord, 1).right()));

            discord.dropConnection();
            discord.awaitResumed(WAIT);

            click(discord, question(discord, 2).right());
            click(discord, question(discord, 3).wrong());
            String lines = awaitPostTitled(discord, "Trivia over", WAIT)
                    .part("Standings")
                    .orElseThrow();
            assertTrue(
                    lines.startsWith("1. alice: ") && lines.contains("(2/3 right"),
                    "the answer before the cut and both after it count: " + lines);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName(
            "GIVEN bursts of 429s then 502s on the callback route WHEN a handful of commands arrive THEN JDA retries and every interaction gets its callback")
    void rateLimitAndBadGatewayBursts(@TempDir Path folder) {
        try (FakeDiscord discord = FakeDiscord.start();
                BotOnFakeDiscord bot = new BotOnFakeDiscord(discord, folder.resolve("bot.db"))) {
            int limited = 3;
            int badGateway = 3;
            discord.inject(Fault.rateLimited("POST", CALLBACK, 0.2).times(limited));
            discord.inject(Fault.status("POST", CALLBACK, 502).times(badGateway));
            List<Interaction> sent = new ArrayList<>();
            for (String command : List.of("help", "show", "help", "show", "help", "show")) {
                sent.add(bot.send(SlashCommandCall.of(command).user(ALICE, "alice")));
            }
            for (Interaction interaction : sent) {
                assertEquals(
                        4,
                        interaction
                                .awaitCallback(Duration.ofSeconds(20))
                                .path("type")
                                .asInt(),
                        "CHANNEL_MESSAGE_WITH_SOURCE, after the retries");
            }
            List<RecordedRequest> callbacks = discord.requests().stream()
                    .filter(request -> request.is("POST", CALLBACK))
                    .toList();
            assertEquals(
                    limited,
                    callbacks.stream()
                            .filter(request -> request.status() == 429)
                            .count(),
                    callbacks::toString);
            assertEquals(
                    badGateway,
                    callbacks.stream()
                            .filter(request -> request.status() == 502)
                            .count(),
                    callbacks::toString);
            assertEquals(
                    sent.size(),
                    callbacks.stream()
                            .filter(request -> request.status() / 100 == 2)
                            .count(),
                    "exactly one accepted callback each: " + callbacks);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @DisplayName(
            "GIVEN the bot as its own process with two answers scored mid-round WHEN it is SIGKILLed and started again on the same database THEN the interrupted round's scores are announced and on the leaderboard")
    void sigkillMidRound(@TempDir Path folder) throws Exception {
        Path config = BotProcess.writeConfig(folder, 1);
        try (FakeDiscord discord = FakeDiscord.start()) {
            Process first = startBot(discord, config, folder.resolve("first.log"));
            try {
                discord.awaitRegisteredCommands(CHILD_WAIT);
                JsonNode header = discord.sendSlashCommand(SlashCommandCall.of("trivia")
                                .subcommand("start")
                                .user(ALICE, "alice")
                                .option("questions", 5L)
                                .option("seconds", 30L))
                        .awaitCallback(CHILD_WAIT);
                assertTrue(MessageView.ofCallback(header).text().contains("Spoiler cap"), header::toString);
                click(discord, question(discord, 1).right());
                click(discord, question(discord, 2).right());
                question(discord, 3); // the round is running on: kill it between questions' answers
            } finally {
                first.destroyForcibly();
                assertTrue(first.waitFor(20, TimeUnit.SECONDS), "the first bot process is gone");
            }
            assertEquals(137, first.exitValue(), "killed by SIGKILL (128 + 9)");

            Process second = startBot(discord, config, folder.resolve("second.log"));
            try {
                String lines = awaitPostTitled(discord, "Trivia interrupted", CHILD_WAIT)
                        .part("Standings")
                        .orElseThrow();
                assertTrue(
                        lines.startsWith("1. alice: ") && lines.contains("(2/2 right"),
                        "both answers scored before the kill count: " + lines);
                JsonNode board = discord.sendSlashCommand(SlashCommandCall.of("trivia")
                                .subcommand("leaderboard")
                                .user(ALICE, "alice"))
                        .awaitCallback(WAIT);
                String boardLines =
                        MessageView.ofCallback(board).part("Standings").orElseThrow();
                assertTrue(boardLines.contains("alice") && boardLines.contains("(2/2 right"), boardLines);
            } finally {
                second.destroyForcibly();
                second.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    /** The fake as the bot's Discord: its token, REST API and gateway. */
    private static DiscordEnvironment on(FakeDiscord discord) {
        return new DiscordEnvironment(
                FakeDiscord.TOKEN,
                Optional.empty(),
                Optional.of(discord.restBaseUrl()),
                Optional.of(discord.gatewayUrl()));
    }

    /** A bot in one process on these packs and this SQLite file, with these operators and a one-second pause. */
    private static AppConfig config(Path packs, Path database, List<String> owners) {
        return new AppConfig(
                new AppConfig.Packs(packs, "tiny-pretty-things"),
                new AppConfig.Storage(database),
                new AppConfig.Discord(0, null, null, owners, null),
                new AppConfig.Health("127.0.0.1", 0),
                new AppConfig.Trivia(1),
                new AppConfig.Party(6));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName(
            "GIVEN a file in the way of the database's folder WHEN the bot starts on Discord THEN the start fails with the reason, though the database opens in the background")
    void databaseThatCannotOpenFailsTheStart(@TempDir Path folder) throws Exception {
        Path inTheWay = folder.resolve("data");
        Files.writeString(inTheWay, "not a folder");
        AppConfig config = config(Path.of("seeds"), inTheWay.resolve("bot.db"), List.of());
        try (FakeDiscord discord = FakeDiscord.start()) {
            StorageException failed = assertThrows(
                    StorageException.class,
                    () -> DiscordMain.start(config, on(discord), Clock.systemUTC())
                            .close());
            assertTrue(failed.getMessage().contains("a file of that name is in the way"), failed.getMessage());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName(
            "GIVEN a pack broken on disk WHEN an operator runs /admin reload on Discord THEN the refusal is private and lists the errors, and /show still answers from the last good pack")
    void brokenPackOnReload(@TempDir Path folder) throws Exception {
        Path packs = folder.resolve("seeds");
        copyTree(Path.of("seeds"), packs);
        AppConfig config = config(packs, folder.resolve("bot.db"), List.of(Long.toString(BotOnFakeDiscord.OWNER_ID)));
        try (FakeDiscord discord = FakeDiscord.start();
                DiscordMain.Running running = DiscordMain.start(config, on(discord), Clock.systemUTC())) {
            running.bot().commandsRegistered().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            Path show = packs.resolve("tiny-pretty-things/show.yaml");
            Files.writeString(
                    show,
                    Files.readString(show)
                            .replace("year: 2020", "year: soon")
                            .replace("network: Netflix", "netwrk: Netflix"));

            JsonNode refused = discord.sendSlashCommand(SlashCommandCall.of("admin")
                            .subcommand("reload")
                            .user(BotOnFakeDiscord.OWNER_ID, "operator"))
                    .awaitCallback(WAIT);
            assertEquals(64, refused.path("data").path("flags").asInt() & 64, "the refusal is private");
            JsonNode embed = refused.path("data").path("embeds").get(0);
            assertEquals(
                    "Reload refused: the current packs stay",
                    embed.path("title").asText());
            String errors = embed.path("fields").get(0).path("value").asText();
            assertTrue(errors.contains("show.yaml") && errors.contains("netwrk") && errors.contains("year"), errors);
            assertTrue(
                    DiscordChecks.problems(refused.path("data")).isEmpty(),
                    DiscordChecks.problems(refused.path("data"))::toString);

            JsonNode shown = discord.sendSlashCommand(
                            SlashCommandCall.of("show").user(ALICE, "alice"))
                    .awaitCallback(WAIT);
            String text = Markdown.unescape(DiscordChecks.text(shown.path("data")));
            assertTrue(text.contains("Netflix, 2020"), "the last good pack is still served: " + text);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @DisplayName(
            "GIVEN the bot as its own process with a deferred reply in flight WHEN it gets SIGTERM THEN it delivers that reply, then exits cleanly")
    void sigtermDeliversTheDeferredReply(@TempDir Path folder) throws Exception {
        Path config = BotProcess.writeConfig(folder, 1);
        try (FakeDiscord discord = FakeDiscord.start()) {
            Process bot = startBot(discord, config, folder.resolve("bot.log"));
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("bot.db"));
                    Statement lock = other.createStatement()) {
                discord.awaitRegisteredCommands(CHILD_WAIT);
                // another process holds the write lock: the save waits in SQLite, so its reply is deferred
                lock.execute("BEGIN EXCLUSIVE");
                Interaction save = discord.sendSlashCommand(SlashCommandCall.of("progress")
                        .subcommand("set")
                        .user(ALICE, "alice")
                        .option("episode", "S1E3"));
                assertEquals(5, save.awaitCallback(CHILD_WAIT).path("type").asInt(), "deferred");
                bot.destroy(); // SIGTERM
                assertFalse(bot.waitFor(500, TimeUnit.MILLISECONDS), "the stop waits for the reply in flight");
                lock.execute("COMMIT");
                JsonNode answered = save.awaitOriginalEdit(CHILD_WAIT);
                assertTrue(answered.path("content").asText().startsWith("Saved"), answered::toString);
                assertTrue(bot.waitFor(30, TimeUnit.SECONDS), "then the process ends");
                assertEquals(143, bot.exitValue(), "ended by the SIGTERM (128 + 15), after its shutdown hook ran");
            } finally {
                bot.destroyForcibly();
                bot.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    // ---- helpers

    private static Process startBot(FakeDiscord discord, Path config, Path log) throws IOException {
        return BotProcess.start(discord, List.of(), config, log, "INFO");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static char letter(PostedQuestion question) {
        return (char) ('A' + question.correct());
    }

    /** Alice clicks; the private acknowledgement's text. */
    private static String click(FakeDiscord discord, String customId) {
        JsonNode callback = discord.sendComponent(ComponentCall.button(customId).user(ALICE, "alice"))
                .awaitCallback(WAIT);
        assertEquals(64, callback.path("data").path("flags").asInt() & 64, "answers are acknowledged privately");
        return callback.path("data").path("content").asText().replaceAll("\\.$", "");
    }

    /** The {@code number}th question posted so far (1-based), waiting for it. */
    private static PostedQuestion question(FakeDiscord discord, int number) {
        long deadline = System.nanoTime() + CHILD_WAIT.toNanos();
        while (true) {
            List<RecordedRequest> questions = discord.requests().stream()
                    .filter(post -> post.is("POST", "/channels/\\d+/messages")
                            && MessageView.of(post.json()).title().startsWith("Question "))
                    .toList();
            if (questions.size() >= number) {
                return parse(questions.get(number - 1).json());
            }
            assertTrue(System.nanoTime() < deadline, "question " + number + " was never posted");
            Thread.onSpinWait();
        }
    }

    private static PostedQuestion parse(JsonNode posted) {
        MessageView message = MessageView.of(posted);
        String description = message.text();
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
        return new PostedQuestion(ids, correct);
    }

    private static MessageView awaitPostTitled(FakeDiscord discord, String title, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
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
