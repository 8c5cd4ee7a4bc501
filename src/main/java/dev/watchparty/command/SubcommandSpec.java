package dev.watchparty.command;

import java.util.List;

public record SubcommandSpec(String name, String description, List<OptionSpec> options) {

    public SubcommandSpec {
        options = List.copyOf(options);
    }
}
