package dev.watchparty;

import dev.watchparty.config.AppConfig;
import dev.watchparty.config.ConfigLoader;
import dev.watchparty.console.ConsoleApp;
import dev.watchparty.console.ConsoleChannel;
import dev.watchparty.console.PackPreview;
import dev.watchparty.discord.DiscordEnvironment;
import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.pack.PackLoader;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.schedule.ExecutorScheduler;
import dev.watchparty.storage.Database;
import dev.watchparty.storage.StorageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code java -jar watchparty-bot.jar [console | validate [dir] [--preview level] | health] [--config file]}; with
 * no mode, the
 * bot runs on Discord. Exit codes: 0 fine, 1 invalid packs or config (or unhealthy), 2 usage or missing token.
 */
public final class Main {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final String DATABASE_ADVICE = "Point storage.database in the config at a file in a folder the bot may "
            + "write (the Docker image keeps it in the /app/data volume); a file that is not the bot's database can "
            + "be moved aside to start afresh.";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(List.of(args));
        String configArgument;
        String previewArgument;
        try {
            configArgument = takeFlag(words, "--config", "a file path");
            previewArgument = takeFlag(words, "--preview", "a level, like S1E3 or premise");
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        String mode = words.isEmpty() ? "discord" : words.get(0);
        try {
            return switch (mode) {
                case "validate" ->
                    validate(
                            words.size() > 1 ? Path.of(words.get(1)) : null, configArgument, previewArgument, out, err);
                case "console" -> console(loadConfig(configArgument), out);
                case "discord" -> discord(loadConfig(configArgument), DiscordEnvironment.from(System.getenv()), err);
                case "health" -> health(loadConfig(configArgument), err);
                default -> {
                    err.println("Unknown mode '" + mode
                            + "'. Use: console | validate [dir] | health | (nothing, for Discord)");
                    yield USAGE;
                }
            };
        } catch (ConfigLoader.ConfigException e) {
            err.println(e.getMessage());
            return INVALID;
        } catch (PackLoadException e) {
            err.println(e.getMessage());
            return INVALID;
        } catch (StorageException e) {
            err.println(e.getMessage() + ". " + DATABASE_ADVICE);
            return INVALID;
        }
    }

    private static AppConfig loadConfig(String configArgument) throws ConfigLoader.ConfigException {
        return ConfigLoader.load(ConfigLoader.choosePath(configArgument, System.getenv(ConfigLoader.PATH_VARIABLE)));
    }

    /** Removes {@code flag value} from the words and returns the value; null when the flag is absent. */
    private static String takeFlag(List<String> words, String flag, String what) {
        int at = words.indexOf(flag);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= words.size()) {
            throw new IllegalArgumentException(flag + " needs " + what);
        }
        String value = words.remove(at + 1);
        words.remove(at);
        return value;
    }

    private static int validate(Path directory, String configArgument, String preview, PrintStream out, PrintStream err)
            throws ConfigLoader.ConfigException, PackLoadException {
        Optional<SpoilerLevel> previewLevel = preview == null ? Optional.empty() : SpoilerLevel.tryParse(preview);
        if (preview != null && previewLevel.isEmpty()) {
            err.println("--preview needs a level, like S1E3 or premise, not '" + preview + "'");
            return USAGE;
        }
        Path packs = directory != null
                ? directory
                : loadConfig(configArgument).packs().directory();
        List<ContentPack> loaded = new PackLoader().loadAll(packs);
        for (ContentPack pack : loaded) {
            out.printf(
                    "%s: ok (%d characters, %d episodes, %d trivia questions)%n",
                    pack.id(),
                    pack.characters().size(),
                    pack.episodes().size(),
                    pack.trivia().size());
            previewLevel.ifPresent(level -> PackPreview.print(pack, packs, level, out));
        }
        return OK;
    }

    private static int console(AppConfig config, PrintStream out) throws PackLoadException {
        ConsoleChannel channel = new ConsoleChannel(out);
        Clock clock = Clock.systemUTC();
        try (Database database = Database.inMemory();
                ExecutorScheduler scheduler = new ExecutorScheduler("timers")) {
            BotCore core = BotCore.start(
                    config,
                    new BotCore.Environment(
                            Stores.on(database, clock),
                            clock,
                            scheduler,
                            channel,
                            channel,
                            Set.of(ConsoleApp.CONSOLE_USER_ID)));
            core.resume();
            new ConsoleApp(core.router(), out, channel)
                    .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            out.println("Cannot read standard input: " + e.getMessage());
            return INVALID;
        }
        return OK;
    }

    private static int discord(AppConfig config, DiscordEnvironment environment, PrintStream err)
            throws PackLoadException {
        if (!environment.hasToken()) {
            err.println("""
                    DISCORD_TOKEN is not set, so the bot cannot log in to Discord.
                    To get a token: open https://discord.com/developers/applications, create an application,
                    open its Bot page, press Reset Token and copy it; then start the bot with the token in the
                    environment: DISCORD_TOKEN=<token> java -jar target/watchparty-bot.jar
                    (README.md explains how to invite the bot to a server.)
                    To try the bot without Discord or a token: java -jar target/watchparty-bot.jar console""");
            return USAGE;
        }
        return DiscordMain.run(config, environment);
    }

    /** The Docker HEALTHCHECK: asks the running bot's health endpoint; exit 0 when healthy. */
    private static int health(AppConfig config, PrintStream err) {
        AppConfig.Health health = config.health();
        if (health.port() == 0) {
            err.println("the health endpoint is turned off (health.port is 0)");
            return INVALID;
        }
        if (health.port() == AppConfig.Health.ANY_FREE_PORT) {
            err.println("the health endpoint has no fixed port (health.port is -1): the bot logs the one it took");
            return INVALID;
        }
        String host = health.bind().equals("0.0.0.0") ? "127.0.0.1" : health.bind();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://" + host + ":" + health.port() + "/health"))
                                    .timeout(Duration.ofSeconds(3))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            err.println(response.statusCode() + " " + response.body());
            return response.statusCode() == 200 ? OK : INVALID;
        } catch (IOException e) {
            err.println("unhealthy: " + e);
            return INVALID;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INVALID;
        }
    }
}
