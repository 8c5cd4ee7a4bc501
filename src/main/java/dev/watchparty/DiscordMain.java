package dev.watchparty;

import dev.watchparty.config.AppConfig;
import dev.watchparty.discord.DiscordBot;
import dev.watchparty.discord.DiscordEnvironment;
import dev.watchparty.discord.HealthServer;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.storage.Database;
import dev.watchparty.storage.SqliteChannelLevels;
import dev.watchparty.storage.SqliteProgressStore;
import java.io.IOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the bot on Discord until the process is told to stop. On SIGTERM it stops taking new interactions,
 * lets replies in flight finish, disconnects, and closes the store last.
 */
final class DiscordMain {

    private static final Logger log = LoggerFactory.getLogger(DiscordMain.class);

    private DiscordMain() {
    }

    /** A running bot and what it owns, closed in the reverse order of opening. */
    record Running(Database database, DiscordBot bot, HealthServer health) implements AutoCloseable {
        @Override
        public void close() {
            if (health != null) {
                health.close();
            }
            bot.close();
            database.close();
        }
    }

    static int run(AppConfig config, DiscordEnvironment environment) throws PackLoadException {
        Running running;
        try {
            running = start(config, environment, Clock.systemUTC());
        } catch (IOException e) {
            log.error("cannot start the health endpoint", e);
            return Main.INVALID;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping: finishing replies in flight");
            running.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    static Running start(AppConfig config, DiscordEnvironment environment, Clock clock)
            throws PackLoadException, IOException {
        Database database = Database.open(config.storage().database());
        try {
            Set<String> owners = new HashSet<>(config.discord().owners());
            BotCore core = BotCore.start(config, new SqliteProgressStore(database, clock),
                    new SqliteChannelLevels(database, clock), owners);
            DiscordBot bot = DiscordBot.start(environment, config.discord(), core.router());
            try {
                HealthServer health = config.health().port() == 0 ? null
                        : HealthServer.start(config.health().bind(), config.health().port(), bot::isConnected,
                                database::isHealthy);
                return new Running(database, bot, health);
            } catch (IOException e) {
                bot.close();
                throw e;
            }
        } catch (PackLoadException | IOException | RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
