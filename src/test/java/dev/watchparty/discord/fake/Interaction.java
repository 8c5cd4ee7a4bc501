package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * An interaction the fake sent to the bot, and what the bot did about it: its callback, edits of the original
 * response and follow-up messages, as the REST API received them.
 */
public final class Interaction {

    /** Discord's interaction types. */
    static final int APPLICATION_COMMAND = 2;

    static final int MESSAGE_COMPONENT = 3;
    static final int APPLICATION_COMMAND_AUTOCOMPLETE = 4;
    static final int MODAL_SUBMIT = 5;

    private final long id;
    private final String token;
    private final int type;
    private final long channelId;
    private final JsonNode payload;
    private final long sentAtNanos;
    private final MessageStore messages;
    private final Recorder<RecordedRequest> callbacks = new Recorder<>();
    private final Recorder<RecordedRequest> originalEdits = new Recorder<>();
    private final Recorder<RecordedRequest> followups = new Recorder<>();
    private volatile int shard = -1;
    private boolean acknowledged;
    private Long originalMessageId;

    Interaction(
            long id,
            String token,
            int type,
            long channelId,
            JsonNode payload,
            Long componentMessageId,
            MessageStore messages) {
        this.id = id;
        this.token = token;
        this.type = type;
        this.channelId = channelId;
        this.payload = payload;
        this.messages = messages;
        // for a component, "@original" is the message the component is on
        this.originalMessageId = componentMessageId;
        this.sentAtNanos = System.nanoTime();
    }

    public long id() {
        return id;
    }

    public String token() {
        return token;
    }

    /** 2 application command (a chat or a message command), 3 message component, 4 autocomplete, 5 modal submit. */
    public int type() {
        return type;
    }

    public long channelId() {
        return channelId;
    }

    /**
     * The shard whose gateway session it was dispatched in: its server's shard, or 0 for a DM or a server the bot is
     * not in; always 0 with one shard.
     */
    public int shard() {
        return shard;
    }

    /** The INTERACTION_CREATE {@code d} the bot was sent. */
    public JsonNode payload() {
        return payload.deepCopy();
    }

    /** {@link System#nanoTime()} when the fake dispatched it: the start of the bot's answer latency. */
    public long sentAtNanos() {
        return sentAtNanos;
    }

    /** The body of the bot's accepted callback ({@code type} and {@code data}), waiting at most {@code timeout}. */
    public JsonNode awaitCallback(Duration timeout) {
        return awaitCallbackRequest(timeout).json();
    }

    /** The accepted callback request itself, e.g. for its {@link RecordedRequest#receivedAtNanos()}. */
    public RecordedRequest awaitCallbackRequest(Duration timeout) {
        return callbacks.awaitFirst(timeout, "the callback of interaction " + id);
    }

    /** The body of the bot's first {@code PATCH .../messages/@original}. */
    public JsonNode awaitOriginalEdit(Duration timeout) {
        return originalEdits
                .awaitFirst(timeout, "an edit of the original response to interaction " + id)
                .json();
    }

    /** The body of the bot's first follow-up message. */
    public JsonNode awaitFollowup(Duration timeout) {
        return followups.awaitFirst(timeout, "a follow-up to interaction " + id).json();
    }

    public List<RecordedRequest> originalEdits() {
        return originalEdits.all();
    }

    public List<RecordedRequest> followups() {
        return followups.all();
    }

    /**
     * The message the response shows now (the reply a command got, or the message a component is on, after any
     * update), as Discord would return it; a test passes it to {@link ComponentCall#onMessage} to click on it.
     */
    public JsonNode responseMessage() {
        OptionalLong original = originalMessageId();
        if (original.isEmpty()) {
            throw new IllegalStateException("interaction " + id + " has no response message (yet)");
        }
        return messages.get(original.getAsLong())
                .orElseThrow(
                        () -> new IllegalStateException("the response message of interaction " + id + " was deleted"));
    }

    // ---- used by the gateway and the REST side

    void dispatchedOn(int shardId) {
        this.shard = shardId;
    }

    synchronized boolean acknowledge() {
        boolean first = !acknowledged;
        acknowledged = true;
        return first;
    }

    synchronized boolean isAcknowledged() {
        return acknowledged;
    }

    synchronized OptionalLong originalMessageId() {
        return originalMessageId == null ? OptionalLong.empty() : OptionalLong.of(originalMessageId);
    }

    synchronized void originalMessageId(long messageId) {
        this.originalMessageId = messageId;
    }

    void recordCallback(RecordedRequest request) {
        callbacks.add(request);
    }

    void recordOriginalEdit(RecordedRequest request) {
        originalEdits.add(request);
    }

    void recordFollowup(RecordedRequest request) {
        followups.add(request);
    }
}
