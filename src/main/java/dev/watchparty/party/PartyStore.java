package dev.watchparty.party;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where parties live, so a restart resumes every one where it was. */
public interface PartyStore {

    /** A party opening at a set time, made with /party schedule; it opens in {@code language}, the server's then. */
    record ScheduledParty(
            String id,
            String guildId,
            String channelId,
            String showId,
            String hostId,
            String hostName,
            String name,
            String episode,
            Instant startsAt,
            Locale language) {}

    /** Keeps a party not kept before, all of it: its own row, its co-hosts and its members. */
    void save(Party party);

    /**
     * Keeps {@code after}, a change of {@code before}, which must be the party as this store last kept it. Only what
     * differs is written: the party's own fields if they changed, the co-hosts if they changed, and the members
     * added, changed or gone, each alone; the rest is left as it is. Members read back in {@code after}'s order. All
     * of it is committed in one transaction before this returns.
     */
    void update(Party before, Party after);

    void ended(String partyId, String reason, Instant at);

    List<Party> activeParties();

    void schedule(ScheduledParty party);

    void scheduleDone(String scheduledId);

    /** Records the server event made for a scheduled party, whose interested members join it when it opens. */
    void eventPlanned(String scheduledId, String eventId);

    /** The server event made for a scheduled party, if one was. */
    Optional<String> plannedEvent(String scheduledId);

    /**
     * Marks a scheduled party done and saves the party it opens, in one step, unless it was already done: false
     * then, and nothing is saved. Of several processes that try at once, exactly one opens it.
     */
    boolean openScheduled(String scheduledId, Party party);

    List<ScheduledParty> pendingSchedules();
}
