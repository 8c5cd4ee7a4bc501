package dev.watchparty.command;

public enum OptionType { STRING, BOOLEAN, INTEGER }
