package dev.watchparty.command;

import dev.watchparty.reply.UserInputException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A slash command as used, with its options already typed: String, Boolean or Long, and for a user option the
 * {@link Invoker} it names (its id alone, as a String, where the front end knows no name).
 */
public record CommandRequest(
        String command, String subcommand, Map<String, Object> options, Invoker invoker, Place place) {

    public CommandRequest {
        options = Map.copyOf(options);
    }

    /** The subcommand used, as the command's own enum; one it does not have is bad input. */
    public <E extends Enum<E> & Subcommand> E subcommand(Class<E> subcommands) {
        for (E candidate : subcommands.getEnumConstants()) {
            if (candidate.id().equals(subcommand)) {
                return candidate;
            }
        }
        throw OptionRules.needsSubcommand(
                CommandTranslations.in(invoker.locale()),
                command,
                Arrays.stream(subcommands.getEnumConstants())
                        .map(Subcommand::id)
                        .toList());
    }

    public Optional<String> text(String option) {
        return Optional.ofNullable(options.get(option))
                .map(Object::toString)
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    public String requiredText(String option) {
        return text(option)
                .orElseThrow(() -> new UserInputException(
                        CommandText.OPTION_MISSING,
                        CommandTranslations.in(invoker.locale()).option(command, subcommand, option)));
    }

    public boolean flag(String option) {
        return Boolean.TRUE.equals(options.get(option));
    }

    /** The user a user option names; one known by id alone is called "someone". */
    public Optional<Invoker> user(String option) {
        return Optional.ofNullable(options.get(option))
                .map(value -> value instanceof Invoker user ? user : new Invoker(value.toString(), null));
    }

    public Optional<Long> number(String option) {
        return Optional.ofNullable(options.get(option)).map(value -> ((Number) value).longValue());
    }
}
