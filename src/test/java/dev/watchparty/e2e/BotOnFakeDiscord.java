package dev.watchparty.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.DiscordMain;
import dev.watchparty.config.AppConfig;
import dev.watchparty.discord.DiscordEnvironment;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.SlashCommandCall;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Our real bot, the real JDA, on the project's fake Discord: the shipped pack, a database file of the test's
 * own, a one-second pause between trivia questions, and {@code /health} and {@code /metrics} on a free port
 * ({@link #healthUri}). {@link #restart()} stops the bot and starts it again on the same database, as a redeploy
 * would. The core reads the system clock unless a test gives it one of its own.
 */
public final class BotOnFakeDiscord implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);
    /** A user the config names as the bot's operator. */
    public static final long OWNER_ID = 300_000_000_000_000_900L;

    private final FakeDiscord discord;
    private final AppConfig.Storage storage;
    private Clock clock;
    private DiscordMain.Running running;

    public BotOnFakeDiscord(FakeDiscord discord, Path database) {
        this(discord, new AppConfig.Storage(database));
    }

    /** The bot on another store: a PostgreSQL database, say. */
    public BotOnFakeDiscord(FakeDiscord discord, AppConfig.Storage storage) {
        this(discord, storage, Clock.systemUTC());
    }

    /** The bot whose core lives at the moment {@code clock} tells: a time a test needs, such as a Wednesday. */
    public BotOnFakeDiscord(FakeDiscord discord, Path database, Clock clock) {
        this(discord, new AppConfig.Storage(database), clock);
    }

    private BotOnFakeDiscord(FakeDiscord discord, AppConfig.Storage storage, Clock clock) {
        this.discord = discord;
        this.storage = storage;
        this.clock = clock;
        start();
    }

    public FakeDiscord discord() {
        return discord;
    }

    private void start() {
        AppConfig config = new AppConfig(
                new AppConfig.Packs(Path.of("seeds"), "tiny-pretty-things"),
                storage,
                new AppConfig.Discord(0, null, null, List.of(Long.toString(OWNER_ID)), null),
                new AppConfig.Health("127.0.0.1", AppConfig.Health.ANY_FREE_PORT),
                new AppConfig.Trivia(1),
                new AppConfig.Party(6));
        DiscordEnvironment environment = new DiscordEnvironment(
                FakeDiscord.TOKEN,
                Optional.empty(),
                Optional.of(discord.restBaseUrl()),
                Optional.of(discord.gatewayUrl()));
        try {
            running = DiscordMain.start(config, environment, clock);
            running.bot().commandsRegistered().get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the bot did not start on the fake Discord", e);
        }
    }

    /** Stops the bot gracefully and starts a new one on the same database. */
    public void restart() {
        running.close();
        start();
    }

    /** As {@link #restart()}, the new bot's core at the moment {@code later} tells: back up after a while away. */
    public void restart(Clock later) {
        clock = later;
        restart();
    }

    public DiscordMain.Running running() {
        return running;
    }

    /** Where this bot answers {@code path} on its health and metrics port, e.g. {@code /metrics}. */
    public URI healthUri(String path) {
        return URI.create("http://127.0.0.1:" + running.health().port() + path);
    }

    /** Sends a slash command and returns the bot's callback body. */
    public JsonNode call(SlashCommandCall call) {
        return send(call).awaitCallback(WAIT);
    }

    public Interaction send(SlashCommandCall call) {
        return discord.sendSlashCommand(call);
    }

    @Override
    public void close() {
        running.close();
    }
}
