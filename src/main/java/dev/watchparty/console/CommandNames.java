package dev.watchparty.console;

import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.CommandTranslations;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.SubcommandSpec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Commands, subcommands and options by the names the reader's Discord shows them (Discord's own translations, in
 * {@code i18n/commands_*.properties}), or the specs' English names where there is none. The bot's messages name
 * commands as the reader sees them ("/fortschritt setzen"), so the console understands those names as well as the
 * English ones, which it always accepts.
 */
final class CommandNames {

    private final CommandTranslations shown;

    private CommandNames(CommandTranslations shown) {
        this.shown = shown;
    }

    static CommandNames in(Locale language) {
        return new CommandNames(CommandTranslations.in(language));
    }

    String command(CommandSpec spec) {
        return shown.command(spec.name());
    }

    String subcommand(CommandSpec spec, SubcommandSpec sub) {
        return shown.subcommand(spec.name(), sub.name());
    }

    /** {@code subcommand} is null for an option of the command itself. */
    String option(CommandSpec spec, String subcommand, OptionSpec option) {
        return shown.option(spec.name(), subcommand, option.name());
    }

    /** The command {@code typed} names, by its English name first, else by the one the reader's Discord shows. */
    Optional<CommandSpec> findCommand(List<CommandSpec> specs, String typed) {
        return specs.stream()
                .filter(spec -> spec.name().equals(typed))
                .findFirst()
                .or(() -> specs.stream()
                        .filter(spec -> command(spec).equals(typed))
                        .findFirst());
    }

    Optional<SubcommandSpec> findSubcommand(CommandSpec spec, String typed) {
        return spec.subcommand(typed)
                .or(() -> spec.subcommands().stream()
                        .filter(sub -> subcommand(spec, sub).equals(typed))
                        .findFirst());
    }

    /** {@code subcommand} is null for the options of the command itself. */
    Optional<OptionSpec> findOption(CommandSpec spec, String subcommand, String typed) {
        List<OptionSpec> known = spec.optionsOf(subcommand);
        return known.stream()
                .filter(option -> option.name().equals(typed))
                .findFirst()
                .or(() -> known.stream()
                        .filter(option -> option(spec, subcommand, option).equals(typed))
                        .findFirst());
    }
}
