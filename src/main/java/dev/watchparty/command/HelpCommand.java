package dev.watchparty.command;

import dev.watchparty.reply.Card;
import dev.watchparty.reply.Colors;
import dev.watchparty.reply.Field;
import dev.watchparty.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@code /help}: what each command does, drawn from the commands themselves so it never goes stale. */
public final class HelpCommand implements SlashCommand {

    public static final String NAME = "help";

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
        List<Field> fields = new ArrayList<>();
        for (CommandSpec spec : specs.get()) {
            if (spec.type() == CommandSpec.Type.MESSAGE) {
                fields.add(Field.of(
                        spec.name(), "On a message: **Apps** ▸ **" + spec.name() + "**. " + spec.description()));
                continue;
            }
            String lines = spec.subcommands().isEmpty()
                    ? usage("/" + spec.name(), spec.options(), spec.description())
                    : String.join(
                            "\n",
                            spec.subcommands().stream()
                                    .map(sub -> usage(
                                            "/" + spec.name() + " " + sub.name(), sub.options(), sub.description()))
                                    .toList());
            fields.add(Field.of("/" + spec.name(), lines));
        }
        String intro = "I keep you company while you watch, and I never spoil an episode you haven't seen. "
                + "Tell me how far you are with /progress set; replies only you can see follow your progress, "
                + "and public ones follow the channel's.";
        return Reply.of(new Card("Watch Party Companion", intro, fields, null, Colors.PROGRESS), true);
    }

    /** One line: the command as typed, each option as {@code name:} (optional ones in brackets), then what it does. */
    private static String usage(String command, List<OptionSpec> options, String description) {
        StringBuilder typed = new StringBuilder(command);
        for (OptionSpec option : options) {
            typed.append(' ').append(option.required() ? option.name() + ":" : "[" + option.name() + ":]");
        }
        return "`" + typed + "`: " + description;
    }
}
