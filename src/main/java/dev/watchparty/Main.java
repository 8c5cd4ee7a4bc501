package dev.watchparty;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import dev.watchparty.command.ShardRange;
import dev.watchparty.config.AppConfig;
import dev.watchparty.config.ConfigLoader;
import dev.watchparty.console.ConsoleApp;
import dev.watchparty.console.ConsoleChannel;
import dev.watchparty.console.ConsoleText;
import dev.watchparty.console.PackPreview;
import dev.watchparty.discord.DiscordEnvironment;
import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.pack.PackLoader;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Texts;
import dev.watchparty.schedule.ExecutorScheduler;
import dev.watchparty.storage.Database;
import dev.watchparty.storage.StorageException;
import dev.watchparty.storage.StoreCopy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar watchparty-bot.jar [console [--language tag] | validate [dir] [--preview level] | health |
 * migrate-store ...] [--config file]}; with no mode, the bot runs on Discord. Exit codes: 0 fine, 1 invalid packs or config (or unhealthy), 2 usage or missing token.
 */
public final class Main {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final String DATABASE_ADVICE = "Point storage.database in the config at a file in a folder the bot may "
            + "write (the Docker image keeps it in the /app/data volume); a file that is not the bot's database can "
            + "be moved aside to start afresh. With PostgreSQL (storage.url), check that the server is up and that "
            + Database.USER_VARIABLE + " and " + Database.PASSWORD_VARIABLE + " are right.";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(List.of(args));
        String configArgument;
        String previewArgument;
        String languageArgument;
        try {
            configArgument = takeFlag(words, "--config", "a file path");
            previewArgument = takeFlag(words, "--preview", "a level, like S1E3 or premise");
            languageArgument = takeFlag(words, "--language", "a language tag, like de or pt-BR");
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
                case "console" -> console(loadConfig(configArgument), consoleLanguage(languageArgument, err), out);
                case "discord" -> discord(loadConfig(configArgument), DiscordEnvironment.from(System.getenv()), err);
                case "health" -> health(loadConfig(configArgument), err);
                case "migrate-store" -> migrateStore(words.subList(1, words.size()), out, err);
                default -> {
                    err.println("Unknown mode '" + mode + "'. Use: console | validate [dir] | health | migrate-store"
                            + " --from <sqlite file> --to <jdbc url> [--replace] | (nothing, for Discord)");
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
        return ConfigLoader.load(
                ConfigLoader.choosePath(configArgument, System.getenv(ConfigLoader.PATH_VARIABLE)), System.getenv());
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

    /** The language {@code --language} asks for, if the bot writes it; else English, with a note saying so. */
    private static Locale consoleLanguage(String tag, PrintStream err) {
        if (tag == null) {
            return Texts.FALLBACK;
        }
        Optional<Locale> spoken = ConsoleApp.language(tag);
        if (spoken.isEmpty()) {
            err.println("The console does not speak '" + tag + "', so it speaks English (it speaks "
                    + String.join(
                            ", ",
                            Texts.LANGUAGES.stream().map(Locale::toLanguageTag).toList())
                    + ").");
        }
        return spoken.orElse(Texts.FALLBACK);
    }

    private static int console(AppConfig config, Locale language, PrintStream out) throws PackLoadException {
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "watchparty-console.log");
        if (logToFile(log)) {
            out.println("(" + Texts.format(language, ConsoleText.LOG_FILE, log.toString()) + ")");
        }
        Clock clock = Clock.systemUTC();
        // times are shown in the reader's own zone, as Discord shows them
        ConsoleChannel channel = new ConsoleChannel(out, Clock.systemDefaultZone(), language);
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
            core.resume(ShardRange.ALL);
            new ConsoleApp(core.router(), out, channel)
                    .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            out.println(Texts.format(language, ConsoleText.CANNOT_READ_INPUT, String.valueOf(e.getMessage())));
            return INVALID;
        }
        return OK;
    }

    /**
     * Sends every log line to {@code file} instead of the terminal, where it would cut into the conversation (the
     * console's reader types on the same screen the log would go to). False when logging is not Logback's.
     */
    private static boolean logToFile(Path file) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return false;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("console-mode-file");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(appender);
        return true;
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

    /**
     * {@code migrate-store --from <sqlite file> --to <jdbc:postgresql url> [--replace]}: copies everything users
     * created into PostgreSQL (its user and password from the environment), with the bot stopped.
     */
    private static int migrateStore(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(arguments);
        boolean replace = words.remove("--replace");
        String from;
        String to;
        try {
            from = takeFlag(words, "--from", "the SQLite database file");
            to = takeFlag(words, "--to", "a PostgreSQL JDBC URL");
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        if (from == null || to == null || !words.isEmpty()) {
            err.println("Use: migrate-store --from <sqlite file> --to <jdbc:postgresql://host/database> [--replace] "
                    + "(the user and password in " + Database.USER_VARIABLE + " and " + Database.PASSWORD_VARIABLE
                    + "; stop the bot first)");
            return USAGE;
        }
        Path source = Path.of(from);
        if (!Files.isRegularFile(source)) {
            err.println("There is no database file at " + source.toAbsolutePath());
            return INVALID;
        }
        AppConfig.Storage target;
        try {
            target = new AppConfig.Storage(null, to, 2);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage().replace("storage.url", "--to"));
            return USAGE;
        }
        try (Database sqlite = Database.open(source);
                Database postgres = Database.open(target, System.getenv())) {
            Map<String, Long> copied = StoreCopy.copy(sqlite, postgres, replace);
            out.println("Copied "
                    + copied.values().stream().mapToLong(Long::longValue).sum() + " rows from " + source + " to "
                    + Database.safeUrl(to) + ":");
            copied.forEach((table, rows) -> out.printf("  %-15s %d%n", table, rows));
            return OK;
        } catch (StorageException e) {
            err.println("Nothing was copied: " + e.getMessage());
            return INVALID;
        }
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
