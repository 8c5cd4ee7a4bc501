package dev.watchparty.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.config.ConfigLoader;
import dev.watchparty.discord.fake.ComponentCall;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.FakeGuild;
import dev.watchparty.discord.fake.MessageView;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.storage.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot split across two real processes, shards 0 and 1 of 2, on one fake Discord and one PostgreSQL: they agree
 * on every viewer, each keeps to its own servers' rounds and parties, and a scheduled party opens once.
 */
class TwoProcessEndToEndTest {

    private static final long ALICE = 300_000_000_000_000_801L;
    private static final Duration CHILD_WAIT = Duration.ofSeconds(40);

    private TestPostgres postgres;
    private Path config;
    private Path folder;
    private FakeDiscord discord;
    private final List<Process> processes = new ArrayList<>();

    /** Starts the process running {@code shard} of 2, and waits until it has resumed its servers' work. */
    private Process startShard(int shard, String logName) throws Exception {
        Path log = folder.resolve(logName);
        Process process = BotProcess.launch(
                discord,
                List.of(),
                List.of("dev.watchparty.Main", "--config", config.toString()),
                log,
                Map.of(
                        ConfigLoader.SHARDS_TOTAL,
                        "2",
                        ConfigLoader.FIRST_SHARD,
                        Integer.toString(shard),
                        ConfigLoader.LAST_SHARD,
                        Integer.toString(shard),
                        "WATCHPARTY_LOG_LEVEL",
                        "INFO"));
        processes.add(process);
        awaitLog(log, line -> line.contains("Resumed "), process);
        return process;
    }

