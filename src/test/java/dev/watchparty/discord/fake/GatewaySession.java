package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A gateway session from IDENTIFY on: its id, the shard it identified as, the sequence of its dispatches, and every
 * dispatch kept so a RESUME can replay what the bot missed. Dispatches made while no connection is attached wait in
 * the log for the resume.
 */
final class GatewaySession {

    private final String id;
    private final int shard;
    private final List<ObjectNode> dispatched = new ArrayList<>();
    private int sequence;
    private GatewayConnection connection;

    GatewaySession(String id, int shard, GatewayConnection connection) {
        this.id = id;
        this.shard = shard;
        this.connection = connection;
    }

    String id() {
        return id;
    }

    /** The shard id it identified as: 0 for a bot that does not shard. */
    int shard() {
        return shard;
    }

    /** Numbers, logs and (if connected) sends one dispatch (op 0); returns the sequence number it got. */
    synchronized int dispatch(String type, JsonNode data) {
        sequence++;
        ObjectNode payload = Json.object();
        payload.put("op", 0);
        payload.put("s", sequence);
        payload.put("t", type);
        payload.set("d", data);
        dispatched.add(payload);
        if (connection != null) {
            connection.send(payload);
        }
        return sequence;
    }

    /**
     * Attaches a resuming connection, replays the dispatches after {@code lastSeen} and ends with RESUMED, as Discord
     * does. Returns how many were replayed.
     */
    synchronized int resume(GatewayConnection resumed, long lastSeen) {
        connection = resumed;
        int replayed = 0;
        for (ObjectNode payload : dispatched) {
            if (payload.get("s").asLong() > lastSeen) {
                resumed.send(payload);
                replayed++;
            }
        }
        ObjectNode data = Json.object();
        data.putArray("_trace").add("fake-discord");
        dispatch("RESUMED", data);
        return replayed;
    }

    /** Takes the connection away, so later dispatches wait for a resume; returns it. */
    synchronized GatewayConnection detach() {
        GatewayConnection previous = connection;
        connection = null;
        return previous;
    }

    /** Takes the connection away if it is this one; whether it was. */
    synchronized boolean detachIf(GatewayConnection closed) {
        if (connection == closed) {
            connection = null;
            return true;
        }
        return false;
    }

    synchronized boolean isConnected() {
        return connection != null;
    }
}
