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
import java.util.Set;

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
 * {@link InteractionCall#inGuild(FakeGuild)}). The bot may plan events in its servers ({@link #scheduledEvents()}),
 * which a test has members mark themselves interested in ({@link #markInterested}). Every REST request is recorded
 * ({@link #requests()}); {@link #respondNext} and {@link #inject} make routes fail.
 *
 * <p>It serves one shard unless {@link #builder()} asks for more. With {@code N} shards, {@code GET /gateway/bot}
 * recommends {@code N}, each shard id has a session of its own (shards may connect from different processes), the
 * servers are spread over the shards by Discord's formula {@code (guild_id >> 22) % N} (server {@code i} of
 * {@link #guilds()} lands on shard {@code i % N}) and events are routed as Discord routes them: a server's
 * GUILD_CREATE and interactions to its shard, DM interactions to shard 0. Interactions from a server the bot is not in
 * ({@link InteractionCall#inGuildWithoutBot}) go to shard 0 as well. See {@link FakeGateway} for what an IDENTIFY
 * with a wrong {@code shard} gets.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.builder().shards(2).guilds(4).start()) {
 *     // process A runs shard 0 of 2, process B shard 1 of 2 (setShardsTotal(2), setShards(0, 0) / setShards(1, 1))
 *     discord.awaitShardsConnected(2, Duration.ofSeconds(10));
 *     FakeGuild onShard1 = discord.guildsOnShard(1).get(0);
 *     discord.sendSlashCommand(SlashCommandCall.of("ping").inGuild(onShard1));      // reaches B
 *     discord.sendSlashCommand(SlashCommandCall.of("ping").inDm());                 // reaches A
 *     discord.sendSlashCommand(SlashCommandCall.of("ping").inGuildWithoutBot(discord.guildIdWithoutBot(1))); // A
 * }
 * }</pre>
 */
public final class FakeDiscord implements AutoCloseable {

    /** The token the fake accepts, on REST ({@code Authorization: Bot <token>}) and in IDENTIFY. */
    public static final String TOKEN = "fake-bot-token.for-tests-only";

    private static final String BOT_NAME = "Watch Party";

    private final Payloads payloads;
    private final CommandRegistry commands;
    private final MessageStore messages;
    private final ScheduledEvents scheduledEvents;
    private final Interactions interactions = new Interactions();
    private final InteractionFactory factory;
    private final FakeGateway gateway;
    private final FakeRest rest;
    private final Snowflakes ids;
    private final int shards;
    private volatile int resumesBeforeDrop;
    private volatile int droppedShard;

    private FakeDiscord(int guildCount, int shardCount, long botRole) throws IOException, InterruptedException {
        this.ids = new Snowflakes();
        this.shards = shardCount;
        long botUserId = ids.next();
        long applicationId = botUserId; // as for every bot made since 2020
        FakeGuild first = new FakeGuild(
                ids.nextOnShard(0, shardCount),
                "Fake Watch Party Server",
                ids.next(),
                "general",
                ids.next(),
                ids.next(),
                ids.next());
        List<FakeGuild> guilds = new ArrayList<>(guildCount);
        guilds.add(first);
        for (int i = 2; i <= guildCount; i++) {
            // one owner for all: every server is the same fake, only the ids differ; server i (from 0) on shard i % N
            guilds.add(new FakeGuild(
                    ids.nextOnShard((i - 1) % shardCount, shardCount),
                    "Fake Watch Party Server " + i,
                    ids.next(),
                    "general",
                    ids.next(),
                    ids.next(),
                    first.ownerId()));
        }
        this.payloads = new Payloads(ids, botUserId, BOT_NAME, applicationId, guilds, botRole);
        this.commands = new CommandRegistry(ids, applicationId);
        this.messages = new MessageStore(payloads, ids);
        this.scheduledEvents = new ScheduledEvents(payloads, ids);
        Attachments attachments = new Attachments(ids);
        this.gateway = new FakeGateway(TOKEN, payloads, shardCount);
        gateway.startAndWait();
        try {
            this.rest = new FakeRest(
                    TOKEN,
                    payloads,
                    messages,
                    scheduledEvents,
                    commands,
                    interactions,
                    gateway::url,
                    shardCount,
                    attachments);
        } catch (IOException | RuntimeException e) {
            gateway.stop(0);
            throw e;
        }
        this.factory = new InteractionFactory(ids, payloads, commands, messages, attachments, rest.origin());
    }

    /** Starts the REST API and the gateway on free loopback ports, with the bot in one server, on one shard. */
    public static FakeDiscord start() {
        return builder().start();
    }

    /**
     * As {@link #start()}, with the bot in {@code guilds} servers, each with one text channel: READY lists them all
     * unavailable and a GUILD_CREATE follows for each, in the order of {@link #guilds()}.
     */
    public static FakeDiscord start(int guilds) {
        return builder().guilds(guilds).start();
    }

    /** A fake with more servers or shards than the default one of each: {@code builder().shards(2).start()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** How many servers the bot is in and how many shards the fake serves; one of each unless told otherwise. */
    public static final class Builder {

        private int guilds = 1;
        private int shards = 1;
        private long botRole = Permissions.BOT_ROLE;

        private Builder() {}

        /**
         * The bot's role also has Manage Messages, so it may delete members' messages; without it (the default, as
         * the bot asks when invited) Discord refuses with 403 Missing Permissions.
         */
        public Builder botManagesMessages() {
            this.botRole |= Permissions.MANAGE_MESSAGES;
            return this;
        }

        /** The bot is in this many servers, each with one text channel. */
        public Builder guilds(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("the bot is in one server at least, not " + count);
            }
            this.guilds = count;
            return this;
        }

        /**
         * The fake serves this many shards and {@code GET /gateway/bot} recommends them; server {@code i} of
         * {@link FakeDiscord#guilds()} gets an id on shard {@code i % total}, so with as many servers as shards or
         * more every shard has one.
         */
        public Builder shards(int total) {
            if (total < 1) {
                throw new IllegalArgumentException("a bot has one shard at least, not " + total);
            }
            this.shards = total;
            return this;
        }

        /** Starts the REST API and the gateway on free loopback ports. */
        public FakeDiscord start() {
            try {
                return new FakeDiscord(guilds, shards, botRole);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the fake Discord", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the fake Discord", e);
            }
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

    /** The shard total: what {@code GET /gateway/bot} recommends and IDENTIFY must name. 1 unless built otherwise. */
    public int shardCount() {
        return shards;
    }

    /** The servers whose events go to this shard, in the order of {@link #guilds()}; possibly none. */
    public List<FakeGuild> guildsOnShard(int shard) {
        return gateway.guildsOn(shard);
    }

    /**
     * A new server id that the bot is not in and that the sharding formula puts on {@code shard}: for
     * {@link InteractionCall#inGuildWithoutBot}, e.g. to show that such an interaction still goes to shard 0.
     */
    public long guildIdWithoutBot(int shard) {
        checkShard(shard);
        return ids.nextOnShard(shard, shards);
    }

    // ---- the gateway

    /**
     * Waits until the bot has identified and been sent READY and every server's GUILD_CREATE; the session id. With
     * several shards: the first shard that identified, whichever it is.
     */
    public String awaitIdentified(Duration timeout) {
        return gateway.identified()
                .awaitFirst(timeout, "the bot to identify on the gateway")
                .id();
    }

    /** As {@link #awaitIdentified(Duration)}, for the first IDENTIFY of this shard; its session id. */
    public String awaitIdentified(int shard, Duration timeout) {
        checkShard(shard);
        return gateway.identified()
                .await(0, session -> session.shard() == shard, timeout, "shard " + shard + " to identify")
                .id();
    }

    /**
     * Waits until at least {@code count} shards are connected at the same time, from whichever processes; returns
     * the connected shard ids. {@code awaitShardsConnected(shardCount(), ...)} waits for all of them.
     */
    public Set<Integer> awaitShardsConnected(int count, Duration timeout) {
        return gateway.awaitConnected(count, timeout);
    }

    /** Whether every shard is connected to the gateway right now (identified or resumed, not dropped). */
    public boolean isBotConnected() {
        return gateway.connectedShards().size() == shards;
    }

    /** Whether this shard is connected to the gateway right now (identified or resumed, not dropped). */
    public boolean isShardConnected(int shard) {
        return gateway.isConnected(shard);
    }

    /** The shards connected right now, in order. */
    public Set<Integer> connectedShards() {
        return gateway.connectedShards();
    }

    /**
     * Cuts the bot's gateway connection (shard 0's) without a close frame, as a network failure would; the bot
     * should reconnect and RESUME ({@link #awaitResumed}). Dispatches sent until then are replayed on the resume.
     */
    public void dropConnection() {
        dropConnection(0);
    }

    /** As {@link #dropConnection()}, for this shard's connection; the other shards stay connected. */
    public void dropConnection(int shard) {
        checkShard(shard);
        droppedShard = shard;
        resumesBeforeDrop = gateway.resumed().size();
        gateway.dropConnection(shard);
    }

    /** Waits for the successful RESUME of the shard after the last {@link #dropConnection}. */
    public Resumed awaitResumed(Duration timeout) {
        int shard = droppedShard;
        return gateway.resumed()
                .await(
                        resumesBeforeDrop,
                        resumed -> resumed.shard() == shard,
                        timeout,
                        "shard " + shard + " to resume");
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

    /** Every payload the bot sent on the gateway, in order, from every shard. */
    public List<GatewayFrame> gatewayFrames() {
        return gateway.received().all();
    }

    /**
     * Sends any dispatch (op 0) in the current session of the shard Discord would route it to: the shard of its
     * {@code guild_id}, or shard 0 without one. Returns its sequence number.
     */
    public int sendDispatch(String eventType, JsonNode data) {
        JsonNode guildId = data.path("guild_id");
        int shard = guildId.isTextual() || guildId.isNumber()
                ? FakeGuild.shardOf(Long.parseUnsignedLong(guildId.asText()), shards)
                : 0;
        return sendDispatch(shard, eventType, data);
    }

    /** Sends any dispatch (op 0) in this shard's current session; returns its sequence number. */
    public int sendDispatch(int shard, String eventType, JsonNode data) {
        return gateway.dispatch(shard, eventType, data.deepCopy());
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

    /**
     * Sends a message command (an APPLICATION_COMMAND, type 2, with {@code data.type} 3) used on a member's message,
     * which the fake keeps from then on, as Discord would.
     */
    public Interaction sendMessageCommand(MessageCommandCall call) {
        return send(factory.messageCommand(call));
    }

    /** Sends a MODAL_SUBMIT (type 5): a modal the bot showed, filled in and sent back. */
    public Interaction sendModalSubmit(ModalSubmitCall call) {
        return send(factory.modalSubmit(call));
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
        int shard = shardOf(interaction);
        interaction.dispatchedOn(shard);
        interactions.add(interaction);
        gateway.dispatch(shard, "INTERACTION_CREATE", interaction.payload());
        return interaction;
    }

    /**
     * Where an interaction goes: to its server's shard if the bot is in that server, else to shard 0. Discord
     * documents shard 0 for events without a {@code guild_id}, such as a DM's; an interaction of a user-installed app
     * in a server the bot is not in does carry that server's id, and going to shard 0 regardless is this fake's rule
     * (Discord does not document where it goes).
     */
    private int shardOf(Interaction interaction) {
        JsonNode guildId = interaction.payload().path("guild_id");
        if (!guildId.isTextual()) {
            return 0;
        }
        long id = Long.parseUnsignedLong(guildId.asText());
        return payloads.isGuild(id) ? FakeGuild.shardOf(id, shards) : 0;
    }

    private void checkShard(int shard) {
        if (shard < 0 || shard >= shards) {
            throw new IllegalArgumentException("the fake has shards 0 to " + (shards - 1) + ", not " + shard);
        }
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

    /**
     * A message as the fake holds it now (posted or edited by the bot, clicked on in a test, or a member's that a
     * message command was used on); empty once deleted.
     */
    public Optional<JsonNode> message(long messageId) {
        return messages.get(messageId).map(JsonNode.class::cast);
    }

    // ---- server events

    /** Every scheduled event the bot created, in order, as {@code GET .../scheduled-events/{id}} returns it. */
    public List<JsonNode> scheduledEvents() {
        return scheduledEvents.all();
    }

    /**
     * A member presses Interested on a scheduled event, so {@code GET .../users} lists them. No gateway event
     * follows: Discord sends GUILD_SCHEDULED_EVENT_USER_ADD only to bots with the scheduled-events intent, and the
     * fake serves none.
     */
    public void markInterested(long eventId, long userId, String username) {
        scheduledEvents.markInterested(eventId, userId, username);
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
