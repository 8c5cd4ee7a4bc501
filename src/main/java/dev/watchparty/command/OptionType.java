package dev.watchparty.command;

/** Option types the commands use; a USER option's value is the user's id. */
public enum OptionType {
    STRING,
    BOOLEAN,
    INTEGER,
    USER
}
