package dev.watchparty.discord;

import dev.watchparty.command.InternalErrors;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.CommandAutoCompleteInteraction;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.context.ContextInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.components.selections.SelectMenuInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * What an operator of many bot processes watches, on one Micrometer registry: every interaction by kind (and by
 * command, among the registered ones) and shard, how fast and how well it was acknowledged, what was refused, the
 * work in flight, live rounds and parties, each shard's gateway, and the JVM. Names start with
 * {@code watchparty.} ({@code watchparty_…} in Prometheus); README.md, Operations, lists them all.
 *
 * <p>Recording is a counter increment or a timer sample on meters built once per kind and shard: it never
 * blocks, so it is safe on JDA's event thread. Gauges are read only when the registry is scraped.
 */
public final class BotMetrics implements AutoCloseable {

    /** Discord forgets an interaction not acknowledged within this long after its creation (error 10062). */
    static final Duration DISCORD_ACK_LIMIT = Duration.ofSeconds(3);

    /** The bounds of the acknowledgement histogram: around the deferral (1.5 s) and Discord's limit (3 s). */
    private static final Duration[] ACK_BUCKETS = {
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofMillis(1000),
        Duration.ofMillis(1500),
        Duration.ofMillis(2000),
        Duration.ofMillis(2500),
        Duration.ofMillis(3000),
        Duration.ofMillis(5000),
        Duration.ofMillis(10000)
    };

    /** The interaction whose work runs on this thread, so the core's internal errors are counted against it. */
    private static final ScopedValue<Interaction> CURRENT = ScopedValue.newInstance();

    private static final String NO_COMMAND = "none";
    private static final String UNREGISTERED = "other";

    private final MeterRegistry registry;
    private final Map<Key, Meters> meters = new ConcurrentHashMap<>();
    private final Map<Received, Counter> received = new ConcurrentHashMap<>();
    private JvmGcMetrics gc;

