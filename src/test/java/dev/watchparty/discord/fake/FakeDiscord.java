package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.watchparty.discord.FixedGatewaySessionController;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fake Discord on 127.0.0.1 for end-to-end tests: the REST API v10 and the gateway v10 (JSON, with or without
 * zlib-stream compression), enough for the real JDA to log in, register commands and answer interactions.
 *
 * <p>Point a bot at it with {@link #restBaseUrl()} (JDA's {@code RestConfig.setBaseUrl}) and {@link #gatewayUrl()}
 * (a session controller's {@code getGateway()}, see {@link FixedGatewaySessionController}; a shard manager finds it
 * through {@code GET /gateway/bot} by itself), and log in with {@link #token()}:
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     JDA jda = JDABuilder.createLight(discord.token())
 *             .setRestConfig(new RestConfig().setBaseUrl(discord.restBaseUrl()))
 *             .setSessionController(new FixedGatewaySessionController(discord.gatewayUrl()))
 *             .build();
 *     discord.awaitIdentified(Duration.ofSeconds(5));
 *     Interaction ping = discord.sendSlashCommand(SlashCommandCall.of("ping"));
 *     JsonNode callback = ping.awaitCallback(Duration.ofSeconds(2)); // {"type":4,"data":{"content":...}}
 * }
 * }</pre>
 *
 * <p>The world is fixed: one bot user and application, one server ({@link #guild()}) with one text channel, or as
 * many such servers as {@link #start(int)} asks for ({@link #guilds()}; an interaction picks one with
 * {@link InteractionCall#inGuild(FakeGuild)}). Every
 * REST request is recorded ({@link #requests()}); {@link #respondNext} and {@link #inject} make routes fail.
 */
public final class FakeDiscord implements AutoCloseable {

    /** The token the fake accepts, on REST ({@code Authorization: Bot <token>}) and in IDENTIFY. */
    public static final String TOKEN = "fake-bot-token.for-tests-only";

    private static final String BOT_NAME = "Watch Party";

    private final Payloads payloads;
    private final CommandRegistry commands;
    private final MessageStore messages;
    private final Interactions interactions = new Interactions();
    private final InteractionFactory factory;
    private final FakeGateway gateway;
    private final FakeRest rest;
    private volatile int resumesBeforeDrop;

    private FakeDiscord(int guildCount) throws IOException, InterruptedException {
        Snowflakes ids = new Snowflakes();
        long botUserId = ids.next();
        long applicationId = botUserId; // as for every bot made since 2020
        FakeGuild first = new FakeGuild(
                ids.next(), "Fake Watch Party Server", ids.next(), "general", ids.next(), ids.next(), ids.next());
        List<FakeGuild> guilds = new ArrayList<>(guildCount);
        guilds.add(first);
        for (int i = 2; i <= guildCount; i++) {
            // one owner for all: every server is the same fake, only the ids differ
            guilds.add(new FakeGuild(
                    ids.next(),
                    "Fake Watch Party Server " + i,
                    ids.next(),
                    "general",
                    ids.next(),
                    ids.next(),
                    first.ownerId()));
        }
        this.payloads = new Payloads(ids, botUserId, BOT_NAME, applicationId, guilds);
        this.commands = new CommandRegistry(ids, applicationId);
        this.messages = new MessageStore(payloads, ids);
        this.factory = new InteractionFactory(ids, payloads, commands, messages);
        this.gateway = new FakeGateway(TOKEN, payloads);
        gateway.startAndWait();
        try {
            this.rest = new FakeRest(TOKEN, payloads, messages, commands, interactions, gateway::url);
        } catch (IOException | RuntimeException e) {
            gateway.stop(0);
            throw e;
        }
    }

    /** Starts the REST API and the gateway on free loopback ports, with the bot in one server. */
    public static FakeDiscord start() {
        return start(1);
    }

    /**
     * As {@link #start()}, with the bot in {@code guilds} servers, each with one text channel: READY lists them all
     * unavailable and a GUILD_CREATE follows for each, in the order of {@link #guilds()}.
     */
    public static FakeDiscord start(int guilds) {
        if (guilds < 1) {
            throw new IllegalArgumentException("the bot is in one server at least, not " + guilds);
        }
        try {
            return new FakeDiscord(guilds);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the fake Discord", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the fake Discord", e);
        }
    }

    // ---- where and who

    public String token() {
        return TOKEN;
    }

    /** E.g. {@code http://127.0.0.1:PORT/api/v10/}: what {@code RestConfig.setBaseUrl} takes. */
    public String restBaseUrl() {
        return rest.baseUrl();
    }

    /** E.g. {@code ws://127.0.0.1:PORT}; JDA adds {@code ?encoding=json&v=10&compress=zlib-stream} itself. */
    public String gatewayUrl() {
        return gateway.url();
    }

    public long botUserId() {
        return payloads.botUserId();
    }

    public long applicationId() {
        return payloads.applicationId();
    }

    /** The default server: the first of {@link #guilds()}, where interactions happen unless told otherwise. */
    public FakeGuild guild() {
        return payloads.guild();
    }

    /** Every server the bot is in, the default one first. */
    public List<FakeGuild> guilds() {
        return payloads.guilds();
    }

    // ---- the gateway

    /** Waits until the bot has identified and been sent READY and every server's GUILD_CREATE; the session id. */
    public String awaitIdentified(Duration timeout) {
        return gateway.identified().awaitFirst(timeout, "the bot to identify on the gateway");
    }

    /** Whether the bot is connected to the gateway right now (identified or resumed, not dropped). */
    public boolean isBotConnected() {
        return gateway.isConnected();
    }

    /**
     * Cuts the bot's gateway connection without a close frame, as a network failure would; the bot should
     * reconnect and RESUME ({@link #awaitResumed}). Dispatches sent until then are replayed on the resume.
     */
    public void dropConnection() {
        resumesBeforeDrop = gateway.resumed().size();
        gateway.dropConnection();
    }

    /** Waits for the bot's successful RESUME after the last {@link #dropConnection()}. */
    public Resumed awaitResumed(Duration timeout) {
        return gateway.resumed().await(resumesBeforeDrop, resumed -> true, timeout, "the bot to resume");
    }

    /**
     * The request target of every gateway connection the bot opened, in order, e.g.
     * {@code /?encoding=json&v=10&compress=zlib-stream}: whether it asked for compression, and how often it connected.
     */
    public List<String> gatewayConnections() {
        return gateway.connections().all();
    }

    /** Waits until a gateway connection has ended, by either side; its close code. */
    public int awaitDisconnected(Duration timeout) {
        return gateway.closed().awaitFirst(timeout, "a gateway connection to close");
    }

    /** Every payload the bot sent on the gateway, in order. */
    public List<GatewayFrame> gatewayFrames() {
        return gateway.received().all();
    }

    /** Sends any dispatch (op 0) in the current session; returns its sequence number. */
    public int sendDispatch(String eventType, JsonNode data) {
        return gateway.dispatch(eventType, data.deepCopy());
    }

    // ---- interactions

    /** Sends an APPLICATION_COMMAND (type 2) interaction for a chat command. */
    public Interaction sendSlashCommand(SlashCommandCall call) {
        return send(factory.command(call));
    }

    /** Sends an APPLICATION_COMMAND_AUTOCOMPLETE (type 4) interaction; the call must have a focused option. */
    public Interaction sendAutocomplete(SlashCommandCall call) {
        return send(factory.autocomplete(call));
    }

    /** Sends a MESSAGE_COMPONENT (type 3) interaction: a button click or a select-menu choice. */
    public Interaction sendComponent(ComponentCall call) {
        return send(factory.component(call));
    }

    /** A default user clicks a button on a message the fake makes up for it. */
    public Interaction sendButtonClick(String customId) {
        return sendComponent(ComponentCall.button(customId));
    }

    /** A default user clicks a button on a message the bot posted (e.g. {@link Interaction#responseMessage()}). */
    public Interaction sendButtonClick(String customId, JsonNode onMessage) {
        return sendComponent(ComponentCall.button(customId).onMessage(onMessage));
    }

    /** A default user picks values in a string select menu on a message the bot posted. */
    public Interaction sendSelect(String customId, JsonNode onMessage, String... values) {
        return sendComponent(ComponentCall.select(customId, values).onMessage(onMessage));
    }

    private Interaction send(Interaction interaction) {
        interactions.add(interaction);
        gateway.dispatch("INTERACTION_CREATE", interaction.payload());
        return interaction;
    }

    // ---- REST: what the bot did

    /** The body of the bot's last {@code PUT .../commands} (global or server), or JSON null if none yet. */
    public JsonNode registeredCommands() {
        return commands.overwrites().last().<JsonNode>map(JsonNode::deepCopy).orElse(NullNode.getInstance());
    }

    /** Waits for the bot's first command overwrite and returns the body of the last one so far. */
    public JsonNode awaitRegisteredCommands(Duration timeout) {
        commands.overwrites().awaitFirst(timeout, "the bot to register its commands");
        return registeredCommands();
    }

    /** Every REST request so far, in the order they were answered. */
    public List<RecordedRequest> requests() {
        return rest.requests().all();
    }

    /** The first request with this method on a path matching {@code pathRegex}, waiting for it if need be. */
    public RecordedRequest awaitRequest(String method, String pathRegex, Duration timeout) {
        return rest.requests().await(0, request -> request.is(method, pathRegex), timeout, method + " " + pathRegex);
    }

    /** The first {@code count} messages the bot posted in channels ({@code POST /channels/{id}/messages}). */
    public List<RecordedRequest> awaitChannelMessages(int count, Duration timeout) {
        return rest.channelMessages().awaitCount(count, timeout, count + " channel message(s)");
    }

    /** A message as the fake holds it now (posted or edited by the bot, or clicked on in a test). */
    public Optional<JsonNode> message(long messageId) {
        return messages.get(messageId).map(JsonNode.class::cast);
    }

    // ---- faults

    /**
     * The next request with this method on a path matching {@code pathRegex} gets {@code status} instead of its
     * normal answer: a 429 with a {@code retry_after} of 0.1 s, or an error such as 502 or 503.
     */
    public void respondNext(String method, String pathRegex, int status) {
        inject(status == 429 ? Fault.rateLimited(method, pathRegex, 0.1) : Fault.status(method, pathRegex, status));
    }

    /** The next matching request gets a per-route 429 that asks to retry after {@code retryAfterSeconds}. */
    public void respondNext(String method, String pathRegex, int status, double retryAfterSeconds) {
        if (status != 429) {
            throw new IllegalArgumentException("a retry-after goes with a 429, not " + status);
        }
        inject(Fault.rateLimited(method, pathRegex, retryAfterSeconds));
    }

    public void inject(Fault fault) {
        rest.arm(fault);
    }

    @Override
    public void close() {
        rest.close();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
