package dev.watchparty.command;

/** One option of a slash command; {@code min}/{@code max} bound integers and are null where unbounded. */
public record OptionSpec(String name, String description, OptionType type, boolean required, boolean autocomplete,
        Integer min, Integer max) {

    public static OptionSpec text(String name, String description, boolean required) {
        return new OptionSpec(name, description, OptionType.STRING, required, false, null, null);
    }

    public static OptionSpec suggested(String name, String description, boolean required) {
        return new OptionSpec(name, description, OptionType.STRING, required, true, null, null);
    }

    public static OptionSpec flag(String name, String description) {
        return new OptionSpec(name, description, OptionType.BOOLEAN, false, false, null, null);
    }

    public static OptionSpec number(String name, String description, boolean required, int min, int max) {
        return new OptionSpec(name, description, OptionType.INTEGER, required, false, min, max);
    }
}
