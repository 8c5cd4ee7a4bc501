package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The application's commands as bulk overwrites ({@code PUT .../commands}) leave them: globally and per server. A
 * command keeps its id across overwrites while its name and type stay, as on Discord.
 */
final class CommandRegistry {

    private static final long GLOBAL = 0;

    private final Snowflakes ids;
    private final long applicationId;
    private final Map<Long, ArrayNode> commandsByScope = new HashMap<>();
    private final Recorder<JsonNode> overwrites = new Recorder<>();

    CommandRegistry(Snowflakes ids, long applicationId) {
        this.ids = ids;
        this.applicationId = applicationId;
    }

    /** Replaces the commands of a scope (guild id, or 0 for global) and returns them as Discord echoes them. */
    synchronized ArrayNode overwrite(long guildId, JsonNode sent) {
        ArrayNode previous = commandsByScope.getOrDefault(guildId, Json.array());
        ArrayNode stored = Json.array();
        for (JsonNode command : sent) {
            ObjectNode echoed = command.deepCopy();
            int type = command.path("type").asInt(1);
            echoed.put(
                    "id",
                    Json.id(existingId(previous, command.path("name").asText(), type)
                            .orElseGet(ids::next)));
            echoed.put("application_id", Json.id(applicationId));
            echoed.put("version", Json.id(ids.next()));
            echoed.put("type", type);
            echoed.put("description", command.path("description").asText(""));
            echoed.put("nsfw", command.path("nsfw").asBoolean(false));
            if (!echoed.has("default_member_permissions")) {
                echoed.putNull("default_member_permissions");
            }
            if (guildId != GLOBAL) {
                echoed.put("guild_id", Json.id(guildId));
            }
            stored.add(echoed);
        }
        commandsByScope.put(guildId, stored);
        overwrites.add(sent.deepCopy());
        return stored.deepCopy();
    }

    synchronized ArrayNode list(long guildId) {
        return commandsByScope.getOrDefault(guildId, Json.array()).deepCopy();
    }

    /**
     * The id of a command by name and type (1 a chat command, 3 a message command): the server's own first, then
     * the global one.
     */
    synchronized OptionalLong idOf(String name, int type, long guildId) {
        OptionalLong inGuild = existingId(commandsByScope.getOrDefault(guildId, Json.array()), name, type);
        return inGuild.isPresent()
                ? inGuild
                : existingId(commandsByScope.getOrDefault(GLOBAL, Json.array()), name, type);
    }

    /** Whether a command of that name and type is registered in that scope (guild id, or 0 for global). */
    synchronized boolean inScope(String name, int type, long guildId) {
        return existingId(commandsByScope.getOrDefault(guildId, Json.array()), name, type)
                .isPresent();
    }

    Recorder<JsonNode> overwrites() {
        return overwrites;
    }

    private static OptionalLong existingId(ArrayNode commands, String name, int type) {
        for (JsonNode command : commands) {
            if (command.path("name").asText().equals(name)
                    && command.path("type").asInt(1) == type) {
                return OptionalLong.of(Long.parseUnsignedLong(command.get("id").asText()));
            }
        }
        return OptionalLong.empty();
    }
}
