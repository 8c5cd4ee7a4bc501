package dev.watchparty.time;

import java.time.ZoneId;

/** The zone a member's typed times are read in, and whose it is: the member's own, their server's, or UTC. */
public record ReaderZone(ZoneId zone, Origin origin) {

    public enum Origin {
        MEMBER,
        SERVER,
        NONE_SET
    }
}
