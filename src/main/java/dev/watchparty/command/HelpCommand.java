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
            if (spec.subcommands().isEmpty()) {
                fields.add(Field.of("/" + spec.name(), spec.description()));
            } else {
                StringBuilder lines = new StringBuilder();
                spec.subcommands()
                        .forEach(sub -> lines.append("`/")
                                .append(spec.name())
                                .append(' ')
                                .append(sub.name())
                                .append("`: ")
                                .append(sub.description())
                                .append('\n'));
                fields.add(Field.of("/" + spec.name(), lines.toString().strip()));
            }
        }
        String intro = "I keep you company while you watch, and I never spoil an episode you haven't seen. "
                + "Tell me how far you are with /progress set; replies only you can see follow your progress, "
                + "and public ones follow the channel's.";
        return Reply.of(new Card("Watch Party Companion", intro, fields, null, Colors.PROGRESS), true);
    }
}
