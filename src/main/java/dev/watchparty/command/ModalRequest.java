package dev.watchparty.command;

import dev.watchparty.reply.UserInputException;
import java.util.Map;
import java.util.Optional;

/** A modal the bot showed, sent back filled in: what was typed in each of its text inputs, by input id. */
public record ModalRequest(String customId, Map<String, String> values, Invoker invoker, Place place) {

    public ModalRequest {
        values = Map.copyOf(values);
    }

    /** What the modal is for; one whose id the bot never wrote is stale. */
    public ComponentId id() {
        return ComponentId.parse(customId).orElseThrow(UserInputException::staleForm);
    }

    public Optional<String> value(String inputId) {
        return Optional.ofNullable(values.get(inputId)).map(String::strip).filter(text -> !text.isEmpty());
    }
}
