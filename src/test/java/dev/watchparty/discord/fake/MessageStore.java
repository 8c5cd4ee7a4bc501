package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The messages the bot has posted or edited, so edits, {@code GET @original} and button clicks see them. Callers get
 * copies: stored messages only change under this store's lock.
 */
final class MessageStore {

    /** Message types the fake produces. */
    static final int DEFAULT = 0;

    static final int REPLY = 19;
    static final int CHAT_INPUT_COMMAND = 20;
    /** Message flags the fake looks at. */
    static final int EPHEMERAL = 1 << 6;

    static final int LOADING = 1 << 7;

    private final Payloads payloads;
    private final Snowflakes ids;
    private final Map<Long, ObjectNode> messages = new HashMap<>();

    MessageStore(Payloads payloads, Snowflakes ids) {
        this.payloads = payloads;
        this.ids = ids;
    }

    synchronized ObjectNode create(long channelId, int type, JsonNode sent, boolean viaInteraction) {
        long id = ids.next();
        ObjectNode message = payloads.message(id, channelId, type, sent, viaInteraction);
        messages.put(id, message);
        return message.deepCopy();
    }

    synchronized Optional<ObjectNode> edit(long id, JsonNode sent) {
        ObjectNode message = messages.get(id);
        if (message == null) {
            return Optional.empty();
        }
        int before = message.get("flags").asInt();
        Payloads.apply(message, sent);
        // an edit changes only the flags Discord lets it change; the others (ephemeral) are the message's own
        int edited = message.get("flags").asInt() & MessageRules.EDITABLE_FLAGS;
        // editing a deferred reply's "thinking..." placeholder turns it into the answer
        message.put("flags", (before & ~MessageRules.EDITABLE_FLAGS & ~LOADING) | edited);
        message.put("edited_timestamp", Payloads.now());
        return Optional.of(message.deepCopy());
    }

    /** Stores a message made elsewhere (e.g. one a test clicks on without the bot having posted it). */
    synchronized void put(ObjectNode message) {
        messages.put(Long.parseUnsignedLong(message.get("id").asText()), message.deepCopy());
    }

    synchronized Optional<ObjectNode> get(long id) {
        return Optional.ofNullable(messages.get(id)).map(ObjectNode::deepCopy);
    }

    synchronized boolean delete(long id) {
        return messages.remove(id) != null;
    }
}