    public BotMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Adds the JVM and process basics: memory, garbage collection, threads, CPU, uptime. */
    public synchronized void bindJvm() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        if (gc == null) {
            gc = new JvmGcMetrics();
            gc.bindTo(registry);
        }
    }

    /** Stops listening to the garbage collector. */
    @Override
    public synchronized void close() {
        if (gc != null) {
            gc.close();
            gc = null;
        }
    }

    /** How the core tells of its internal errors: counted against the interaction being answered on that thread. */
    public InternalErrors internalErrors() {
        return () -> {
            if (CURRENT.isBound()) {
                internalError(CURRENT.get());
            } else {
                meters(Kind.OTHER, "none").internalErrors.increment();
            }
        };
    }

    /** Gauges of the work this process keeps alive: channel and private trivia rounds, and watch parties. */
    public void watchLiveWork(IntSupplier channelRounds, IntSupplier privateRounds, IntSupplier parties) {
        Gauge.builder("watchparty.trivia.rounds.live", () -> channelRounds.getAsInt())
                .description("Trivia rounds running in this process")
                .tag("kind", "channel")
                .register(registry);
        Gauge.builder("watchparty.trivia.rounds.live", () -> privateRounds.getAsInt())
                .description("Trivia rounds running in this process")
                .tag("kind", "private")
                .register(registry);
        Gauge.builder("watchparty.parties.live", () -> parties.getAsInt())
                .description("Watch parties running in this process")
                .register(registry);
    }

    void watchInFlight(IntSupplier inFlight) {
        Gauge.builder("watchparty.interactions.in.flight", () -> inFlight.getAsInt())
                .description("Interactions taken and not yet fully answered")
                .register(registry);
    }

    /** For each shard this process runs: 1 while it is connected, else 0, and its last gateway heartbeat's ping. */
    void watchShards(ShardManager shards, Collection<Integer> shardIds) {
        for (int id : shardIds) {
            String shard = Integer.toString(id);
            Supplier<JDA> current = () -> shards.getShardById(id);
            Gauge.builder("watchparty.gateway.shard.connected", () -> {
                        JDA jda = current.get();
                        return jda != null && jda.getStatus() == JDA.Status.CONNECTED ? 1 : 0;
                    })
                    .description("1 while the shard is connected to the gateway, else 0")
                    .tag("shard", shard)
                    .register(registry);
            Gauge.builder("watchparty.gateway.ping", () -> {
                        JDA jda = current.get();
                        long ping = jda == null ? -1 : jda.getGatewayPing();
                        return ping < 0 ? Double.NaN : ping / 1000.0;
                    })
                    .description("Time of the shard's last gateway heartbeat round trip")
                    .baseUnit("seconds")
                    .tag("shard", shard)
                    .register(registry);
        }
    }

    /** Runs the work of {@code interaction} so that the core's internal errors on this thread count against it. */
    <T> T attributing(Interaction interaction, Supplier<T> work) {
        return ScopedValue.where(CURRENT, interaction).call(work::get);
    }

    /**
     * One interaction came: {@code command} is the command it belongs to (a slash command's or autocomplete's name,
     * a component's owner), null if none; {@code registered} tells which names may become a tag.
     */
    void received(Interaction interaction, String command, Collection<String> registered) {
        String tag = command == null ? NO_COMMAND : registered.contains(command) ? command : UNREGISTERED;
        Received key = new Received(Kind.of(interaction), tag, shard(interaction));
        received.computeIfAbsent(key, this::receivedCounter).increment();
    }

    /** The interaction's first answer or deferral was accepted by Discord: timed from the interaction's creation. */
    void acknowledged(Interaction interaction) {
        Meters of = meters(interaction);
        Duration latency = Duration.between(interaction.getTimeCreated().toInstant(), Instant.now());
        if (latency.isNegative()) {
            latency = Duration.ZERO; // our clock behind Discord's
        }
        if (latency.compareTo(DISCORD_ACK_LIMIT) > 0) {
            of.late.increment();
        }
        of.ack.record(latency); // last, so whoever sees it counted sees the rest too
    }

    /** The first answer or deferral was refused: too late (Discord forgot it), or another error. */
    void acknowledgementFailed(Interaction interaction, Throwable error) {
        Meters of = meters(interaction);
        if (error instanceof ErrorResponseException response
                && response.getErrorResponse() == ErrorResponse.UNKNOWN_INTERACTION) {
            of.late.increment();
        } else {
            of.ackFailed.increment();
        }
    }

    void deferred(Interaction interaction) {
        meters(interaction).deferred.increment();
    }

    /** The answer that follows a deferral could not be delivered. */
    void followupFailed(Interaction interaction) {
        meters(interaction).followupFailed.increment();
    }

    void internalError(Interaction interaction) {
        meters(interaction).internalErrors.increment();
    }

    /** Refused at once by the bound on what one user, or one server, has in flight. */
    void refused(Interaction interaction, Admission.Verdict verdict) {
        Meters of = meters(interaction);
        (verdict == Admission.Verdict.SERVER_FULL ? of.refusedServer : of.refusedUser).increment();
    }

    /** Answered "restarting" because the bot is stopping. */
    void restarting(Interaction interaction) {
        meters(interaction).restarting.increment();
    }

    private Meters meters(Interaction interaction) {
        return meters(Kind.of(interaction), shard(interaction));
    }

    private Meters meters(Kind kind, String shard) {
        return meters.computeIfAbsent(new Key(kind, shard), this::build);
    }

    private static String shard(Interaction interaction) {
        return Integer.toString(interaction.getJDA().getShardInfo().getShardId());
    }

    private Counter receivedCounter(Received key) {
        return Counter.builder("watchparty.interactions.received")
                .description("Interactions received, by kind, command (registered names only) and shard")
                .tags("kind", key.kind().tag, "command", key.command(), "shard", key.shard())
                .register(registry);
    }

    private Meters build(Key key) {
        String[] tags = {"kind", key.kind().tag, "shard", key.shard()};
        return new Meters(
                Timer.builder("watchparty.interactions.ack")
                        .description("From an interaction's creation (its snowflake) to Discord accepting its first"
                                + " answer or deferral")
                        .tags(tags)
                        .serviceLevelObjectives(ACK_BUCKETS)
                        .register(registry),
                counter("watchparty.interactions.deferred", "Interactions deferred by the deadline timer", tags),
                counter(
                        "watchparty.interactions.late",
                        "Interactions acknowledged after Discord's 3 seconds, or refused as unknown (10062)",
                        tags),
                counter(
                        "watchparty.interactions.ack.failed",
                        "First answers or deferrals Discord refused with another error",
                        tags),
                counter(
                        "watchparty.interactions.followup.failed",
                        "Answers after a deferral that could not be delivered",
                        tags),
                counter(
                        "watchparty.interactions.internal.errors",
                        "Interactions that met an internal error (answered with an apology, or no suggestions)",
                        tags),
                Counter.builder("watchparty.interactions.refused")
                        .description("Interactions refused at once by the in-flight bound of a user or a server")
                        .tags(tags)
                        .tag("bound", "user")
                        .register(registry),
                Counter.builder("watchparty.interactions.refused")
                        .description("Interactions refused at once by the in-flight bound of a user or a server")
                        .tags(tags)
                        .tag("bound", "server")
                        .register(registry),
                counter(
                        "watchparty.interactions.restarting",
                        "Interactions answered \"restarting\" during a stop",
                        tags));
    }

    private Counter counter(String name, String description, String[] tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    /** What kind of interaction, as the {@code kind} tag says it. */
    enum Kind {
        COMMAND("command"),
        CONTEXT_MENU("context_menu"),
        AUTOCOMPLETE("autocomplete"),
        BUTTON("button"),
        SELECT("select"),
        MODAL("modal"),
        OTHER("other");

        final String tag;

        Kind(String tag) {
            this.tag = tag;
        }

        static Kind of(Interaction interaction) {
            return switch (interaction) {
                case SlashCommandInteraction command -> COMMAND;
                case CommandAutoCompleteInteraction autocomplete -> AUTOCOMPLETE;
                case ContextInteraction<?> menu -> CONTEXT_MENU;
                case ButtonInteraction button -> BUTTON;
                case SelectMenuInteraction<?, ?> select -> SELECT;
                case ModalInteraction modal -> MODAL;
                default -> OTHER;
            };
        }
    }

    private record Key(Kind kind, String shard) {}

    private record Received(Kind kind, String command, String shard) {}

    private record Meters(
            Timer ack,
            Counter deferred,
            Counter late,
            Counter ackFailed,
            Counter followupFailed,
            Counter internalErrors,
            Counter refusedUser,
            Counter refusedServer,
            Counter restarting) {}
}
