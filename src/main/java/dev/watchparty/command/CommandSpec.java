package dev.watchparty.command;

import java.util.List;
import java.util.Optional;

/**
 * A command as Discord and the console both see it: a slash command with its options, or its subcommands
 * (Discord allows one or the other at the top level), or a message command (no options; Discord shows no
 * description for it, /help does); and who may use it.
 */
public record CommandSpec(
        String name,
        String description,
        List<OptionSpec> options,
        List<SubcommandSpec> subcommands,
        Access access,
        Type type) {

    /** Where a member finds the command. */
    public enum Type {
        /** Typed in the chat box: {@code /name}. */
        SLASH,
        /** On a message's Apps menu; used in server channels only. */
        MESSAGE
    }

    /** Who may use a command. Discord hides it from others; the command still checks, since servers can override. */
    public enum Access {
        EVERYONE,
        /** Members who may manage the channel; servers only. */
        CHANNEL_MANAGERS,
        /** The bot's operators, named in the config. */
        OWNERS
    }

    public CommandSpec {
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
        if (!options.isEmpty() && !subcommands.isEmpty()) {
            throw new IllegalArgumentException("/" + name + " has both options and subcommands");
        }
        if (type == Type.MESSAGE && !(options.isEmpty() && subcommands.isEmpty())) {
            throw new IllegalArgumentException("the message command " + name + " cannot have options");
        }
    }

    public static CommandSpec withOptions(String name, String description, List<OptionSpec> options) {
        return new CommandSpec(name, description, options, List.of(), Access.EVERYONE, Type.SLASH);
    }

    public static CommandSpec withSubcommands(String name, String description, List<SubcommandSpec> subcommands) {
        return new CommandSpec(name, description, List.of(), subcommands, Access.EVERYONE, Type.SLASH);
    }

    /** A message command, named as its Apps menu shows it ("Spoiler-wrap"). */
    public static CommandSpec onMessages(String name, String description) {
        return new CommandSpec(name, description, List.of(), List.of(), Access.EVERYONE, Type.MESSAGE);
    }

    public CommandSpec restrictedTo(Access newAccess) {
        return new CommandSpec(name, description, options, subcommands, newAccess, type);
    }

    public Optional<SubcommandSpec> subcommand(String subcommandName) {
        return subcommands.stream()
                .filter(sub -> sub.name().equals(subcommandName))
                .findFirst();
    }

    /** The options of the command itself, or of one of its subcommands. */
    public List<OptionSpec> optionsOf(String subcommandName) {
        return subcommandName == null
                ? options
                : subcommand(subcommandName).map(SubcommandSpec::options).orElse(List.of());
    }
}