    private static String awaitLog(Path log, Predicate<String> wanted, Process process) throws Exception {
        long deadline = System.nanoTime() + CHILD_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log)) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
            }
            assertTrue(process.isAlive(), () -> "the bot process ended: " + read(log));
            Thread.sleep(50);
        }
        throw new AssertionError("not in the log in time: " + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static String text(JsonNode callback) {
        return callback.path("data").toString();
    }

    /** Asks until the answer holds {@code expected}: a change made elsewhere arrives within milliseconds. */
    private String awaitAnswer(SlashCommandCall call, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String answer;
        do {
            answer = text(discord.sendSlashCommand(call).awaitCallback(CHILD_WAIT));
            if (answer.contains(expected)) {
                return answer;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("never answered with " + expected + ": " + answer);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.url());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The answer buttons of the {@code number}th question posted in a channel (1-based), waiting for it. */
    private List<String> questionButtons(long channelId, int number) throws InterruptedException {
        long deadline = System.nanoTime() + CHILD_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<MessageView> questions = discord.requests().stream()
                    .filter(post -> post.is("POST", "/channels/" + channelId + "/messages"))
                    .map(post -> MessageView.of(post.json()))
                    .filter(message -> message.title().startsWith("Question "))
                    .toList();
            if (questions.size() >= number) {
                return questions.get(number - 1).customIds();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("question " + number + " was never posted in channel " + channelId);
    }

    /** Alice starts a one-question round in a server; the answer buttons of its question, once posted. */
    private List<String> startOneQuestionRound(FakeGuild guild, int questionsPostedBefore) throws InterruptedException {
        discord.sendSlashCommand(SlashCommandCall.of("trivia")
                        .subcommand("start")
                        .user(ALICE, "alice")
                        .option("questions", 1L)
                        .option("seconds", 60L)
                        .inGuild(guild))
                .awaitCallback(CHILD_WAIT);
        return questionButtons(guild.channelId(), questionsPostedBefore + 1);
    }

    /** Alice starts a one-question round in a server and answers it. */
    private void playOneQuestion(FakeGuild guild, int questionsPostedBefore) throws InterruptedException {
        List<String> buttons = startOneQuestionRound(guild, questionsPostedBefore);
        JsonNode click = discord.sendComponent(ComponentCall.button(buttons.get(0))
                        .user(ALICE, "alice")
                        .inGuild(guild))
                .awaitCallback(CHILD_WAIT);
        assertTrue(text(click).contains("Locked in"), "the round takes the answer: " + text(click));
    }

    private long postsIn(long channelId, String containing) {
        return discord.requests().stream()
                .filter(post -> post.is("POST", "/channels/" + channelId + "/messages")
                        && post.json().toString().contains(containing))
                .count();
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    @DisplayName(
            "GIVEN shards 0 and 1 in two processes on one PostgreSQL WHEN a user sets progress on one and reads it on the other and in a DM, one process restarts mid-round of the other, the other is replaced, and parties are due THEN all agree, the round runs on, the stats count rounds of both processes, and each party opens once")
    void twoProcessesAgree(@TempDir Path folder) throws Exception {
        this.folder = folder;
        try (TestPostgres schema = TestPostgres.freshSchema();
                FakeDiscord fake = FakeDiscord.builder().shards(2).guilds(2).start()) {
            postgres = schema;
            discord = fake;
            config = BotProcess.writeConfig(folder, 1, postgres.url());
            FakeGuild onShard0 = discord.guildsOnShard(0).get(0);
            FakeGuild onShard1 = discord.guildsOnShard(1).get(0);
            // a party due now in each process's server, scheduled before either started: each opens once
            postgres.open().close(); // the schema, as the first process would make it
            for (FakeGuild guild : List.of(onShard0, onShard1)) {
                postgres.execute("INSERT INTO party_schedule (schedule_id, guild_id, channel_id, show_id, host_id, "
                        + "host_name, name, episode, starts_at) VALUES ('s" + guild.id() + "', '" + guild.id() + "', '"
                        + guild.channelId() + "', 'tiny-pretty-things', '" + ALICE + "', 'alice', 'Due now', "
                        + "'S1E1', " + System.currentTimeMillis() + ")");
            }
            startShard(0, "shard0.log");
            Process shard1 = startShard(1, "shard1.log");
            discord.awaitShardsConnected(2, CHILD_WAIT);
            discord.awaitRegisteredCommands(CHILD_WAIT);

            // progress: set through shard 0, read through shard 1 (which had cached "nothing") and in a DM
            SlashCommandCall show =
                    SlashCommandCall.of("progress").subcommand("show").user(ALICE, "alice");
            assertTrue(
                    text(discord.sendSlashCommand(show.inGuild(onShard1)).awaitCallback(CHILD_WAIT))
                            .contains("haven't marked"),
                    "shard 1 has read, and cached, nothing watched");
            String saved = text(discord.sendSlashCommand(SlashCommandCall.of("progress")
                            .subcommand("set")
                            .user(ALICE, "alice")
                            .option("episode", "S1E4")
                            .inGuild(onShard0))
                    .awaitCallback(CHILD_WAIT));
            assertTrue(saved.contains("Saved") && saved.contains("S1E4"), saved);
            awaitAnswer(
                    SlashCommandCall.of("progress")
                            .subcommand("show")
                            .user(ALICE, "alice")
                            .inGuild(onShard1),
                    "S1E4");
            awaitAnswer(
                    SlashCommandCall.of("progress")
                            .subcommand("show")
                            .user(ALICE, "alice")
                            .inDm(),
                    "S1E4");

            // a round in shard 1's server; shard 0's process restarts meanwhile and leaves it alone
            List<String> buttons = startOneQuestionRound(onShard1, 0);
            Process shard0 = processes.get(0);
            shard0.destroy(); // SIGTERM: a redeploy of shard 0's process
            assertTrue(shard0.waitFor(30, TimeUnit.SECONDS));
            startShard(0, "shard0-again.log");
            assertTrue(read(folder.resolve("shard0-again.log")).contains("closed 0 trivia rounds"));
            assertEquals(1, count("SELECT COUNT(*) FROM trivia_round WHERE ended_at IS NULL"), "the round runs on");
            JsonNode click = discord.sendComponent(ComponentCall.button(buttons.get(0))
                            .user(ALICE, "alice")
                            .inGuild(onShard1))
                    .awaitCallback(CHILD_WAIT);
            assertTrue(text(click).contains("Locked in"), "the round still takes answers: " + text(click));

            // shard 1's process is replaced; the one after it plays a second round there, and the stats have both
            shard1.destroy();
            assertTrue(shard1.waitFor(30, TimeUnit.SECONDS));
            startShard(1, "shard1-again.log");
            playOneQuestion(onShard1, 1);
            awaitAnswer(
                    SlashCommandCall.of("trivia")
                            .subcommand("stats")
                            .user(ALICE, "alice")
                            .inGuild(onShard1),
                    "2 rounds");

            // every scheduled party opened once, by the process owning its server, and the restart kept them
            assertEquals(0, count("SELECT COUNT(*) FROM party_schedule WHERE done = 0"));
            assertEquals(2, count("SELECT COUNT(*) FROM party WHERE ended_at IS NULL"));
            for (FakeGuild guild : List.of(onShard0, onShard1)) {
                assertEquals(
                        1,
                        postsIn(guild.channelId(), "The scheduled party is starting now"),
                        "opened once in " + guild);
            }
        } finally {
            for (Process process : processes) {
                process.destroyForcibly();
                process.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }
}
