package dev.watchparty.time;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The time zones a member may pick: the tz database's region ids the JDK knows (Europe/Berlin, America/New_York,
 * UTC), found by what a member types.
 */
public final class TimeZones {

    private static final List<String> IDS =
            ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private TimeZones() {}

    /** The zone with exactly this id, whatever its case, with spaces for underscores ("america/new york"). */
    public static Optional<ZoneId> named(String typed) {
        String wanted = normalised(typed);
        return IDS.stream()
                .filter(id -> id.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .map(ZoneId::of);
    }

    /**
     * Zones whose id holds what was typed, best first: the id itself, then a place name that starts with it
     * ("berl" finds Europe/Berlin), then any id that starts with or contains it; alphabetical within each.
     */
    public static List<ZoneId> matching(String typed, int limit) {
        String wanted = normalised(typed);
        return IDS.stream()
                .filter(id -> id.toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparingInt(id -> rank(id.toLowerCase(Locale.ROOT), wanted)))
                .limit(limit)
                .map(ZoneId::of)
                .toList();
    }

    private static int rank(String id, String wanted) {
        if (id.equals(wanted)) {
            return 0;
        }
        if (id.substring(id.lastIndexOf('/') + 1).startsWith(wanted)) {
            return 1;
        }
        return id.startsWith(wanted) ? 2 : 3;
    }

    private static String normalised(String typed) {
        return typed.strip().replaceAll("\\s+", "_").toLowerCase(Locale.ROOT);
    }
}
