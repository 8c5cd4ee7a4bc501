package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * A bare gateway client for what JDA never shows a test: the payloads the fake sends. Plain JSON text frames, no
 * compression, no heartbeats; one connection.
 */
final class RawGatewayClient extends WebSocketClient implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(3);

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();

    private RawGatewayClient(String gatewayUrl) {
        super(URI.create(gatewayUrl + "/?v=10&encoding=json"));
    }

    /** Connects and reads HELLO. */
    static RawGatewayClient connect(FakeDiscord discord) throws InterruptedException {
        RawGatewayClient client = new RawGatewayClient(discord.gatewayUrl());
        if (!client.connectBlocking(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("could not connect to the fake gateway");
        }
        JsonNode hello = client.next();
        if (hello.path("op").asInt() != FakeGateway.HELLO) {
            throw new AssertionError("expected HELLO first, got " + hello);
        }
        return client;
    }

    /** Sends IDENTIFY with the fake's token and this {@code shard} array. */
    void identify(JsonNode shard) {
        ObjectNode identify = Json.object();
        identify.put("op", FakeGateway.IDENTIFY);
        ObjectNode data = identify.putObject("d");
        data.put("token", FakeDiscord.TOKEN);
        data.put("intents", 1);
        data.putObject("properties").put("os", "linux").put("browser", "test").put("device", "test");
        data.set("shard", shard);
        send(Json.text(identify));
    }

    /** The {@code d} of the next payload, which must be a dispatch of this type. */
    JsonNode nextDispatch(String type) throws InterruptedException {
        JsonNode payload = next();
        if (payload.path("op").asInt() != FakeGateway.DISPATCH
                || !type.equals(payload.path("t").asText())) {
            throw new AssertionError("expected a " + type + " dispatch, got " + payload);
        }
        return payload.path("d");
    }

    private JsonNode next() throws InterruptedException {
        JsonNode payload = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (payload == null) {
            throw new AssertionError("nothing from the fake gateway within " + WAIT);
        }
        return payload;
    }

    @Override
    public void onOpen(ServerHandshake handshake) {}

    @Override
    public void onMessage(String text) {
        frames.add(Json.parse(text));
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {}

    @Override
    public void onError(Exception error) {}
}
