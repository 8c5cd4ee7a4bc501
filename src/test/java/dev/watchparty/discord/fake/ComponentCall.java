package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A click on a button or a choice in a string select menu, on a message. Without {@link #onMessage} the fake makes
 * up a bot message in the interaction's channel that carries the component.
 *
 * <pre>{@code
 * ComponentCall.button("trivia:answer:2").onMessage(reply.responseMessage())
 * ComponentCall.select("pick-episode", "s1e3").user(42)
 * }</pre>
 */
public final class ComponentCall extends InteractionCall<ComponentCall> {

    /** Discord's component types. */
    static final int BUTTON = 2;

    static final int STRING_SELECT = 3;

    final String customId;
    final int componentType;
    final List<String> values;
    JsonNode message;

    private ComponentCall(String customId, int componentType, List<String> values) {
        this.customId = Objects.requireNonNull(customId, "customId");
        this.componentType = componentType;
        this.values = List.copyOf(values);
    }

    public static ComponentCall button(String customId) {
        return new ComponentCall(customId, BUTTON, List.of());
    }

    public static ComponentCall select(String customId, String... values) {
        return new ComponentCall(customId, STRING_SELECT, List.of(values));
    }

    /** The message the component is on, e.g. {@link Interaction#responseMessage()} of the bot's earlier reply. */
    public ComponentCall onMessage(JsonNode botMessage) {
        this.message = Objects.requireNonNull(botMessage, "botMessage");
        return this;
    }
}
