package dev.watchparty.discord;

import dev.watchparty.command.CommandRouter;
import dev.watchparty.config.AppConfig;
import dev.watchparty.party.EventPlanner;
import dev.watchparty.reply.ChannelMessenger;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.OnlineStatus;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Discord: a JDA shard manager with no privileged intent and a minimal cache, the interaction
 * listener, and command registration once a shard is ready.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    /** Answer by then, or defer: well inside Discord's 3 seconds, with room for the network. */
    static final Duration DEFER_AFTER = Duration.ofMillis(1500);

    private final ShardManager shards;
    private final InteractionListener listener;
    private final ScheduledExecutorService timers;
    private final CompletableFuture<Integer> commandsRegistered;

    private DiscordBot(
            ShardManager shards,
            InteractionListener listener,
            ScheduledExecutorService timers,
            CompletableFuture<Integer> commandsRegistered) {
        this.shards = shards;
        this.listener = listener;
        this.timers = timers;
        this.commandsRegistered = commandsRegistered;
    }

    /** How the core posts on its own on Discord: channel messages, and server events. */
    public interface Outbox extends ChannelMessenger, EventPlanner {}

    /** What the bot runs once it can post: the command router, and what to do when every shard is ready. */
    public record Core(CommandRouter router, Runnable whenReady) {}

    /**
     * Starts the bot. {@code coreFactory} builds the core around the bot's messenger on a thread of its own while
     * JDA logs in on the calling one, so loading the packs and connecting to the gateway overlap; the commands'
     * Discord form is made there too, so a ready shard only has to send it. Commands are registered, and
     * interactions answered, once both are done. If the factory throws, JDA is shut down and the exception is
     * rethrown. Interactions, in-flight work and each shard's gateway are counted in {@code metrics}.
     */
    public static DiscordBot start(
            DiscordEnvironment environment,
            AppConfig.Discord settings,
            BotMetrics metrics,
            Function<Outbox, Core> coreFactory) {
        return start(environment, settings, metrics, coreFactory, DEFER_AFTER);
    }

    static DiscordBot start(
            DiscordEnvironment environment,
            AppConfig.Discord settings,
            BotMetrics metrics,
            Function<Outbox, Core> coreFactory,
            Duration deferAfter) {
        // no reply of this bot ever pings anyone, whatever a message builder says
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        CompletableFuture<ShardManager> built = new CompletableFuture<>();
        // the messenger is only used once the core runs, which is after the shard manager is built
        JdaMessenger messenger = new JdaMessenger(built::join);
        CompletableFuture<Core> core = CompletableFuture.supplyAsync(
                () -> coreFactory.apply(messenger),
                task -> Thread.ofPlatform().name("core-start").start(task));
        CompletableFuture<List<CommandData>> commandData =
                core.thenApply(ready -> JdaCommands.toDiscord(ready.router().specs()));
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("interaction-deadline"));
        InteractionListener listener =
                new InteractionListener(core.thenApply(Core::router), timers, deferAfter, metrics);
        CompletableFuture<Integer> registered = new CompletableFuture<>();

        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(
                        environment.token(),
                        EnumSet.noneOf(GatewayIntent.class)) // JDA always asks for guilds, nothing privileged
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                // JDA sends each REST request on this pool, which by default grows a platform thread per request in
                // flight (hundreds in a burst of replies, each with its stack); virtual threads cost a few hundred
                // bytes of heap each while they wait on the network
                .setRateLimitElastic(
                        Executors.newThreadPerTaskExecutor(
                                Thread.ofVirtual().name("jda-rest-", 0).factory()),
                        true)
                .disableCache(EnumSet.allOf(CacheFlag.class))
                // the bot's own stop delivers the replies in flight first; JDA's hook would cut them off
                .setEnableShutdownHook(false)
                .setStatus(OnlineStatus.ONLINE)
                .setActivity(Activity.watching("with you · /help"))
                .addEventListeners(
                        listener,
                        new CommandRegistration(commandData, core, environment, registered),
                        new WhenAllReady(core));
        environment.restBaseUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        environment.gatewayUrl().ifPresent(url -> builder.setSessionController(new FixedGatewaySessionController(url)));
        if (settings.shardsTotal() > 0) {
            builder.setShardsTotal(settings.shardsTotal());
            if (settings.firstShard() != null) {
                builder.setShards(settings.firstShard(), settings.lastShard());
            }
        }
        ShardManager shards;
        try {
            shards = builder.build();
        } catch (RuntimeException e) {
            timers.shutdownNow();
            throw e;
        }
        built.complete(shards);
        metrics.watchShards(shards, shardIds(settings, shards));
        log.info("Discord bot starting: {}", environment);
        try {
            core.join();
        } catch (CompletionException e) {
            shards.shutdown();
            timers.shutdownNow();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return new DiscordBot(shards, listener, timers, registered);
    }

    /**
     * The shards this process runs: its configured range, else all of them (the first is built, and the total
     * known, once the manager is built), with any already running in case the total is not known.
     */
    private static Set<Integer> shardIds(AppConfig.Discord settings, ShardManager shards) {
        Set<Integer> ids = new TreeSet<>();
        if (settings.firstShard() != null) {
            IntStream.rangeClosed(settings.firstShard(), settings.lastShard()).forEach(ids::add);
        } else {
            IntStream.range(0, Math.max(0, shards.getShardsTotal())).forEach(ids::add);
        }
        shards.getShardCache().forEach(shard -> ids.add(shard.getShardInfo().getShardId()));
        return ids;
    }

    /** Completes with the number of commands once they are registered with Discord. */
    public CompletableFuture<Integer> commandsRegistered() {
        return commandsRegistered;
    }

    /** Each shard of this process by id, with its gateway status (CONNECTED when all is well). */
    public Map<Integer, String> shardStatus() {
        Map<Integer, String> status = new TreeMap<>();
        shards.getShardCache()
                .forEach(shard -> status.put(
                        shard.getShardInfo().getShardId(), shard.getStatus().name()));
        return status;
    }

    /**
     * The first step of a stop: takes no new interactions (each gets a short "restarting" answer) and waits, up to
     * {@code grace}, until every reply in flight has gone out. Returns whether all did.
     */
    public boolean drain(Duration grace) {
        listener.stopAccepting();
        try {
            boolean idle = listener.awaitIdle(grace);
            if (!idle) {
                log.warn(
                        "stopping with {} interactions still in flight after {} s",
                        listener.inFlightCount(),
                        grace.toSeconds());
            }
            return idle;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last Discord step of a stop: disconnects every shard, waiting briefly for JDA to finish. */
    @Override
    public void close() {
        listener.close();
        awaitSettled(SETTLE_BEFORE_SHUTDOWN);
        shards.shutdown();
        timers.shutdownNow();
        shards.getShardCache().forEach(shard -> {
            try {
                shard.awaitShutdown(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * Logs a failure of work chained on the core: it runs on whichever thread completes the core, where the
     * failure would otherwise vanish into the future. A core that failed to build is reported by start itself.
     */
    private static Function<Throwable, Void> logged(CompletableFuture<Core> core, String what) {
        return error -> {
            if (!core.isCompletedExceptionally()) {
                log.error(what, error);
            }
            return null;
        };
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** How long a stop waits for shards midway through connecting (a start that fails, a stop during a start). */
    private static final Duration SETTLE_BEFORE_SHUTDOWN = Duration.ofSeconds(5);

    /**
     * Waits, at most {@code wait}, until no shard is midway through connecting. JDA's shutdown races a READY it is
     * handling: the guild set-up it is in then schedules on a pool already shut, and JDA logs that as an error with
     * its stack trace. A start that fails once JDA is logging in (its database cannot open) stops this way.
     */
    private void awaitSettled(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (shards.getShardCache().stream().anyMatch(DiscordBot::connecting) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** JDA counts CONNECTED among its start's statuses; the ones before it are a shard midway through connecting. */
    private static boolean connecting(JDA shard) {
        JDA.Status status = shard.getStatus();
        return status.isInit() && status != JDA.Status.CONNECTED;
    }

    /** Runs the core's task once, when every shard of this process has connected for the first time. */
    private static final class WhenAllReady extends ListenerAdapter {

        private final CompletableFuture<Core> core;
        private final AtomicBoolean done = new AtomicBoolean();

        WhenAllReady(CompletableFuture<Core> core) {
            this.core = core;
        }

        @Override
        public void onReady(ReadyEvent event) {
            ShardManager manager = event.getJDA().getShardManager();
            boolean allReady = manager == null
                    || manager.getShardCache().stream()
                            .allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED || shard == event.getJDA());
            if (allReady && done.compareAndSet(false, true)) {
                // resuming reads the database: never on the gateway's thread
                core.thenAcceptAsync(ready -> ready.whenReady().run(), Thread.ofVirtual()::start)
                        .exceptionally(logged(core, "Resuming parties and rounds after the start failed"));
            }
        }
    }

    /** Registers the commands when a shard is ready and the core built: globally, or in the development server only. */
    private static final class CommandRegistration extends ListenerAdapter {

        private final CompletableFuture<List<CommandData>> commands;
        private final CompletableFuture<Core> core;
        private final DiscordEnvironment environment;
        private final CompletableFuture<Integer> registered;

        CommandRegistration(
                CompletableFuture<List<CommandData>> commands,
                CompletableFuture<Core> core,
                DiscordEnvironment environment,
                CompletableFuture<Integer> registered) {
            this.commands = commands;
            this.core = core;
            this.environment = environment;
            this.registered = registered;
        }

        @Override
        public void onReady(ReadyEvent event) {
            JDA jda = event.getJDA();
            commands.thenAccept(data -> register(jda, data)).exceptionally(logged(core, "Registering commands failed"));
        }

        private void register(JDA jda, List<CommandData> commands) {
            if (environment.devGuildId().isPresent()) {
                Guild guild = jda.getGuildById(environment.devGuildId().get());
                if (guild == null) {
                    return; // another shard holds the development server
                }
                guild.updateCommands().addCommands(commands).queue(this::done, error -> failed(jda, error));
            } else if (jda.getShardInfo().getShardId() == 0) {
                jda.updateCommands().addCommands(commands).queue(this::done, error -> failed(jda, error));
            }
        }

        private void done(List<?> commands) {
            log.info(
                    "Registered {} commands{}",
                    commands.size(),
                    environment.devGuildId().map(id -> " in server " + id).orElse(" globally"));
            registered.complete(commands.size());
        }

        private void failed(JDA jda, Throwable error) {
            JDA.Status status = jda.getStatus();
            if (status == JDA.Status.SHUTTING_DOWN || status == JDA.Status.SHUTDOWN) {
                // a start that fails (its database cannot open) or a quick stop: nothing went wrong with Discord
                log.debug("Registering commands stopped: the bot is stopping", error);
            } else {
                log.error("Registering commands failed", error);
            }
            registered.completeExceptionally(error);
        }
    }
}
