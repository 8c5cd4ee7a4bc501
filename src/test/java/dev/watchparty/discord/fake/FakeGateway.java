package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's gateway v10 with JSON encoding: HELLO on connect, IDENTIFY answered by READY and a GUILD_CREATE per server,
 * heartbeats acknowledged, RESUME answered by the missed dispatches and RESUMED.
 *
 * <p>Sharded as Discord shards: the fake has a fixed shard total (1 by default) and one session per shard id, each on
 * its own connection, whichever process opened it. IDENTIFY names its shard as {@code shard: [id, total]}; the session
 * of shard {@code id} gets READY with the servers on that shard, {@code (guild_id >> 22) % total == id}, their
 * GUILD_CREATEs, and from then on the dispatches the fake routes to that shard. A new IDENTIFY for a shard replaces its
 * session (an older connection still open gets nothing more). Where Discord is more lenient the fake is simple:
 *
 * <ul>
 *   <li>no {@code shard}: shard 0 of 1, refused with 4011 (Sharding required) when the fake has more shards;
 *   <li>a total below the fake's: 4011 (Sharding required), as Discord refuses too few shards for a bot's servers;
 *   <li>a total above the fake's, which Discord would accept, a malformed {@code shard} or an id outside
 *       {@code [0, total)}: 4010 (Invalid shard). The fake routes by its own total only.
 * </ul>
 *
 * <p>JDA takes both close codes as final and shuts the shard down.
 */
final class FakeGateway extends WebSocketServer {

    /** Gateway opcodes. */
    static final int DISPATCH = 0;

    static final int HEARTBEAT = 1;
    static final int IDENTIFY = 2;
    static final int PRESENCE_UPDATE = 3;
    static final int VOICE_STATE_UPDATE = 4;
    static final int RESUME = 6;
    static final int REQUEST_GUILD_MEMBERS = 8;
    static final int INVALID_SESSION = 9;
    static final int HELLO = 10;
    static final int HEARTBEAT_ACK = 11;
    static final int REQUEST_SOUNDBOARD_SOUNDS = 31;

    /** Gateway close codes for a bad {@code shard} in IDENTIFY. */
    static final int INVALID_SHARD = 4010;

    static final int SHARDING_REQUIRED = 4011;

    /** Discord's interval; the fake never enforces it, JDA heartbeats on it anyway. */
    private static final int HEARTBEAT_INTERVAL_MS = 41_250;

    private static final Logger log = LoggerFactory.getLogger(FakeGateway.class);

    private final String token;
    private final Payloads payloads;
    private final int shardTotal;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Recorder<String> connections = new Recorder<>();
    private final Recorder<GatewayFrame> received = new Recorder<>();
    private final Recorder<GatewaySession> identified = new Recorder<>();
    private final Recorder<Resumed> resumed = new Recorder<>();
    /** The close code of every connection that ended, in order. */
    private final Recorder<Integer> closed = new Recorder<>();

    /** The current session of each shard, by shard id; null until that shard identifies. */
    private final AtomicReferenceArray<GatewaySession> sessions;
    /** Signalled whenever a shard connects (IDENTIFY, RESUME) or loses its connection. */
    private final ReentrantLock stateLock = new ReentrantLock();

    private final Condition stateChanged = stateLock.newCondition();

