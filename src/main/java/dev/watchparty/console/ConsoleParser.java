package dev.watchparty.console;

import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.reply.Echo;
import dev.watchparty.reply.UserInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a slash command typed as Discord shows it, {@code /recap episode:class act public:true}, against the
 * same specs the bot registers. A value runs until the next {@code name:}, so values may hold spaces; a
 * {@code name:} the command does not have is refused rather than read as part of a value, so a misspelt option
 * is never silently lost. Bad input is a {@link UserInputException} with the message the bot would give.
 */
final class ConsoleParser {

    /** A parsed line; {@code suggestFor} names the option to suggest values for when the line ended in "?". */
    record ParsedLine(String command, String subcommand, Map<String, Object> options, Optional<String> suggestFor) {}

    /** The name ends at a space or at the "?" that asks for suggestions: {@code /character?} is {@code /character ?}. */
    private static final Pattern COMMAND = Pattern.compile("^/([^\\s?]+)\\s*(.*)$", Pattern.DOTALL);

    private ConsoleParser() {}

    static ParsedLine parse(String line, List<CommandSpec> specs) {
        Matcher matcher = COMMAND.matcher(line.strip());
        if (!matcher.matches()) {
            throw new UserInputException("Commands start with a slash, like /help.");
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        String rest = matcher.group(2);
        boolean suggest = rest.endsWith("?");
        if (suggest) {
            rest = rest.substring(0, rest.length() - 1);
        }
        Optional<CommandSpec> found =
                specs.stream().filter(spec -> spec.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            return new ParsedLine(name, null, Map.of(), Optional.empty());
        }
        CommandSpec spec = found.get();
        String subcommand = null;
        if (!spec.subcommands().isEmpty()) {
            String[] words = rest.strip().split("\\s+", 2);
            subcommand = words[0].toLowerCase(Locale.ROOT);
            if (spec.subcommand(subcommand).isEmpty()) {
                throw new UserInputException("/" + name + " needs one of: "
                        + String.join(
                                ", ",
                                spec.subcommands().stream()
                                        .map(sub -> sub.name())
                                        .toList()) + ".");
            }
            rest = words.length > 1 ? words[1] : "";
        }
        List<OptionSpec> known = spec.optionsOf(subcommand);
        String used = subcommand == null ? name : name + " " + subcommand;
        Map<String, String> raw = splitOptions(rest, known, used);
        Map<String, Object> typed = new HashMap<>();
        String last = null;
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            OptionSpec option = known.stream()
                    .filter(o -> o.name().equals(entry.getKey()))
                    .findFirst()
                    .orElseThrow();
            typed.put(option.name(), convert(option, entry.getValue()));
            last = option.name();
        }
        return new ParsedLine(
                name, subcommand, typed, suggest ? Optional.of(suggestedOption(known, last, used)) : Optional.empty());
    }

    /** The option a trailing "?" asks about: the last one typed, else the first that has suggestions or choices. */
    private static String suggestedOption(List<OptionSpec> known, String last, String command) {
        if (last != null) {
            return last;
        }
        return known.stream()
                .filter(option -> option.autocomplete() || !option.choices().isEmpty())
                .map(OptionSpec::name)
                .findFirst()
                .orElseThrow(() -> new UserInputException("/" + command + " has no option with suggestions."));
    }

    /** Splits {@code a:1 b:two words} into options, in order of appearance. */
    private static Map<String, String> splitOptions(String text, List<OptionSpec> known, String command) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        if (text.isBlank()) {
            return values;
        }
        Matcher marker = Pattern.compile("(?:^|\\s)([a-z][a-z0-9_-]*):").matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (marker.find()) {
            String name = marker.group(1);
            if (known.stream().noneMatch(option -> option.name().equals(name))) {
                throw unknownOption(command, name, known);
            }
            starts.add(new int[] {marker.start(1), marker.end()});
            names.add(name);
        }
        if (starts.isEmpty() || !text.substring(0, starts.get(0)[0]).isBlank()) {
            throw new UserInputException("Give options as name:value, like /" + command + " "
                    + known.stream().findFirst().map(o -> o.name() + ":…").orElse("") + ".");
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            values.put(names.get(i), text.substring(starts.get(i)[1], end).strip());
        }
        return values;
    }

    private static UserInputException unknownOption(String command, String name, List<OptionSpec> known) {
        String list = known.isEmpty()
                ? "it takes no options"
                : "its options are "
                        + String.join(", ", known.stream().map(OptionSpec::name).toList());
        return new UserInputException("/" + command + " has no option " + Echo.quote(name) + ": " + list + ".");
    }

    private static Object convert(OptionSpec option, String value) {
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
                                "`" + option.name() + "` is True or False, not " + Echo.quote(value) + ".");
                };
            case INTEGER -> {
                try {
                    yield Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new UserInputException(
                            "`" + option.name() + "` is a whole number, not " + Echo.quote(value) + ".");
                }
            }
        };
    }
}
