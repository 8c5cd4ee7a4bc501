package dev.watchparty.command;

import dev.watchparty.reply.TextKey;

/** What the router, /help and the shared option readers write. */
public enum CommandText implements TextKey {
    UNKNOWN_COMMAND,
    UNKNOWN_MESSAGE_COMMAND,
    APOLOGY,
    NEEDS_SUBCOMMAND,
    OPTION_MISSING,
    OPTION_REQUIRED,
    OPTION_TOO_LONG,
    OPTION_ONE_OF,
    OPTION_RANGE,
    NOT_IN_SHOW,
    AMBIGUOUS_NUMBER,
    AMBIGUOUS_TITLE,
    NOT_AN_EPISODE,
    REFUSED,
    REFUSED_DID_YOU_MEAN,
    NO_EPISODE,
    EPISODE_RANGE,
    EPISODE_FORMS,
    WATCHED_FORMS,
    UNKNOWN_SHOW,
    NONE_CHOICE,
    ANSWERED_PRIVATELY,
    PREMISE,
    HELP_INTRO,
    HELP_USAGE,
    HELP_MESSAGE_COMMAND;

    @Override
    public String bundle() {
        return "command";
    }
}