    FakeGateway(String token, Payloads payloads, int shardTotal) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        if (shardTotal < 1) {
            throw new IllegalArgumentException("one shard at least, not " + shardTotal);
        }
        this.token = token;
        this.payloads = payloads;
        this.shardTotal = shardTotal;
        this.sessions = new AtomicReferenceArray<>(shardTotal);
        setReuseAddr(true);
        setTcpNoDelay(true);
        setDaemon(true);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake gateway did not start");
        }
    }

    /** {@code ws://127.0.0.1:PORT}, as Discord's {@code wss://gateway.discord.gg}: JDA adds the query. */
    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    int shardTotal() {
        return shardTotal;
    }

    /** The request target of every connection, e.g. {@code /?encoding=json&v=10&compress=zlib-stream}. */
    Recorder<String> connections() {
        return connections;
    }

    Recorder<GatewayFrame> received() {
        return received;
    }

    /** Every session that identified, in order, whatever its shard. */
    Recorder<GatewaySession> identified() {
        return identified;
    }

    Recorder<Integer> closed() {
        return closed;
    }

    Recorder<Resumed> resumed() {
        return resumed;
    }

    /** Sends a dispatch in a shard's current session (or keeps it for the resume if that shard is disconnected). */
    int dispatch(int shard, String type, JsonNode data) {
        return session(shard).dispatch(type, data);
    }

    /**
     * Cuts a shard's connection without a close frame. Detaches it from the session first, so whatever is dispatched
     * to that shard from now on waits for the RESUME.
     */
    void dropConnection(int shard) {
        GatewayConnection connection = session(shard).detach();
        if (connection == null) {
            throw new IllegalStateException("shard " + shard + " is not connected");
        }
        connection.drop();
        signalStateChanged();
    }

    /** Whether this shard has a session with a connection attached (identified or resumed, not dropped). */
    boolean isConnected(int shard) {
        checkShard(shard);
        GatewaySession current = sessions.get(shard);
        return current != null && current.isConnected();
    }

    /** The shards connected right now, in order. */
    Set<Integer> connectedShards() {
        Set<Integer> connected = new TreeSet<>();
        for (int shard = 0; shard < shardTotal; shard++) {
            if (isConnected(shard)) {
                connected.add(shard);
            }
        }
        return connected;
    }

    /** Waits until at least {@code count} shards are connected at once; which ones. */
    Set<Integer> awaitConnected(int count, Duration timeout) {
        if (count < 1 || count > shardTotal) {
            throw new IllegalArgumentException("the fake has " + shardTotal + " shard(s), cannot wait for " + count);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        stateLock.lock();
        try {
            while (true) {
                Set<Integer> connected = connectedShards();
                if (connected.size() >= count) {
                    return connected;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(
                            "timed out after " + timeout.toMillis() + " ms waiting for " + count
                                    + " shard(s) to be connected; connected: " + connected,
                            new TimeoutException());
                }
                stateChanged.await(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + count + " shard(s) to connect", e);
        } finally {
            stateLock.unlock();
        }
    }

    private GatewaySession session(int shard) {
        checkShard(shard);
        GatewaySession current = sessions.get(shard);
        if (current == null) {
            throw new IllegalStateException(
                    "no gateway session on shard " + shard + " yet: the bot has not identified it");
        }
        return current;
    }

    private void checkShard(int shard) {
        if (shard < 0 || shard >= shardTotal) {
            throw new IllegalArgumentException("the fake has shards 0 to " + (shardTotal - 1) + ", not " + shard);
        }
    }

    private void signalStateChanged() {
        stateLock.lock();
        try {
            stateChanged.signalAll();
        } finally {
            stateLock.unlock();
        }
    }

    // ---- WebSocket events

    @Override
    public void onStart() {
        setConnectionLostTimeout(0); // JDA heartbeats; WebSocket pings would only add traffic
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        connections.add(handshake.getResourceDescriptor());
        Map<String, String> query = query(handshake.getResourceDescriptor());
        GatewayConnection connection = new GatewayConnection(socket, "zlib-stream".equals(query.get("compress")));
        socket.setAttachment(connection);
        if (!"json".equals(query.getOrDefault("encoding", "json"))) {
            connection.close(4002, "Error while decoding payload."); // only JSON here; ETF is not spoken
            return;
        }
        ObjectNode hello = frame(HELLO);
        ObjectNode data = hello.putObject("d");
        data.put("heartbeat_interval", HEARTBEAT_INTERVAL_MS);
        data.putArray("_trace").add("fake-discord");
        connection.send(hello);
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        long now = System.nanoTime();
        GatewayConnection connection = socket.getAttachment();
        JsonNode payload = Json.parse(text);
        int op = payload.path("op").asInt(-1);
        received.add(new GatewayFrame(op, payload, now));
        switch (op) {
            case HEARTBEAT -> connection.send(frame(HEARTBEAT_ACK));
            case IDENTIFY -> identify(connection, payload.path("d"));
            case RESUME -> resume(connection, payload.path("d"));
            case PRESENCE_UPDATE, VOICE_STATE_UPDATE, REQUEST_GUILD_MEMBERS, REQUEST_SOUNDBOARD_SOUNDS -> {
                // recorded; nothing in the fake depends on them
            }
            default -> connection.close(4001, "Unknown opcode.");
        }
    }

    @Override
    public void onMessage(WebSocket socket, ByteBuffer bytes) {
        // clients send JSON as text; binary would be ETF, which the fake does not speak
        GatewayConnection connection = socket.getAttachment();
        connection.close(4002, "Error while decoding payload.");
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        GatewayConnection connection = socket.getAttachment();
        if (connection == null) {
            return;
        }
        boolean detached = false;
        for (int shard = 0; shard < shardTotal; shard++) {
            GatewaySession current = sessions.get(shard);
            detached |= current != null && current.detachIf(connection);
        }
        connection.released();
        closed.add(code);
        if (detached) {
            signalStateChanged();
        }
        log.debug("gateway connection closed: {} {} (by the bot: {})", code, reason, remote);
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
        log.debug("gateway connection error", error);
    }

    // ---- protocol

    private void identify(GatewayConnection connection, JsonNode data) {
        if (!token.equals(data.path("token").asText())) {
            connection.close(4004, "Authentication failed.");
            return;
        }
        JsonNode asked = data.get("shard");
        boolean sharded = asked != null && !asked.isNull();
        int refused = refusal(asked);
        if (refused != 0) {
            connection.close(refused, refused == SHARDING_REQUIRED ? "Sharding required." : "Invalid shard.");
            return;
        }
        int shard = sharded ? asked.get(0).asInt() : 0;
        List<FakeGuild> shardGuilds = guildsOn(shard);
        GatewaySession fresh = new GatewaySession(UUID.randomUUID().toString().replace("-", ""), shard, connection);
        sessions.set(shard, fresh);
        JsonNode echoed = sharded ? Json.array().add(shard).add(shardTotal) : null;
        fresh.dispatch("READY", payloads.ready(fresh.id(), url(), echoed, shardGuilds));
        for (FakeGuild guild : shardGuilds) {
            fresh.dispatch("GUILD_CREATE", payloads.guildCreate(guild));
        }
        identified.add(fresh);
        signalStateChanged();
    }

    /** The close code for the {@code shard} of an IDENTIFY, as the class comment says, or 0 if it is accepted. */
    private int refusal(JsonNode asked) {
        if (asked == null || asked.isNull()) {
            return shardTotal > 1 ? SHARDING_REQUIRED : 0;
        }
        boolean wellFormed = asked.isArray()
                && asked.size() == 2
                && asked.get(0).isIntegralNumber()
                && asked.get(0).canConvertToInt()
                && asked.get(1).isIntegralNumber()
                && asked.get(1).canConvertToInt();
        if (!wellFormed) {
            return INVALID_SHARD;
        }
        int shard = asked.get(0).asInt();
        int total = asked.get(1).asInt();
        if (total < 1 || shard < 0 || shard >= total) {
            return INVALID_SHARD;
        }
        if (total < shardTotal) {
            return SHARDING_REQUIRED;
        }
        return total > shardTotal ? INVALID_SHARD : 0;
    }

    /** The servers whose events go to this shard, in the order of {@link Payloads#guilds()}. */
    List<FakeGuild> guildsOn(int shard) {
        checkShard(shard);
        return payloads.guilds().stream()
                .filter(guild -> guild.shard(shardTotal) == shard)
                .toList();
    }

    private void resume(GatewayConnection connection, JsonNode data) {
        GatewaySession current = sessionById(data.path("session_id").asText());
        if (current == null || !token.equals(data.path("token").asText())) {
            // not resumable: the bot must identify again
            ObjectNode invalid = frame(INVALID_SESSION);
            invalid.put("d", false);
            connection.send(invalid);
            return;
        }
        long lastSeen = data.path("seq").asLong();
        int replayed = current.resume(connection, lastSeen);
        resumed.add(new Resumed(current.id(), current.shard(), lastSeen, replayed));
        signalStateChanged();
    }

    /** The current session of whichever shard has this id; null if none has (unknown, or replaced since). */
    private GatewaySession sessionById(String sessionId) {
        for (int shard = 0; shard < shardTotal; shard++) {
            GatewaySession current = sessions.get(shard);
            if (current != null && current.id().equals(sessionId)) {
                return current;
            }
        }
        return null;
    }

    /** A non-dispatch payload: {@code s} and {@code t} are null, as Discord sends them. */
    private static ObjectNode frame(int op) {
        ObjectNode payload = Json.object();
        payload.putNull("t");
        payload.putNull("s");
        payload.put("op", op);
        payload.putNull("d");
        return payload;
    }

    private static Map<String, String> query(String resource) {
        Map<String, String> params = new HashMap<>();
        int start = resource.indexOf('?');
        if (start < 0) {
            return params;
        }
        for (String pair : resource.substring(start + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                params.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return params;
    }
}
