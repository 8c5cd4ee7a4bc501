package dev.watchparty.command;

import java.util.Map;
import java.util.Optional;

/** A reader typing into an option with suggestions; {@code typed} is what they have typed so far. */
public record AutocompleteRequest(
        String command,
        String subcommand,
        String option,
        String typed,
        Map<String, Object> otherOptions,
        Invoker invoker,
        Place place) {

    public AutocompleteRequest {
        typed = typed == null ? "" : typed;
        otherOptions = Map.copyOf(otherOptions);
    }

    public Optional<String> otherText(String name) {
        return Optional.ofNullable(otherOptions.get(name)).map(Object::toString);
    }
}
