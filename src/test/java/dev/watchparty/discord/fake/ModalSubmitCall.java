package dev.watchparty.discord.fake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A member sending back a modal the bot showed, for {@link FakeDiscord#sendModalSubmit}: a MODAL_SUBMIT (type 5)
 * with the modal's custom id and, for each text input, a label component (type 18) holding the input (type 4) and
 * what was typed, as Discord sends it for modals built of labels.
 *
 * <pre>{@code
 * ModalSubmitCall.of(modal.path("custom_id").asText()).value("episode", "7").user(ALICE)
 * }</pre>
 */
public final class ModalSubmitCall extends InteractionCall<ModalSubmitCall> {

    final String customId;
    final Map<String, String> values = new LinkedHashMap<>();

    private ModalSubmitCall(String customId) {
        this.customId = Objects.requireNonNull(customId, "customId");
    }

    public static ModalSubmitCall of(String modalCustomId) {
        return new ModalSubmitCall(modalCustomId);
    }

    /** What was typed in the text input with this custom id. */
    public ModalSubmitCall value(String inputId, String typed) {
        values.put(inputId, typed);
        return this;
    }
}
