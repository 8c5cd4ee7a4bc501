package dev.watchparty.time;

import java.time.ZoneId;
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
}
