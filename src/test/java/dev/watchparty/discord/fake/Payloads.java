package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Discord's JSON objects for the fake's one bot, its servers (one by default) and their users, with every field JDA 6 reads without a
 * default (e.g. a role's {@code colors}, a guild's {@code threads} and {@code guild_scheduled_events}, READY's
 * {@code private_channels}, an interaction's partial {@code guild}).
 */
final class Payloads {

    static final String LOCALE = "en-US";
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private static final int ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

    private final Snowflakes ids;
    private final long botUserId;
    private final String botName;
    private final long applicationId;
    private final List<FakeGuild> guilds;
    private final Set<Long> guildIds;
    private final Map<Long, Long> dmChannels = new ConcurrentHashMap<>();
    private final Map<Long, FakeGuild> guildsWithoutBot = new ConcurrentHashMap<>();
    private final long botRole;

    /**
     * {@code guilds}: the servers the bot is in, the first being the default one; all share one owner.
     * {@code botRole}: what the bot's own role lets it do there.
     */
    Payloads(Snowflakes ids, long botUserId, String botName, long applicationId, List<FakeGuild> guilds, long botRole) {
        if (guilds.isEmpty()) {
            throw new IllegalArgumentException("the bot is in one server at least");
        }
        this.ids = ids;
        this.botUserId = botUserId;
        this.botName = botName;
        this.applicationId = applicationId;
        this.guilds = List.copyOf(guilds);
        this.guildIds = guilds.stream().map(FakeGuild::id).collect(Collectors.toUnmodifiableSet());
        this.botRole = botRole;
    }

    long botUserId() {
        return botUserId;
    }

    long applicationId() {
        return applicationId;
    }

    FakeGuild guild() {
        return guilds.get(0);
    }

    List<FakeGuild> guilds() {
        return guilds;
    }

    /** The server the bot is in whose text channel this is. */
    Optional<FakeGuild> guildOfChannel(long channelId) {
        return guilds.stream().filter(guild -> guild.channelId() == channelId).findFirst();
    }

    /** Whether the bot is in this server: it is one of {@link #guilds()}. */
    boolean isGuild(long guildId) {
        return guildIds.contains(guildId);
    }

    /**
     * A server the bot is not in, where a user runs the app they installed for themselves: made up on first use, one
     * per id, with ids for its text channel, owner and roles that no other fake entity has. It never appears in
     * READY or a GUILD_CREATE; only interactions from it carry its id.
     */
    FakeGuild guildWithoutBot(long guildId) {
        if (isGuild(guildId)) {
            throw new IllegalArgumentException("the bot is in server " + Long.toUnsignedString(guildId));
        }
        return guildsWithoutBot.computeIfAbsent(
                guildId,
                id -> new FakeGuild(
                        id, "A server without the bot", ids.next(), "general", ids.next(), ids.next(), ids.next()));
    }

    /** The DM channel between the bot and a user: one per user, made on first use like Discord's. */
    long dmChannelId(long userId) {
        return dmChannels.computeIfAbsent(userId, user -> ids.next());
    }

    static String timestamp(long snowflake) {
        long millis = (snowflake >>> 22) + DISCORD_EPOCH;
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC));
    }

    static String now() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC));
    }

    // ---- users and the application

    /** The bot as {@code GET /users/@me} and READY describe it. */
    ObjectNode botUser() {
        ObjectNode user = user(botUserId, botName);
        user.put("bot", true);
        user.put("verified", true);
        user.put("mfa_enabled", false);
        user.put("flags", 0);
        return user;
    }

    ObjectNode user(long id, String username) {
        ObjectNode user = Json.object();
        user.put("id", Json.id(id));
        user.put("username", username);
        user.put("global_name", username);
        user.put("discriminator", "0");
        user.putNull("avatar");
        user.put("public_flags", 0);
        if (id == botUserId) {
            user.put("bot", true);
        }
        return user;
    }

    String defaultName(long userId) {
        if (userId == botUserId) {
            return botName;
        }
        return userId == guild().ownerId() ? "owner" : "user" + Long.toUnsignedString(userId);
    }

    /** {@code GET /oauth2/applications/@me}. */
    ObjectNode application() {
        ObjectNode app = Json.object();
        app.put("id", Json.id(applicationId));
        app.put("name", botName);
        app.put("description", "");
        app.putNull("icon");
        app.put("bot_public", false);
        app.put("bot_require_code_grant", false);
        app.put("flags", 0);
        app.set("owner", user(guild().ownerId(), defaultName(guild().ownerId())));
        app.set("bot", botUser());
        return app;
    }

    // ---- gateway session

    /**
     * READY for a session that gets the events of {@code shardGuilds} (all of them, or those of its shard): each is
     * listed unavailable and their GUILD_CREATEs follow, as on Discord. {@code shard} is echoed when the bot sent one.
     */
    ObjectNode ready(String sessionId, String resumeGatewayUrl, JsonNode shard, List<FakeGuild> shardGuilds) {
        ObjectNode ready = Json.object();
        ready.put("v", 10);
        ready.set("user", botUser());
        ArrayNode guilds = ready.putArray("guilds");
        for (FakeGuild each : shardGuilds) {
            guilds.addObject().put("id", Json.id(each.id())).put("unavailable", true);
        }
        ready.put("session_id", sessionId);
        ready.put("session_type", "normal");
        ready.put("resume_gateway_url", resumeGatewayUrl);
        ready.putArray("private_channels");
        ready.putArray("presences");
        ready.putArray("relationships");
        ready.putArray("guild_join_requests");
        ready.putArray("geo_ordered_rtc_regions");
        ready.putObject("user_settings");
        ready.putObject("auth");
        ready.putObject("application").put("id", Json.id(applicationId)).put("flags", 0);
        if (shard != null && shard.isArray()) {
            ready.set("shard", shard);
        }
        ready.putArray("_trace").add("[\"fake-discord\",{\"micros\":0}]");
        return ready;
    }

    ObjectNode guildCreate(FakeGuild guild) {
        ObjectNode g = Json.object();
        g.put("id", Json.id(guild.id()));
        g.put("name", guild.name());
        g.putNull("icon");
        g.putNull("splash");
        g.putNull("banner");
        g.putNull("description");
        g.put("owner_id", Json.id(guild.ownerId()));
        g.put("unavailable", false);
        g.put("large", false);
        g.put("joined_at", timestamp(guild.id()));
        g.put("preferred_locale", LOCALE);
        g.put("verification_level", 0);
        g.put("default_message_notifications", 0);
        g.put("explicit_content_filter", 0);
        g.put("mfa_level", 0);
        g.put("nsfw_level", 0);
        g.put("premium_tier", 0);
        g.put("premium_subscription_count", 0);
        g.put("premium_progress_bar_enabled", false);
        g.put("system_channel_flags", 0);
        g.put("afk_timeout", 300);
        g.putNull("afk_channel_id");
        g.put("system_channel_id", Json.id(guild.channelId()));
        g.putNull("rules_channel_id");
        g.putNull("public_updates_channel_id");
        g.putNull("safety_alerts_channel_id");
        g.put("max_members", 500_000);
        g.putArray("features");
        ArrayNode roles = g.putArray("roles");
        roles.add(role(guild.id(), "@everyone", Permissions.EVERYONE, 0, false));
        roles.add(role(guild.botRoleId(), botName, botRole, 2, true));
        roles.add(role(guild.moderatorRoleId(), "Moderator", Permissions.MODERATOR, 1, false));
        g.putArray("channels").add(textChannel(guild, false));
        g.putArray("threads");
        // the owner and the bot: member_count matches, so JDA never asks to chunk even with the members intent
        ArrayNode members = g.putArray("members");
        members.add(member(guild, user(guild.ownerId(), defaultName(guild.ownerId())), List.of(), false));
        members.add(member(guild, botUser(), List.of(guild.botRoleId()), false));
        g.put("member_count", members.size());
        g.putArray("voice_states");
        g.putArray("presences");
        g.putArray("emojis");
        g.putArray("stickers");
        g.putArray("guild_scheduled_events");
        g.putArray("stage_instances");
        g.putArray("soundboard_sounds");
        return g;
    }

    private ObjectNode role(long id, String name, long permissions, int position, boolean managed) {
        ObjectNode role = Json.object();
        role.put("id", Json.id(id));
        role.put("name", name);
        role.put("permissions", Long.toString(permissions));
        role.put("position", position);
        role.put("color", 0);
        role.putObject("colors")
                .put("primary_color", 0)
                .putNull("secondary_color")
                .putNull("tertiary_color");
        role.put("hoist", false);
        role.put("managed", managed);
        role.put("mentionable", false);
        role.putNull("icon");
        role.putNull("unicode_emoji");
        role.put("flags", 0);
        if (managed) {
            role.putObject("tags").put("bot_id", Json.id(botUserId));
        }
        return role;
    }

    /** Permissions from the roles a member has, plus {@code @everyone}; the owner has all. */
    long memberPermissions(FakeGuild guild, long userId, Collection<Long> roleIds) {
        if (userId == guild.ownerId()) {
            return Permissions.ALL;
        }
        long combined = Permissions.EVERYONE;
        for (long role : roleIds) {
            if (role == guild.botRoleId()) {
                combined |= botRole;
            } else if (role == guild.moderatorRoleId()) {
                combined |= Permissions.MODERATOR;
            }
        }
        return Permissions.effective(combined);
    }

    long botPermissions(FakeGuild guild) {
        return memberPermissions(guild, botUserId, List.of(guild.botRoleId()));
    }

    ObjectNode member(FakeGuild guild, ObjectNode user, Collection<Long> roleIds, boolean withPermissions) {
        ObjectNode member = Json.object();
        member.set("user", user);
        ArrayNode roles = member.putArray("roles");
        roleIds.forEach(role -> roles.add(Json.id(role)));
        member.putNull("nick");
        member.putNull("avatar");
        member.put("joined_at", timestamp(guild.id()));
        member.putNull("premium_since");
        member.put("deaf", false);
        member.put("mute", false);
        member.put("pending", false);
        member.put("flags", 0);
        member.putNull("communication_disabled_until");
        if (withPermissions) {
            long userId = Long.parseUnsignedLong(user.get("id").asText());
            member.put("permissions", Long.toString(memberPermissions(guild, userId, roleIds)));
        }
        return member;
    }

    // ---- channels

    /** The server's text channel; in an interaction it also carries the invoker's {@code permissions}. */
    ObjectNode textChannel(FakeGuild guild, boolean forInteraction) {
        ObjectNode channel = Json.object();
        channel.put("id", Json.id(guild.channelId()));
        channel.put("type", 0);
        channel.put("guild_id", Json.id(guild.id()));
        channel.put("name", guild.channelName());
        channel.put("position", 0);
        channel.putNull("parent_id");
        channel.putNull("topic");
        channel.put("nsfw", false);
        channel.putNull("last_message_id");
        channel.put("rate_limit_per_user", 0);
        channel.put("flags", 0);
        if (!forInteraction) {
            channel.putArray("permission_overwrites");
        }
        return channel;
    }

    /** A bot DM as the invoking user sees it: its one recipient is the bot. */
    ObjectNode dmChannel(long userId) {
        ObjectNode channel = Json.object();
        channel.put("id", Json.id(dmChannelId(userId)));
        channel.put("type", 1);
        channel.put("flags", 0);
        channel.putNull("last_message_id");
        channel.putArray("recipients").add(user(botUserId, botName));
        return channel;
    }

    /** The partial guild an interaction carries; without it JDA takes a guild interaction for a DM. */
    ObjectNode interactionGuild(FakeGuild guild) {
        ObjectNode partial = Json.object();
        partial.put("id", Json.id(guild.id()));
        partial.put("locale", LOCALE);
        partial.putArray("features");
        return partial;
    }

    static int attachmentSizeLimit() {
        return ATTACHMENT_SIZE_LIMIT;
    }

    // ---- messages

    /**
     * A message the bot posted, built from what it sent: content, embeds, components and flags, with the fields
     * Discord fills in (author, timestamps, mention lists, embed {@code type}, component ids).
     */
    ObjectNode message(long id, long channelId, int type, JsonNode sent, boolean viaInteraction) {
        ObjectNode message = Json.object();
        message.put("id", Json.id(id));
        message.put("channel_id", Json.id(channelId));
        message.put("type", type);
        message.set("author", user(botUserId, botName));
        message.put("content", "");
        message.put("timestamp", timestamp(id));
        message.putNull("edited_timestamp");
        message.put("tts", false);
        message.put("mention_everyone", false);
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.putArray("attachments");
        message.putArray("embeds");
        message.putArray("components");
        message.put("pinned", false);
        message.put("flags", 0);
        if (viaInteraction) {
            message.put("application_id", Json.id(applicationId));
            message.put("webhook_id", Json.id(applicationId));
        }
        apply(message, sent);
        return message;
    }

    /** A message a member wrote in a channel, with these files on it, as Discord shows it to the bot. */
    ObjectNode memberMessage(long id, long channelId, ObjectNode author, String content, ArrayNode files) {
        ObjectNode message =
                message(id, channelId, MessageStore.DEFAULT, Json.object().put("content", content), false);
        message.set("author", author);
        message.set("attachments", files);
        return message;
    }

    /** Applies what the bot sent (a create or an edit) to a stored message; fields it left out stay. */
    static void apply(ObjectNode message, JsonNode sent) {
        if (sent == null || !sent.isObject()) {
            return;
        }
        if (sent.has("content")) {
            message.put(
                    "content",
                    sent.get("content").isNull() ? "" : sent.get("content").asText());
        }
        if (sent.has("tts")) {
            message.put("tts", sent.get("tts").asBoolean());
        }
        if (sent.has("flags")) {
            message.put("flags", sent.get("flags").asInt());
        }
        if (sent.has("embeds")) {
            ArrayNode embeds = message.putArray("embeds");
            sent.get("embeds").forEach(embed -> {
                ObjectNode copy = embed.deepCopy();
                if (!copy.hasNonNull("type")) {
                    copy.put("type", "rich"); // Discord fills it in; JDA refuses embeds without a type
                }
                embeds.add(copy);
            });
        }
        if (sent.has("components")) {
            ArrayNode components = sent.get("components").deepCopy();
            numberComponents(components, new int[] {0});
            resolveMedia(components);
            message.set("components", components);
        }
    }

    /**
     * Discord gives every component a numeric {@code id} unique in its message when the bot left it out, nested ones
     * (a container's, a row's, a section's texts and accessory) included.
     */
    private static void numberComponents(JsonNode components, int[] counter) {
        for (JsonNode component : components) {
            number(component, counter);
            if (component.has("components")) {
                numberComponents(component.get("components"), counter);
            }
            if (component.has("accessory")) {
                number(component.get("accessory"), counter);
            }
        }
    }

    /**
     * Discord fetches the media a thumbnail or a gallery shows and answers with what it found (a proxy address, a
     * size, a type); JDA refuses a thumbnail without them.
     */
    private static void resolveMedia(JsonNode components) {
        for (JsonNode component : components) {
            resolve(component.path("media"));
            component.path("items").forEach(item -> resolve(item.path("media")));
            resolve(component.path("accessory").path("media"));
            resolveMedia(component.path("components"));
        }
    }

    private static void resolve(JsonNode media) {
        if (media instanceof ObjectNode found && found.hasNonNull("url")) {
            found.put(
                    "proxy_url",
                    "https://media.discordapp.net/external/fake/"
                            + Integer.toHexString(found.get("url").asText().hashCode()));
            found.put("width", 640);
            found.put("height", 360);
            found.put("content_type", "image/png");
            found.put("loading_state", 2);
        }
    }

    private static void number(JsonNode component, int[] counter) {
        counter[0]++;
        if (component instanceof ObjectNode object && !object.has("id")) {
            object.put("id", counter[0]);
        }
    }
}
