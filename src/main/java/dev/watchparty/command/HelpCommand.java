package dev.watchparty.command;

import dev.watchparty.reply.Card;
import dev.watchparty.reply.Colors;
import dev.watchparty.reply.Field;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code /help}: what each command does, drawn from the commands themselves so it never goes stale, and named and
 * described as the reader's Discord shows them.
 */
public final class HelpCommand implements SlashCommand {

    public static final String NAME = "help";
    private static final String TITLE = "Watch Party Companion";

    private final Supplier<List<CommandSpec>> specs;

    public HelpCommand(Supplier<List<CommandSpec>> specs) {
        this.specs = specs;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withOptions(NAME, "What this bot can do", List.of());
    }

    @Override
    public Reply execute(CommandRequest request) {
        Locale locale = request.invoker().locale();
        CommandTranslations names = CommandTranslations.in(locale);
        List<Field> fields = new ArrayList<>();
        for (CommandSpec spec : specs.get()) {
            String name = names.command(spec.name());
            if (spec.type() == CommandSpec.Type.MESSAGE) {
                fields.add(Field.of(
                        name,
                        Texts.format(
                                locale, CommandText.HELP_MESSAGE_COMMAND, name, Texts.format(locale, spec.about()))));
                continue;
            }
            String lines = spec.subcommands().isEmpty()
                    ? usage(locale, names, spec.name(), null, spec.options(), names.description(spec))
                    : String.join(
                            "\n",
                            spec.subcommands().stream()
                                    .map(sub -> usage(
                                            locale,
                                            names,
                                            spec.name(),
                                            sub.name(),
                                            sub.options(),
                                            names.description(spec, sub)))
                                    .toList());
            fields.add(Field.of("/" + name, lines));
        }
        return Reply.of(
                new Card(TITLE, Texts.format(locale, CommandText.HELP_INTRO), fields, null, Colors.PROGRESS), true);
    }

    /** One line: the command as typed, each option as {@code name:} (optional ones in brackets), then what it does. */
    private static String usage(
            Locale locale,
            CommandTranslations names,
            String command,
            String subcommand,
            List<OptionSpec> options,
            String description) {
        StringBuilder typed = new StringBuilder(names.typed(command, subcommand));
        for (OptionSpec option : options) {
            String name = names.option(command, subcommand, option.name());
            typed.append(' ').append(option.required() ? name + ":" : "[" + name + ":]");
        }
        return Texts.format(locale, CommandText.HELP_USAGE, typed.toString(), description);
    }
}
