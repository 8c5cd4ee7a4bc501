package dev.watchparty.bench;

import dev.watchparty.discord.fake.BaselineBot;

/**
 * The test tree's {@link BaselineBot} as a process of its own, for the soak benchmark. It reads what our bot reads
 * from the environment: {@code DISCORD_TOKEN}, {@code DISCORD_REST_BASE_URL}, {@code DISCORD_GATEWAY_URL}, and
 * runs until the process is stopped.
 */
public final class BaselineMain {

    private BaselineMain() {}

    public static void main(String[] args) throws InterruptedException {
        String rest = System.getenv("DISCORD_REST_BASE_URL");
        BaselineBot bot = BaselineBot.connect(
                System.getenv("DISCORD_TOKEN"),
                rest.endsWith("/") ? rest : rest + "/",
                System.getenv("DISCORD_GATEWAY_URL"));
        bot.jda().awaitShutdown();
    }
}
