package dev.watchparty.discord;

import java.util.HashMap;
import java.util.Map;

/**
 * Bounds what one user, and one server, can have in flight at once, so that a flood from one place cannot
 * take every thread the database has. Each successful {@link #tryEnter} is followed by one {@link #leave}.
 */
final class Admission {

    private final int perUser;
    private final int perServer;
    private final Map<String, Integer> inFlight = new HashMap<>();

    Admission(int perUser, int perServer) {
        this.perUser = perUser;
        this.perServer = perServer;
    }

    /** {@code server} is null outside a server. */
    synchronized boolean tryEnter(String user, String server) {
        if (count("user " + user) >= perUser || (server != null && count("server " + server) >= perServer)) {
            return false;
        }
        inFlight.merge("user " + user, 1, Integer::sum);
        if (server != null) {
            inFlight.merge("server " + server, 1, Integer::sum);
        }
        return true;
    }

    synchronized void leave(String user, String server) {
        inFlight.computeIfPresent("user " + user, (key, count) -> count > 1 ? count - 1 : null);
        if (server != null) {
            inFlight.computeIfPresent("server " + server, (key, count) -> count > 1 ? count - 1 : null);
        }
    }

    private int count(String key) {
        return inFlight.getOrDefault(key, 0);
    }
}
