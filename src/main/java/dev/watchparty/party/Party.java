package dev.watchparty.party;

import dev.watchparty.pack.SpoilerLevel;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A watch party in one channel: who hosts it, who helps run it ({@code cohosts}, user id to the name to show, or
 * null for one named before names were kept), who joined, and which episode it is on. Immutable: every change
 * returns a new party, which the store keeps. {@code finished} is the last episode the party has watched (premise
 * before the first); it is the channel's spoiler level while the party runs. {@code language} is the one its cards
 * and announcements are written in: the server's when it started, kept for good so a restart or a timer posts in it
 * too.
 */
public record Party(
        String id,
        String showId,
        String guildId,
        String channelId,
        String name,
        String hostId,
        Map<String, String> cohosts,
        Map<String, Member> members,
        SpoilerLevel finished,
        SpoilerLevel upNext,
        int episodesWatched,
        Instant startedAt,
        Instant lastActivity,
        Locale language) {

    /** A member, and whether their own progress follows the party's. */
    public record Member(String displayName, boolean followsProgress, Instant joinedAt) {}

    public Party {
        cohosts = Collections.unmodifiableMap(new LinkedHashMap<>(cohosts));
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        Objects.requireNonNull(language, "language");
    }

    public boolean isHost(String userId) {
        return hostId.equals(userId);
    }

    /** The host, co-hosts and members who may manage events control a party. */
    public boolean canControl(String userId, boolean canManageEvents) {
        return isHost(userId) || cohosts.containsKey(userId) || canManageEvents;
    }

    public Optional<Member> member(String userId) {
        return Optional.ofNullable(members.get(userId));
    }

    Party withMember(String userId, Member member, Instant now) {
        Map<String, Member> changed = new LinkedHashMap<>(members);
        changed.put(userId, member);
        return new Party(
                id,
                showId,
                guildId,
                channelId,
                name,
                hostId,
                cohosts,
                changed,
                finished,
                upNext,
                episodesWatched,
                startedAt,
                now,
                language);
    }

    Party withoutMember(String userId, Instant now) {
        Map<String, Member> changed = new LinkedHashMap<>(members);
        changed.remove(userId);
        return new Party(
                id,
                showId,
                guildId,
                channelId,
                name,
                hostId,
                cohosts,
                changed,
                finished,
                upNext,
                episodesWatched,
                startedAt,
                now,
                language);
    }

    Party withCohost(String userId, String displayName, Instant now) {
        Map<String, String> changed = new LinkedHashMap<>(cohosts);
        changed.put(userId, displayName);
        return new Party(
                id,
                showId,
                guildId,
                channelId,
                name,
                hostId,
                changed,
                members,
                finished,
                upNext,
                episodesWatched,
                startedAt,
                now,
                language);
    }

    /** Moves the party on: {@code finished} watched, {@code next} up next (null after the last episode). */
    Party at(SpoilerLevel newFinished, SpoilerLevel next, int watchedMore, Instant now) {
        return new Party(
                id,
                showId,
                guildId,
                channelId,
                name,
                hostId,
                cohosts,
                members,
                newFinished,
                next,
                episodesWatched + watchedMore,
                startedAt,
                now,
                language);
    }
}
