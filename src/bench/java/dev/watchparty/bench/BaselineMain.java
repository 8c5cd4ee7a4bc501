package dev.watchparty.bench;

import dev.watchparty.discord.fake.BaselineBot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test tree's {@link BaselineBot} as a process of its own, for the start-up, memory and scale benchmarks. It
 * reads what our bot reads from the environment: {@code DISCORD_TOKEN}, {@code DISCORD_REST_BASE_URL},
 * {@code DISCORD_GATEWAY_URL}; with {@value #COMMANDS} (a file holding the JSON array our bot registered), it
 * registers those commands instead of its own two, so both start-ups send the same. It runs until the process is
 * stopped.
 */
public final class BaselineMain {

    /** The environment variable naming the file of commands to register. */
    static final String COMMANDS = "BASELINE_COMMANDS";

    private BaselineMain() {}

    public static void main(String[] args) throws InterruptedException, IOException {
        String rest = System.getenv("DISCORD_REST_BASE_URL");
        String token = System.getenv("DISCORD_TOKEN");
        String restBase = rest.endsWith("/") ? rest : rest + "/";
        String gateway = System.getenv("DISCORD_GATEWAY_URL");
        String commands = System.getenv(COMMANDS);
        BaselineBot bot = commands == null || commands.isBlank()
                ? BaselineBot.connect(token, restBase, gateway)
                : BaselineBot.connect(
                        token,
                        restBase,
                        gateway,
                        BaselineBot.commandsFrom(Files.readString(Path.of(commands), StandardCharsets.UTF_8)));
        bot.jda().awaitShutdown();
    }
}
