package dev.watchparty.command;

import dev.watchparty.reply.TextKey;

/** What the router and the shared option readers write. */
public enum CommandText implements TextKey {
    UNKNOWN_COMMAND,
    UNKNOWN_MESSAGE_COMMAND,
    APOLOGY;

    @Override
    public String bundle() {
        return "command";
    }
}
