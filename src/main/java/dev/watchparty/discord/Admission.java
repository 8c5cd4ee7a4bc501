package dev.watchparty.discord;

import java.util.HashMap;
import java.util.Map;

/**
 * Bounds what one user, and one server, can have in flight at once, so that a flood from one place cannot
 * take every thread the database has. Each {@link #tryEnter} that admits is followed by one {@link #leave}.
 */
final class Admission {

    private final int perUser;
    private final int perServer;
    private final Map<String, Integer> inFlight = new HashMap<>();

    Admission(int perUser, int perServer) {
        this.perUser = perUser;
        this.perServer = perServer;
    }

    /** Whether an interaction may go ahead, or which bound it met: the user's own, or their server's. */
    enum Verdict {
        ADMITTED,
        USER_FULL,
        SERVER_FULL
    }

    /** {@code server} is null outside a server. */
    synchronized Verdict tryEnter(String user, String server) {
        if (count("user " + user) >= perUser) {
            return Verdict.USER_FULL;
        }
        if (server != null && count("server " + server) >= perServer) {
            return Verdict.SERVER_FULL;
        }
        inFlight.merge("user " + user, 1, Integer::sum);
        if (server != null) {
            inFlight.merge("server " + server, 1, Integer::sum);
        }
        return Verdict.ADMITTED;
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
