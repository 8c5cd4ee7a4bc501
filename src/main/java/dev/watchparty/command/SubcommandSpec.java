package dev.watchparty.command;

import java.util.List;

public record SubcommandSpec(String name, String description, List<OptionSpec> options) {

    public SubcommandSpec {
        options = List.copyOf(options);
    }

    public static SubcommandSpec of(Subcommand subcommand, String description, List<OptionSpec> options) {
        return new SubcommandSpec(subcommand.id(), description, options);
    }
}
