package dev.watchparty.command;

import java.util.List;

/**
 * One option of a slash command. {@code min}/{@code max} bound integers, and the length of strings (null where
 * unbounded); {@code choices}, when not empty, are the only values a string option takes.
 */
public record OptionSpec(
        String name,
        String description,
        OptionType type,
        boolean required,
        boolean autocomplete,
        Integer min,
        Integer max,
        List<String> choices) {

    public OptionSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** Free text of at most {@code maxLength} characters. */
    public static OptionSpec text(String name, String description, boolean required, int maxLength) {
        return new OptionSpec(name, description, OptionType.STRING, required, false, null, maxLength, List.of());
    }

    public static OptionSpec suggested(String name, String description, boolean required) {
        return new OptionSpec(name, description, OptionType.STRING, required, true, null, null, List.of());
    }

    /** Suggested text of at most {@code maxLength} characters. */
    public static OptionSpec suggested(String name, String description, boolean required, int maxLength) {
        return new OptionSpec(name, description, OptionType.STRING, required, true, null, maxLength, List.of());
    }

    public static OptionSpec flag(String name, String description) {
        return new OptionSpec(name, description, OptionType.BOOLEAN, false, false, null, null, List.of());
    }

    public static OptionSpec number(String name, String description, boolean required, int min, int max) {
        return new OptionSpec(name, description, OptionType.INTEGER, required, false, min, max, List.of());
    }

    public static OptionSpec oneOf(String name, String description, boolean required, List<String> choices) {
        return new OptionSpec(name, description, OptionType.STRING, required, false, null, null, choices);
    }

    public static OptionSpec user(String name, String description, boolean required) {
        return new OptionSpec(name, description, OptionType.USER, required, false, null, null, List.of());
    }
}
