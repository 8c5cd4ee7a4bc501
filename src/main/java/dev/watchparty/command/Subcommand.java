package dev.watchparty.command;

import java.util.Locale;

/**
 * One of a command's subcommands, implemented by an enum of the command's own: the constant's name, lower-cased,
 * is what Discord and the console call it, and a switch over the enum is checked for every case.
 */
public interface Subcommand {

    String name();

    default String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
