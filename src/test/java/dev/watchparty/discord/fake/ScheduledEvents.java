package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The servers' scheduled events (Discord's "guild scheduled events"), as the bot creates them and members mark
 * themselves interested in them: {@code POST /guilds/{id}/scheduled-events}, {@code GET
 * /guilds/{id}/scheduled-events/{event}}, and {@code GET .../{event}/users}, which lists the interested users in
 * ascending id order, {@code limit} (1 to 100, default 100) at a time after {@code after} or before
 * {@code before} (only {@code before} if both), each with its member where {@code with_member=true}.
 */
final class ScheduledEvents {

    private static final int EXTERNAL = 3;
    private static final int GUILD_ONLY = 2;
    private static final int SCHEDULED = 1;
    private static final int MAX_USERS = 100;

    /** An event's body as Discord returns it, and who is interested, by user id. */
    private record Event(FakeGuild guild, ObjectNode body, NavigableMap<Long, ObjectNode> interested) {}

    private final Payloads payloads;
    private final Snowflakes ids;
    private final Map<Long, Event> events = new LinkedHashMap<>();

    ScheduledEvents(Payloads payloads, Snowflakes ids) {
        this.payloads = payloads;
        this.ids = ids;
    }

    /** Creates an event in a server the bot is in, with the bot as its creator, checked as Discord checks it. */
    synchronized RestReply create(long guildId, JsonNode body) {
        Optional<FakeGuild> guild = guild(guildId);
        if (guild.isEmpty()) {
            return unknownGuild();
        }
        if ((payloads.botPermissions(guild.get()) & (Permissions.MANAGE_EVENTS | Permissions.CREATE_EVENTS)) == 0) {
            return RestReply.error(403, 50013, "Missing Permissions");
        }
        Optional<String> invalid = invalid(body);
        if (invalid.isPresent()) {
            return RestReply.error(400, 50035, "Invalid Form Body: " + invalid.get());
        }
        long id = ids.next();
        ObjectNode event = Json.object();
        event.put("id", Json.id(id));
        event.put("guild_id", Json.id(guildId));
        event.putNull("channel_id");
        event.put("creator_id", Json.id(payloads.botUserId()));
        event.put("name", body.path("name").asText());
        event.set("description", body.path("description").isTextual() ? body.get("description") : null);
        event.put("scheduled_start_time", body.path("scheduled_start_time").asText());
        event.put("scheduled_end_time", body.path("scheduled_end_time").asText());
        event.put("privacy_level", GUILD_ONLY);
        event.put("status", SCHEDULED);
        event.put("entity_type", EXTERNAL);
        event.putNull("entity_id");
        event.putObject("entity_metadata")
                .put("location", body.path("entity_metadata").path("location").asText());
        event.set("creator", payloads.botUser());
        event.putNull("image");
        Event created = new Event(guild.get(), event, new TreeMap<>());
        events.put(id, created);
        // Discord counts an event's creator as interested in it, bots included
        interested(created, payloads.botUserId(), payloads.defaultName(payloads.botUserId()));
        return RestReply.ok(withCount(created));
    }

    /** What Discord refuses in a new event's body, for the events the bot makes: held at a place, not a channel. */
    private static Optional<String> invalid(JsonNode body) {
        String name = body.path("name").asText("");
        if (name.isBlank() || name.length() > 100) {
            return Optional.of("name must be 1 to 100 characters");
        }
        if (body.path("privacy_level").asInt() != GUILD_ONLY) {
            return Optional.of("privacy_level must be 2 (guild only)");
        }
        if (body.path("entity_type").asInt() != EXTERNAL) {
            return Optional.of("the fake holds events at a place (entity_type 3) only");
        }
        String location = body.path("entity_metadata").path("location").asText("");
        if (location.isBlank() || location.length() > 100) {
            return Optional.of("entity_metadata.location must be 1 to 100 characters");
        }
        if (body.path("description").asText("").length() > 1000) {
            return Optional.of("description must be at most 1000 characters");
        }
        try {
            OffsetDateTime start =
                    OffsetDateTime.parse(body.path("scheduled_start_time").asText());
            OffsetDateTime end =
                    OffsetDateTime.parse(body.path("scheduled_end_time").asText());
            return end.isAfter(start)
                    ? Optional.empty()
                    : Optional.of("scheduled_end_time must be after scheduled_start_time");
        } catch (DateTimeParseException e) {
            return Optional.of("an external event needs an ISO 8601 scheduled_start_time and scheduled_end_time");
        }
    }

