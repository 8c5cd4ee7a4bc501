package dev.watchparty.storage;

import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.party.Party;
import dev.watchparty.party.PartyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parties, their co-hosts and members, and scheduled openings. A party's language is kept as a language tag (de,
 * pt-BR); rows from before it was kept have none and read as English.
 */
public final class JdbcPartyStore implements PartyStore {

    private final Database database;

    public JdbcPartyStore(Database database) {
        this.database = database;
    }

    @Override
    public void save(Party party) {
        database.inTransaction(connection -> {
            write(connection, null, party);
            return null;
        });
    }

    @Override
    public void update(Party before, Party after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("party " + after.id() + " is no change of party " + before.id());
        }
        database.inTransaction(connection -> {
            write(connection, before, after);
            return null;
        });
    }

    @Override
    public boolean openScheduled(String scheduledId, Party party) {
        return database.inTransaction(connection -> {
            if (Sql.execute(
                            connection,
                            "UPDATE party_schedule SET done = 1 WHERE schedule_id = ? AND done = 0",
                            scheduledId)
                    == 0) {
                return false;
            }
            write(connection, null, party);
            return true;
        });
    }

    /**
     * Writes what {@code after} changed of {@code before}, the party as kept; all of {@code after} when it was not
     * kept before ({@code before} null).
     */
    private static void write(Connection connection, Party before, Party after) throws SQLException {
        if (before == null) {
            Sql.execute(
                    connection,
                    """
                    INSERT INTO party (party_id, show_id, guild_id, channel_id, name, host_id, finished, up_next,
                        episodes_watched, started_at, last_activity, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (party_id) DO UPDATE SET finished = excluded.finished, up_next = excluded.up_next,
                        episodes_watched = excluded.episodes_watched, last_activity = excluded.last_activity""",
                    after.id(),
                    after.showId(),
                    after.guildId(),
                    after.channelId(),
                    after.name(),
                    after.hostId(),
                    after.finished().toString(),
                    upNext(after),
                    after.episodesWatched(),
                    after.startedAt().toEpochMilli(),
                    after.lastActivity().toEpochMilli(),
                    after.language().toLanguageTag());
        } else if (ownFieldsChanged(before, after)) {
            Sql.execute(
                    connection,
                    """
                    UPDATE party SET finished = ?, up_next = ?, episodes_watched = ?, last_activity = ?
                    WHERE party_id = ?""",
                    after.finished().toString(),
                    upNext(after),
                    after.episodesWatched(),
                    after.lastActivity().toEpochMilli(),
                    after.id());
        }
        writeCohosts(connection, after.id(), before == null ? Map.of() : before.cohosts(), after.cohosts());
        writeMembers(connection, after.id(), before == null ? Map.of() : before.members(), after.members());
    }

    private static String upNext(Party party) {
        return party.upNext() == null ? null : party.upNext().toString();
    }

    /** Once a party has started, only where it is in the show and when it was last active change in its own row. */
    private static boolean ownFieldsChanged(Party before, Party after) {
        return !before.finished().equals(after.finished())
                || !Objects.equals(before.upNext(), after.upNext())
                || before.episodesWatched() != after.episodesWatched()
                || !before.lastActivity().equals(after.lastActivity());
    }

    private static void writeCohosts(
            Connection connection, String partyId, Map<String, String> before, Map<String, String> after)
            throws SQLException {
        Sql.executeForEach(
                connection,
                "DELETE FROM party_cohost WHERE party_id = ? AND user_id = ?",
                gone(partyId, before, after));
        List<Object[]> named = new ArrayList<>();
        after.forEach((userId, displayName) -> {
            if (!before.containsKey(userId) || !Objects.equals(before.get(userId), displayName)) {
                named.add(new Object[] {partyId, userId, displayName});
            }
        });
        Sql.executeForEach(connection, """
                INSERT INTO party_cohost (party_id, user_id, display_name) VALUES (?, ?, ?)
                ON CONFLICT (party_id, user_id) DO UPDATE SET display_name = excluded.display_name""", named);
    }

    /**
     * Writes the members added, changed or gone. Members read back in the order of their rows' positions: one whose
     * place in {@code after} no longer follows {@code before}'s order (who joined, or left and joined again) is put
     * past every row kept, and so is everyone after them, in {@code after}'s order; the others keep their rows'
     * places. Positions may have gaps where members left.
     */
    private static void writeMembers(
            Connection connection, String partyId, Map<String, Party.Member> before, Map<String, Party.Member> after)
            throws SQLException {
        Sql.executeForEach(
                connection,
                "DELETE FROM party_member WHERE party_id = ? AND user_id = ?",
                gone(partyId, before, after));
        List<String> stayed =
                before.keySet().stream().filter(after::containsKey).toList();
        List<Object[]> changedInPlace = new ArrayList<>();
        List<Object[]> putLast = new ArrayList<>();
        int index = 0;
        boolean inPlace = true;
        for (Map.Entry<String, Party.Member> entry : after.entrySet()) {
            String userId = entry.getKey();
            Party.Member member = entry.getValue();
            inPlace = inPlace && index < stayed.size() && stayed.get(index).equals(userId);
            index++;
            int follows = member.followsProgress() ? 1 : 0;
            long joinedAt = member.joinedAt().toEpochMilli();
            if (!inPlace) {
                putLast.add(new Object[] {partyId, userId, member.displayName(), follows, joinedAt, partyId});
            } else if (!member.equals(before.get(userId))) {
                changedInPlace.add(new Object[] {member.displayName(), follows, joinedAt, partyId, userId});
            }
        }
        Sql.executeForEach(connection, """
                UPDATE party_member SET display_name = ?, follows_progress = ?, joined_at = ?
                WHERE party_id = ? AND user_id = ?""", changedInPlace);
        Sql.executeForEach(connection, """
                INSERT INTO party_member (party_id, user_id, display_name, follows_progress, joined_at, position)
                SELECT ?, ?, ?, ?, ?, COALESCE(MAX(position), -1) + 1 FROM party_member WHERE party_id = ?
                ON CONFLICT (party_id, user_id) DO UPDATE SET display_name = excluded.display_name,
                    follows_progress = excluded.follows_progress, joined_at = excluded.joined_at,
                    position = excluded.position""", putLast);
    }

    /** The keys (party, user) of the rows of those in {@code before} but not in {@code after}. */
    private static List<Object[]> gone(String partyId, Map<String, ?> before, Map<String, ?> after) {
        return before.keySet().stream()
                .filter(userId -> !after.containsKey(userId))
                .map(userId -> new Object[] {partyId, userId})
                .toList();
    }

    @Override
    public void ended(String partyId, String reason, Instant at) {
        database.inTransaction(connection -> Sql.execute(
                connection,
                "UPDATE party SET ended_at = ?, end_reason = ? WHERE party_id = ? AND ended_at IS NULL",
                at.toEpochMilli(),
                reason,
                partyId));
    }

    @Override
    public List<Party> activeParties() {
        return database.inTransaction(connection -> {
            List<Party> parties = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT party_id, show_id, guild_id, channel_id, name, host_id, finished, up_next, episodes_watched,
                        started_at, last_activity, language FROM party WHERE ended_at IS NULL ORDER BY started_at""");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    String upNext = rows.getString(8);
                    parties.add(new Party(
                            id,
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            cohosts(connection, id),
                            members(connection, id),
                            SpoilerLevel.parse(rows.getString(7)),
                            upNext == null ? null : SpoilerLevel.parse(upNext),
                            rows.getInt(9),
                            Instant.ofEpochMilli(rows.getLong(10)),
                            Instant.ofEpochMilli(rows.getLong(11)),
                            Sql.language(rows.getString(12))));
                }
            }
            return parties;
        });
    }

    /**
     * The co-hosts by id, with the name to show: their own, else (named before names were kept) their name as a
     * member of the party, else none, which the party's card words in its reader's language.
     */
    private static Map<String, String> cohosts(Connection connection, String partyId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.user_id, COALESCE(c.display_name, m.display_name) FROM party_cohost c
                LEFT JOIN party_member m ON m.party_id = c.party_id AND m.user_id = c.user_id
                WHERE c.party_id = ? ORDER BY c.user_id""")) {
            Sql.bind(query, partyId);
            try (ResultSet rows = query.executeQuery()) {
                Map<String, String> cohosts = new LinkedHashMap<>();
                while (rows.next()) {
                    cohosts.put(rows.getString(1), rows.getString(2));
                }
                return cohosts;
            }
        }
    }

    private static Map<String, Party.Member> members(Connection connection, String partyId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT user_id, display_name, follows_progress, joined_at FROM party_member
                WHERE party_id = ? ORDER BY position""")) {
            Sql.bind(query, partyId);
            try (ResultSet rows = query.executeQuery()) {
                Map<String, Party.Member> members = new LinkedHashMap<>();
                while (rows.next()) {
                    members.put(
                            rows.getString(1),
                            new Party.Member(
                                    rows.getString(2), rows.getInt(3) == 1, Instant.ofEpochMilli(rows.getLong(4))));
                }
                return members;
            }
        }
    }

    @Override
    public void schedule(ScheduledParty party) {
        database.inTransaction(connection -> Sql.execute(
                connection,
                """
                INSERT INTO party_schedule (schedule_id, guild_id, channel_id, show_id, host_id, host_name, name, episode,
                    starts_at, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                party.id(),
                party.guildId(),
                party.channelId(),
                party.showId(),
                party.hostId(),
                party.hostName(),
                party.name(),
                party.episode(),
                party.startsAt().toEpochMilli(),
                party.language().toLanguageTag()));
    }

    @Override
    public void scheduleDone(String scheduledId) {
        database.inTransaction(connection ->
                Sql.execute(connection, "UPDATE party_schedule SET done = 1 WHERE schedule_id = ?", scheduledId));
    }

    @Override
    public void eventPlanned(String scheduledId, String eventId) {
        database.inTransaction(connection -> Sql.execute(
                connection, "UPDATE party_schedule SET event_id = ? WHERE schedule_id = ?", eventId, scheduledId));
    }

    @Override
    public Optional<String> plannedEvent(String scheduledId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT event_id FROM party_schedule WHERE schedule_id = ?")) {
                Sql.bind(query, scheduledId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public List<ScheduledParty> pendingSchedules() {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT schedule_id, guild_id, channel_id, show_id, host_id, host_name, name, episode, starts_at,
                        language FROM party_schedule WHERE done = 0 ORDER BY starts_at""");
                    ResultSet rows = query.executeQuery()) {
                List<ScheduledParty> pending = new ArrayList<>();
                while (rows.next()) {
                    pending.add(new ScheduledParty(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getString(8),
                            Instant.ofEpochMilli(rows.getLong(9)),
                            Sql.language(rows.getString(10))));
                }
                return pending;
            }
        });
    }
}
