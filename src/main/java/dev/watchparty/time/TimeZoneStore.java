package dev.watchparty.time;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Each user's time zone, and each server's default for members who set none: what a typed time such as "friday
 * 8pm" means. A zone the running JDK no longer knows reads as unset.
 */
public interface TimeZoneStore {

    Optional<ZoneId> userZone(String userId);

    void setUserZone(String userId, ZoneId zone);

    Optional<ZoneId> serverZone(String guildId);

    void setServerZone(String guildId, ZoneId zone, String setBy);

    /** Where a member's typed times are read: their zone, else their server's ({@code guildId} may be null), else UTC. */
    default ReaderZone zoneFor(String userId, String guildId) {
        return userZone(userId)
                .map(zone -> new ReaderZone(zone, ReaderZone.Origin.MEMBER))
                .or(() -> guildId == null
                        ? Optional.empty()
                        : serverZone(guildId).map(zone -> new ReaderZone(zone, ReaderZone.Origin.SERVER)))
                .orElse(new ReaderZone(ZoneOffset.UTC, ReaderZone.Origin.NONE_SET));
    }
}
