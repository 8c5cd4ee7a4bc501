package dev.watchparty.console;

import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.SubcommandSpec;
import dev.watchparty.reply.Echo;
import dev.watchparty.reply.UserInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a slash command typed as Discord shows it, {@code /recap episode:class act public:true}, against the
 * same specs the bot registers, by their English names or by those the reader's Discord shows
 * ({@code /zusammenfassung folge:3}). A value runs until the next {@code name:}, so values may hold spaces; a
 * {@code name:} the command does not have is refused rather than read as part of a value, so a misspelt option
 * is never silently lost. Bad input is a {@link UserInputException} with the message the bot would give, naming
 * commands and options as the reader's Discord does.
 */
final class ConsoleParser {

    /**
     * A parsed line, by the specs' names (which the router knows); {@code suggestFor} is the option to suggest values
     * for when the line ended in "?".
     */
    record ParsedLine(
            String command, String subcommand, Map<String, Object> options, Optional<OptionName> suggestFor) {}

    /** An option by its spec's name, and by the name the reader's Discord shows. */
    record OptionName(String name, String shown) {}

    /** The name ends at a space or at the "?" that asks for suggestions: {@code /character?} is {@code /character ?}. */
    private static final Pattern COMMAND = Pattern.compile("^/([^\\s?]+)\\s*(.*)$", Pattern.DOTALL);

    /** An option's name, in lower case in any language ({@code öffentlich:}), then a colon. */
    private static final Pattern OPTION = Pattern.compile("(?:^|\\s)(\\p{Ll}[\\p{Ll}\\p{Nd}_-]*):");

    /** The command or subcommand a line uses, and the names to speak of it and its options by. */
    private record Used(CommandSpec spec, String subcommand, CommandNames names) {

        List<OptionSpec> options() {
            return spec.optionsOf(subcommand);
        }

        /** As the reader would type it: {@code progress set}, {@code fortschritt setzen}. */
        String shown() {
            String command = names.command(spec);
            return spec.subcommand(subcommand)
                    .map(sub -> command + " " + names.subcommand(spec, sub))
                    .orElse(command);
        }

        String shown(OptionSpec option) {
            return names.option(spec, subcommand, option);
        }

        OptionName name(OptionSpec option) {
            return new OptionName(option.name(), shown(option));
        }
    }

    private ConsoleParser() {}

    static ParsedLine parse(String line, List<CommandSpec> specs, CommandNames names) {
        Matcher matcher = COMMAND.matcher(line.strip());
        if (!matcher.matches()) {
            throw new UserInputException(ConsoleText.START_WITH_SLASH);
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        String rest = matcher.group(2);
        boolean suggest = rest.endsWith("?");
        if (suggest) {
            rest = rest.substring(0, rest.length() - 1);
        }
        Optional<CommandSpec> found = names.findCommand(specs, name);
        if (found.isEmpty()) {
            return new ParsedLine(name, null, Map.of(), Optional.empty());
        }
        CommandSpec spec = found.get();
        String subcommand = null;
        if (!spec.subcommands().isEmpty()) {
            String[] words = rest.strip().split("\\s+", 2);
            subcommand = names.findSubcommand(spec, words[0].toLowerCase(Locale.ROOT))
                    .map(SubcommandSpec::name)
                    .orElseThrow(() -> new UserInputException(
                            ConsoleText.NEEDS_SUBCOMMAND,
                            names.command(spec),
                            String.join(
                                    ", ",
                                    spec.subcommands().stream()
                                            .map(sub -> names.subcommand(spec, sub))
                                            .toList())));
            rest = words.length > 1 ? words[1] : "";
        }
        Used used = new Used(spec, subcommand, names);
        Map<OptionSpec, String> raw = splitOptions(rest, used);
        Map<String, Object> typed = new HashMap<>();
        OptionSpec last = null;
        for (Map.Entry<OptionSpec, String> entry : raw.entrySet()) {
            typed.put(entry.getKey().name(), convert(entry.getKey(), entry.getValue(), used));
            last = entry.getKey();
        }
        return new ParsedLine(
                spec.name(),
                subcommand,
                typed,
                suggest ? Optional.of(used.name(suggestedOption(used, last))) : Optional.empty());
    }

    /** The option a trailing "?" asks about: the last one typed, else the first that has suggestions or choices. */
    private static OptionSpec suggestedOption(Used used, OptionSpec last) {
        if (last != null) {
            return last;
        }
        return used.options().stream()
                .filter(option -> option.autocomplete() || !option.choices().isEmpty())
                .findFirst()
                .orElseThrow(() -> new UserInputException(ConsoleText.NO_OPTION_TO_SUGGEST, used.shown()));
    }

    /** Splits {@code a:1 b:two words} into options, in order of appearance. */
    private static Map<OptionSpec, String> splitOptions(String text, Used used) {
        Map<OptionSpec, String> values = new LinkedHashMap<>();
        if (text.isBlank()) {
            return values;
        }
        Matcher marker = OPTION.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<OptionSpec> options = new ArrayList<>();
        while (marker.find()) {
            String name = marker.group(1);
            options.add(used.names()
                    .findOption(used.spec(), used.subcommand(), name)
                    .orElseThrow(() -> unknownOption(used, name)));
            starts.add(new int[] {marker.start(1), marker.end()});
        }
        if (starts.isEmpty() || !text.substring(0, starts.get(0)[0]).isBlank()) {
            throw used.options().isEmpty()
                    ? new UserInputException(ConsoleText.TAKES_NO_OPTIONS, used.shown())
                    : new UserInputException(
                            ConsoleText.OPTIONS_AS_NAME_VALUE,
                            used.shown(),
                            used.shown(used.options().get(0)));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            values.put(options.get(i), text.substring(starts.get(i)[1], end).strip());
        }
        return values;
    }

    private static UserInputException unknownOption(Used used, String name) {
        if (used.options().isEmpty()) {
            return new UserInputException(ConsoleText.NO_SUCH_OPTION_NONE_TAKEN, used.shown(), Echo.quote(name));
        }
        return new UserInputException(
                ConsoleText.NO_SUCH_OPTION,
                used.shown(),
                Echo.quote(name),
                String.join(", ", used.options().stream().map(used::shown).toList()));
    }

    private static Object convert(OptionSpec option, String value, Used used) {
        return switch (option.type()) {
            case STRING -> value;
            // the console has one user; a user option names whoever the reader types, by that name
            case USER -> new Invoker(value, value);
            case BOOLEAN ->
                switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "y", "1", "on" -> Boolean.TRUE;
                    case "false", "no", "n", "0", "off" -> Boolean.FALSE;
                    default ->
                        throw new UserInputException(
                                ConsoleText.NOT_TRUE_OR_FALSE, used.shown(option), Echo.quote(value));
                };
            case INTEGER -> {
                try {
                    yield Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new UserInputException(ConsoleText.NOT_WHOLE_NUMBER, used.shown(option), Echo.quote(value));
                }
            }
        };
    }
}
