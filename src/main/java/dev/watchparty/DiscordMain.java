package dev.watchparty;

import dev.watchparty.command.ShardRange;
import dev.watchparty.config.AppConfig;
import dev.watchparty.discord.BotMetrics;
import dev.watchparty.discord.DiscordBot;
import dev.watchparty.discord.DiscordEnvironment;
import dev.watchparty.discord.HealthServer;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.schedule.ExecutorScheduler;
import dev.watchparty.storage.Database;
import dev.watchparty.storage.StorageException;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    /**
     * A running bot and what it owns; {@code grace} bounds how long a stop waits for replies in flight, and
     * {@code metrics} is what {@code /metrics} shows.
     */
    public record Running(
            Database database,
            ExecutorScheduler scheduler,
            DiscordBot bot,
            HealthServer health,
            Duration grace,
            BotMetrics metrics)
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
            metrics.close();
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

    /**
     * Starts the bot on Discord. The one metrics registry of the process is made here, first, and handed to what
     * is built after it by constructor: the store, the Discord adapter, the core's live rounds and parties, the
     * JVM's meters, and {@code /metrics}. The packs load, and the database opens (and migrates), each on a thread of
     * its own while JDA logs in. The core is built on the database at once (its first transaction waits for the
     * open), so the commands are registered once the packs are loaded, without waiting for the database; resuming
     * rounds and parties waits for it. A database that cannot open fails the start, as a pack that cannot load does.
     */
    public static Running start(AppConfig config, DiscordEnvironment environment, Clock clock)
            throws PackLoadException, IOException {
        // the commands wait for the packs alone, so their loading starts first, before anything else is made
        CompletableFuture<PackLibrary> packs = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return BotCore.loadPacks(config.packs());
                    } catch (PackLoadException e) {
                        // a supplier cannot throw checked exceptions; unwrapped below
                        throw new IllegalStateException(e);
                    }
                },
                task -> Thread.ofPlatform().name("packs-load").start(task));
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Database database = Database.openInBackground(config.storage(), System.getenv());
        ExecutorScheduler scheduler = new ExecutorScheduler("timers");
        BotMetrics metrics = new BotMetrics(registry);
        try {
            // the JVM's meters are only read by /metrics: binding them (management beans, a GC listener) waits for no
            // one
            Thread.ofPlatform().name("jvm-meters").start(metrics::bindJvm);
            Set<String> owners = new HashSet<>(config.discord().owners());
            DiscordBot bot = DiscordBot.start(environment, config.discord(), metrics, outbox -> {
                PackLibrary library = loaded(packs);
                database.bindMetrics(registry);
                BotCore core = BotCore.start(
                        config,
                        library,
                        new BotCore.Environment(
                                Stores.on(database, clock),
                                clock,
                                scheduler,
                                outbox,
                                outbox,
                                owners,
                                metrics.internalErrors()));
                metrics.watchLiveWork(
                        core.trivia()::runningCount, core.trivia()::privateRunningCount, core.parties()::runningCount);
                return new DiscordBot.Core(core.router(), () -> resumeOnceOpen(core, database, config.discord()));
            });
            try {
                database.awaitOpen();
                HealthServer health = config.health().port() == 0
                        ? null
                        : HealthServer.start(
                                config.health().bind(),
                                Math.max(0, config.health().port()), // -1: any free port
                                bot::shardStatus,
                                database::problem,
                                registry);
                if (health != null) {
                    log.info(
                            "Health and metrics on http://{}:{}/health and /metrics",
                            config.health().bind(),
                            health.port());
                }
                return new Running(
                        database, scheduler, bot, health, config.discord().shutdownGrace(), metrics);
            } catch (IOException | RuntimeException e) {
                bot.close();
                throw e;
            }
        } catch (IllegalStateException e) {
            closeOnFailure(database, scheduler, metrics);
            if (e.getCause() instanceof PackLoadException broken) {
                throw broken;
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            closeOnFailure(database, scheduler, metrics);
            throw e;
        }
    }

    /** The packs once loaded; a failure to load is thrown as itself. */
    private static PackLibrary loaded(CompletableFuture<PackLibrary> packs) {
        try {
            return packs.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Resumes the rounds and parties this process serves once the database is open; if it cannot open, the start
     * is failing, and says why itself.
     */
    private static void resumeOnceOpen(BotCore core, Database database, AppConfig.Discord discord) {
        try {
            database.awaitOpen();
        } catch (StorageException failing) {
            return;
        }
        core.resume(shardsOf(discord));
    }

    /** After a failed start: the database closed (whenever its opening ends), then the timers and the meters. */
    private static void closeOnFailure(Database database, ExecutorScheduler scheduler, BotMetrics metrics) {
        database.close();
        scheduler.close();
        metrics.close();
    }
}
