package dev.watchparty;

import dev.watchparty.command.ShardRange;
import dev.watchparty.config.AppConfig;
import dev.watchparty.discord.DiscordBot;
import dev.watchparty.discord.DiscordEnvironment;
import dev.watchparty.discord.HealthServer;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.schedule.ExecutorScheduler;
import dev.watchparty.storage.Database;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the bot on Discord until the process is told to stop. On SIGTERM it stops taking new interactions,
 * lets replies in flight finish, disconnects, and closes the store last.
 */
public final class DiscordMain {

    private static final Logger log = LoggerFactory.getLogger(DiscordMain.class);

    private DiscordMain() {}

    /** A running bot and what it owns; {@code grace} bounds how long a stop waits for replies in flight. */
    public record Running(
            Database database, ExecutorScheduler scheduler, DiscordBot bot, HealthServer health, Duration grace)
            implements AutoCloseable {
        /**
         * A stop in the order that loses nothing: no new interactions, every reply in flight delivered (up to
         * the grace time), timers stopped so no round posts to a closing gateway, JDA disconnected, and the
         * database closed last.
         */
        @Override
        public void close() {
            bot.drain(grace);
            scheduler.close();
            bot.close();
            if (health != null) {
                health.close();
            }
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
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            log.info("Stopping: finishing replies in flight");
                            running.close();
                            stopped.countDown();
                        },
                        "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    /** The servers this process serves: all of them, unless the config gives it a range of the shards. */
    static ShardRange shardsOf(AppConfig.Discord discord) {
        return discord.firstShard() == null
                ? ShardRange.ALL
                : new ShardRange(discord.shardsTotal(), discord.firstShard(), discord.lastShard());
    }

    public static Running start(AppConfig config, DiscordEnvironment environment, Clock clock)
            throws PackLoadException, IOException {
        Database database = Database.open(config.storage(), System.getenv());
        ExecutorScheduler scheduler = new ExecutorScheduler("timers");
        try {
            Set<String> owners = new HashSet<>(config.discord().owners());
            Stores stores = Stores.on(database, clock);
            DiscordBot bot = DiscordBot.start(environment, config.discord(), outbox -> {
                try {
                    BotCore core = BotCore.start(
                            config, new BotCore.Environment(stores, clock, scheduler, outbox, outbox, owners));
                    return new DiscordBot.Core(core.router(), () -> core.resume(shardsOf(config.discord())));
                } catch (PackLoadException e) {
                    // the factory cannot throw checked exceptions; unwrapped below
                    throw new IllegalStateException(e);
                }
            });
            try {
                HealthServer health = config.health().port() == 0
                        ? null
                        : HealthServer.start(
                                config.health().bind(), config.health().port(), bot::shardStatus, database::problem);
                return new Running(
                        database, scheduler, bot, health, config.discord().shutdownGrace());
            } catch (IOException e) {
                bot.close();
                throw e;
            }
        } catch (IllegalStateException e) {
            database.close();
            scheduler.close();
            if (e.getCause() instanceof PackLoadException packs) {
                throw packs;
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            database.close();
            scheduler.close();
            throw e;
        }
    }
}
