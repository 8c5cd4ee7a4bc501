package dev.watchparty.command;

import dev.watchparty.reply.UserInputException;
import java.util.Map;
import java.util.Optional;

/** A slash command as used, with its options already typed (String, Boolean or Long). */
public record CommandRequest(String command, String subcommand, Map<String, Object> options, Invoker invoker,
        Place place) {

    public CommandRequest {
        options = Map.copyOf(options);
    }

    public Optional<String> text(String option) {
        return Optional.ofNullable(options.get(option)).map(Object::toString).map(String::strip).filter(s -> !s.isEmpty());
    }

    public String requiredText(String option) {
        return text(option).orElseThrow(() -> new UserInputException("Please give the `" + option + "` option."));
    }

    public boolean flag(String option) {
        return Boolean.TRUE.equals(options.get(option));
    }

    public Optional<Long> number(String option) {
        return Optional.ofNullable(options.get(option)).map(value -> ((Number) value).longValue());
    }
}
