package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;

/**
 * One WebSocket connection of the bot to the fake gateway, sending JSON as text frames or, when the bot asked for
 * {@code compress=zlib-stream}, as binary frames of one shared zlib stream.
 */
final class GatewayConnection {

    private final WebSocket socket;
    private final ZlibStream zlib;
    private boolean released;

    GatewayConnection(WebSocket socket, boolean zlibStream) {
        this.socket = socket;
        this.zlib = zlibStream ? new ZlibStream() : null;
    }

    /**
     * Sends one payload; synchronized so frames leave in the order they were deflated. A payload for a connection
     * that is gone is dropped: a dispatch stays in the session's log for the resume.
     */
    synchronized boolean send(JsonNode payload) {
        if (released || !socket.isOpen()) {
            return false;
        }
        try {
            if (zlib != null) {
                socket.send(zlib.compress(Json.bytes(payload)));
            } else {
                socket.send(Json.text(payload));
            }
            return true;
        } catch (WebsocketNotConnectedException e) {
            return false;
        }
    }

    /** Closes with a close frame, e.g. Discord's 4004 for a bad token. */
    void close(int code, String reason) {
        socket.close(code, reason);
    }

    /** Cuts the TCP connection without a close frame, as a network failure would (the client sees 1006). */
    void drop() {
        socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the test");
    }

    /** Once closed: frees the compressor, and nothing is sent any more. */
    synchronized void released() {
        released = true;
        if (zlib != null) {
            zlib.close();
        }
    }
}
