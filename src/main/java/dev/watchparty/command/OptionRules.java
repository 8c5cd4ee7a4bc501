package dev.watchparty.command;

import dev.watchparty.reply.UserInputException;
import java.util.List;

/**
 * Checks a request's options against its command's spec before the command sees them: required options, the
 * length of text, the range of numbers, the allowed choices. Discord checks most of these too; the console and
 * any client that does not still get the same friendly answer.
 */
final class OptionRules {

    private OptionRules() {}

    static void check(CommandSpec spec, CommandRequest request) {
        if (!spec.subcommands().isEmpty()
                && spec.subcommand(request.subcommand() == null ? "" : request.subcommand())
                        .isEmpty()) {
            throw new UserInputException("/" + spec.name() + " needs one of: "
                    + String.join(
                            ", ",
                            spec.subcommands().stream()
                                    .map(SubcommandSpec::name)
                                    .toList()) + ".");
        }
        List<OptionSpec> options = spec.optionsOf(request.subcommand());
        for (OptionSpec option : options) {
            Object value = request.options().get(option.name());
            if (value == null) {
                if (option.required()) {
                    throw new UserInputException(
                            "Please give the `" + option.name() + "` option: " + option.description() + ".");
                }
                continue;
            }
            switch (option.type()) {
                case STRING -> {
                    String text = value.toString();
                    if (option.max() != null && text.length() > option.max()) {
                        throw new UserInputException(
                                "`" + option.name() + "` can be at most " + option.max() + " characters.");
                    }
                    if (!option.choices().isEmpty() && !option.choices().contains(text)) {
                        throw new UserInputException(
                                "`" + option.name() + "` is one of: " + String.join(", ", option.choices()) + ".");
                    }
                }
                case INTEGER -> {
                    long number = ((Number) value).longValue();
                    if ((option.min() != null && number < option.min())
                            || (option.max() != null && number > option.max())) {
                        throw new UserInputException("`" + option.name() + "` is a number from " + option.min() + " to "
                                + option.max() + ".");
                    }
                }
                default -> {}
            }
        }
    }
}
