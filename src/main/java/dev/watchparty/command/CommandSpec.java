package dev.watchparty.command;

import dev.watchparty.reply.TextKey;
import dev.watchparty.reply.Texts;
import java.util.List;
import java.util.Optional;

/**
 * A command as Discord and the console both see it: a slash command with its options, or its subcommands
 * (Discord allows one or the other at the top level), or a message command (no options; Discord shows no
 * description for it, /help does); and who may use it. A slash command's description is English, translated with
 * its names for Discord; a message command's is a text of its feature's bundle ({@code about}), since Discord's
 * translations hold none, and {@code description} is its English. {@code about} is null for a slash command.
 */
public record CommandSpec(
        String name,
        String description,
        List<OptionSpec> options,
        List<SubcommandSpec> subcommands,
        Access access,
        Type type,
        TextKey about) {

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
        if ((type == Type.MESSAGE) != (about != null)) {
            throw new IllegalArgumentException("a message command, and it alone, is described by a text key: " + name);
        }
    }

    public static CommandSpec withOptions(String name, String description, List<OptionSpec> options) {
        return new CommandSpec(name, description, options, List.of(), Access.EVERYONE, Type.SLASH, null);
    }

    public static CommandSpec withSubcommands(String name, String description, List<SubcommandSpec> subcommands) {
        return new CommandSpec(name, description, List.of(), subcommands, Access.EVERYONE, Type.SLASH, null);
    }

    /** A message command, named as its Apps menu shows it in English ("Spoiler-wrap"), and what it does. */
    public static CommandSpec onMessages(String name, TextKey about) {
        return new CommandSpec(
                name, Texts.format(Texts.FALLBACK, about), List.of(), List.of(), Access.EVERYONE, Type.MESSAGE, about);
    }

    public CommandSpec restrictedTo(Access newAccess) {
        return new CommandSpec(name, description, options, subcommands, newAccess, type, about);
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
