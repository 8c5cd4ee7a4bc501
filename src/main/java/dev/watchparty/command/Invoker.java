package dev.watchparty.command;

/** Who used a command: a stable user id and the name to call them by (never a mention). */
public record Invoker(String userId, String displayName) {
}