    synchronized RestReply get(long guildId, long eventId, boolean withUserCount) {
        return event(guildId, eventId)
                .map(event -> RestReply.ok(
                        withUserCount ? withCount(event) : event.body().deepCopy()))
                .orElseGet(ScheduledEvents::unknownEvent);
    }

    synchronized RestReply users(long guildId, long eventId, Map<String, String> query) {
        Optional<Event> found = event(guildId, eventId);
        if (found.isEmpty()) {
            return unknownEvent();
        }
        int limit;
        try {
            limit = Integer.parseInt(query.getOrDefault("limit", Integer.toString(MAX_USERS)));
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_USERS) {
            return RestReply.error(400, 50035, "Invalid Form Body: limit must be 1 to 100");
        }
        NavigableMap<Long, ObjectNode> interested = found.get().interested();
        List<ObjectNode> page;
        if (query.containsKey("before")) {
            NavigableMap<Long, ObjectNode> before =
                    interested.headMap(Long.parseUnsignedLong(query.get("before")), false);
            page = new ArrayList<>(before.values());
            page = page.subList(Math.max(0, page.size() - limit), page.size());
        } else {
            long after = Long.parseUnsignedLong(query.getOrDefault("after", "0"));
            page = interested.tailMap(after, false).values().stream()
                    .limit(limit)
                    .toList();
        }
        boolean withMember = "true".equals(query.get("with_member"));
        ArrayNode users = Json.array();
        for (ObjectNode user : page) {
            ObjectNode entry = users.addObject();
            entry.put("guild_scheduled_event_id", Json.id(eventId));
            entry.set("user", user.deepCopy());
            if (withMember) {
                entry.set("member", member(found.get().guild(), user));
            }
        }
        return RestReply.ok(users);
    }

    /** A member presses Interested on an event. */
    synchronized void markInterested(long eventId, long userId, String username) {
        Event event = events.get(eventId);
        if (event == null) {
            throw new IllegalArgumentException("no scheduled event " + Long.toUnsignedString(eventId));
        }
        interested(event, userId, username);
    }

    /** Every event created so far, in order, as Discord would return it. */
    synchronized List<JsonNode> all() {
        return events.values().stream().<JsonNode>map(this::withCount).toList();
    }

    /** The bot keeps its role here, as everywhere: a member object is what JDA caches the bot's permissions from. */
    private ObjectNode member(FakeGuild guild, ObjectNode user) {
        long userId = Long.parseUnsignedLong(user.get("id").asText());
        List<Long> roles = userId == payloads.botUserId() ? List.of(guild.botRoleId()) : List.of();
        return payloads.member(guild, user.deepCopy(), roles, false);
    }

    private void interested(Event event, long userId, String username) {
        event.interested().put(userId, payloads.user(userId, username));
    }

    private ObjectNode withCount(Event event) {
        ObjectNode body = event.body().deepCopy();
        body.put("user_count", event.interested().size());
        return body;
    }

    private Optional<Event> event(long guildId, long eventId) {
        return Optional.ofNullable(events.get(eventId))
                .filter(event -> event.guild().id() == guildId);
    }

    private Optional<FakeGuild> guild(long guildId) {
        return payloads.guilds().stream().filter(guild -> guild.id() == guildId).findFirst();
    }

    private static RestReply unknownGuild() {
        return RestReply.error(404, 10004, "Unknown Guild");
    }

    private static RestReply unknownEvent() {
        return RestReply.error(404, 10070, "Unknown Guild Scheduled Event");
    }
}
