package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's gateway v10 with JSON encoding: HELLO on connect, IDENTIFY answered by READY and a GUILD_CREATE per server,
 * heartbeats acknowledged, RESUME answered by the missed dispatches and RESUMED. One session at a time, as for a
 * bot with one shard.
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

    /** Discord's interval; the fake never enforces it, JDA heartbeats on it anyway. */
    private static final int HEARTBEAT_INTERVAL_MS = 41_250;

    private static final Logger log = LoggerFactory.getLogger(FakeGateway.class);

    private final String token;
    private final Payloads payloads;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Recorder<String> connections = new Recorder<>();
    private final Recorder<GatewayFrame> received = new Recorder<>();
    private final Recorder<String> identified = new Recorder<>();
    private final Recorder<Resumed> resumed = new Recorder<>();
    /** The close code of every connection that ended, in order. */
    private final Recorder<Integer> closed = new Recorder<>();

    private volatile GatewaySession session;

    FakeGateway(String token, Payloads payloads) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.token = token;
        this.payloads = payloads;
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

    /** The request target of every connection, e.g. {@code /?encoding=json&v=10&compress=zlib-stream}. */
    Recorder<String> connections() {
        return connections;
    }

    Recorder<GatewayFrame> received() {
        return received;
    }

    Recorder<String> identified() {
        return identified;
    }

    Recorder<Integer> closed() {
        return closed;
    }

    Recorder<Resumed> resumed() {
        return resumed;
    }

    /** Sends a dispatch in the current session (or keeps it for the resume if the bot is disconnected). */
    int dispatch(String type, JsonNode data) {
        GatewaySession current = session;
        if (current == null) {
            throw new IllegalStateException("no gateway session yet: the bot has not identified");
        }
        return current.dispatch(type, data);
    }

    /**
     * Cuts the bot's connection without a close frame. Detaches it from the session first, so whatever is dispatched
     * from now on waits for the RESUME.
     */
    void dropConnection() {
        GatewaySession current = session;
        GatewayConnection connection = current == null ? null : current.detach();
        if (connection == null) {
            throw new IllegalStateException("the bot is not connected");
        }
        connection.drop();
    }

    boolean isConnected() {
        GatewaySession current = session;
        return current != null && current.isConnected();
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
        GatewaySession current = session;
        if (current != null) {
            current.detachIf(connection);
        }
        connection.released();
        closed.add(code);
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
        GatewaySession fresh = new GatewaySession(UUID.randomUUID().toString().replace("-", ""), connection);
        session = fresh;
        fresh.dispatch("READY", payloads.ready(fresh.id(), url(), data.get("shard")));
        for (FakeGuild guild : payloads.guilds()) {
            fresh.dispatch("GUILD_CREATE", payloads.guildCreate(guild));
        }
        identified.add(fresh.id());
    }

    private void resume(GatewayConnection connection, JsonNode data) {
        GatewaySession current = session;
        if (current == null
                || !current.id().equals(data.path("session_id").asText())
                || !token.equals(data.path("token").asText())) {
            // not resumable: the bot must identify again
            ObjectNode invalid = frame(INVALID_SESSION);
            invalid.put("d", false);
            connection.send(invalid);
            return;
        }
        long lastSeen = data.path("seq").asLong();
        int replayed = current.resume(connection, lastSeen);
        resumed.add(new Resumed(current.id(), lastSeen, replayed));
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
