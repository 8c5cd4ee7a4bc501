package dev.watchparty;

import dev.watchparty.config.AppConfig;
import dev.watchparty.config.ConfigLoader;
import dev.watchparty.console.ConsoleApp;
import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.pack.PackLoader;
import dev.watchparty.progress.InMemoryProgressStore;
import dev.watchparty.spoiler.ChannelLevels;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar watchparty-bot.jar [console | validate [dir]] [--config file]}. Exit codes: 0 fine,
 * 1 invalid packs or config, 2 usage or missing token.
 */
public final class Main {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(List.of(args));
        String configArgument = null;
        int configAt = words.indexOf("--config");
        if (configAt >= 0) {
            if (configAt + 1 >= words.size()) {
                err.println("--config needs a file path");
                return USAGE;
            }
            configArgument = words.remove(configAt + 1);
            words.remove(configAt);
        }
        String mode = words.isEmpty() ? "discord" : words.get(0);
        try {
            return switch (mode) {
                case "validate" -> validate(words.size() > 1 ? Path.of(words.get(1)) : null, configArgument, out, err);
                case "console" -> console(loadConfig(configArgument), out);
                case "discord" -> discord(err);
                default -> {
                    err.println("Unknown mode '" + mode + "'. Use: console | validate [dir] | (nothing, for Discord)");
                    yield USAGE;
                }
            };
        } catch (ConfigLoader.ConfigException e) {
            err.println(e.getMessage());
            return INVALID;
        } catch (PackLoadException e) {
            err.println(e.getMessage());
            return INVALID;
        }
    }

    private static AppConfig loadConfig(String configArgument) throws ConfigLoader.ConfigException {
        return ConfigLoader.load(ConfigLoader.choosePath(configArgument, System.getenv(ConfigLoader.PATH_VARIABLE)));
    }

    private static int validate(Path directory, String configArgument, PrintStream out, PrintStream err)
            throws ConfigLoader.ConfigException, PackLoadException {
        Path packs = directory != null ? directory : loadConfig(configArgument).packs().directory();
        List<ContentPack> loaded = new PackLoader().loadAll(packs);
        for (ContentPack pack : loaded) {
            out.printf("%s: ok (%d characters, %d episodes, %d trivia questions)%n", pack.id(),
                    pack.characters().size(), pack.episodes().size(), pack.trivia().size());
        }
        return OK;
    }

    private static int console(AppConfig config, PrintStream out) throws PackLoadException {
        BotCore core = BotCore.start(config, new InMemoryProgressStore(), ChannelLevels.PREMISE_EVERYWHERE);
        try {
            new ConsoleApp(core.router(), out).run(
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            out.println("Cannot read standard input: " + e.getMessage());
            return INVALID;
        }
        return OK;
    }

    private static int discord(PrintStream err) {
        String token = System.getenv("DISCORD_TOKEN");
        if (token == null || token.isBlank()) {
            err.println("""
                    DISCORD_TOKEN is not set.
                    To run the bot on Discord: create an application at https://discord.com/developers/applications,
                    add a bot to it, copy its token, and start the bot with DISCORD_TOKEN=<token> in the environment.
                    To try the bot without Discord: java -jar target/watchparty-bot.jar console""");
            return USAGE;
        }
        err.println("The Discord front end is not built yet; use the console mode.");
        return USAGE;
    }
}
