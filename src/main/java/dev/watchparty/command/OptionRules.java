package dev.watchparty.command;

import dev.watchparty.reply.UserInputException;
import java.util.List;

/**
 * Checks a request's options against its command's spec before the command sees them: required options, the
 * length of text, the range of numbers, the allowed choices. Discord checks most of these too; the console and
 * any client that does not still get the same friendly answer, naming the options as the requester's Discord does.
 */
final class OptionRules {

    private OptionRules() {}

    static void check(CommandSpec spec, CommandRequest request) {
        CommandTranslations names = CommandTranslations.in(request.invoker().locale());
        if (!spec.subcommands().isEmpty()
                && spec.subcommand(request.subcommand() == null ? "" : request.subcommand())
                        .isEmpty()) {
            throw needsSubcommand(
                    names,
                    spec.name(),
                    spec.subcommands().stream().map(SubcommandSpec::name).toList());
        }
        List<OptionSpec> options = spec.optionsOf(request.subcommand());
        for (OptionSpec option : options) {
            Object value = request.options().get(option.name());
            String name = names.option(spec.name(), request.subcommand(), option.name());
            if (value == null) {
                if (option.required()) {
                    throw new UserInputException(
                            CommandText.OPTION_REQUIRED,
                            name,
                            names.description(spec.name(), request.subcommand(), option));
                }
                continue;
            }
            switch (option.type()) {
                case STRING -> {
                    String text = value.toString();
                    if (option.max() != null && text.length() > option.max()) {
                        throw new UserInputException(CommandText.OPTION_TOO_LONG, name, option.max());
                    }
                    if (!option.choices().isEmpty() && !option.choices().contains(text)) {
                        // the values a reader types; Discord offers its translated choices and never gets here
                        throw new UserInputException(
                                CommandText.OPTION_ONE_OF, name, String.join(", ", option.choices()));
                    }
                }
                case INTEGER -> {
                    long number = ((Number) value).longValue();
                    if ((option.min() != null && number < option.min())
                            || (option.max() != null && number > option.max())) {
                        throw new UserInputException(CommandText.OPTION_RANGE, name, option.min(), option.max());
                    }
                }
                default -> {}
            }
        }
    }

    /** A command used without one of its subcommands, named as the requester's Discord names them. */
    static UserInputException needsSubcommand(CommandTranslations names, String command, List<String> subcommands) {
        return new UserInputException(
                CommandText.NEEDS_SUBCOMMAND,
                names.typed(command, null),
                String.join(
                        ", ",
                        subcommands.stream()
                                .map(subcommand -> names.subcommand(command, subcommand))
                                .toList()));
    }
}
