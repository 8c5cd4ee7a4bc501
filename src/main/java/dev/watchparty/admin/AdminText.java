package dev.watchparty.admin;

import dev.watchparty.reply.TextKey;

/** What /admin tells an operator. */
enum AdminText implements TextKey {
    OPERATORS_ONLY,
    RELOADED,
    REFUSED_TITLE,
    ERROR_COUNT,
    ERRORS,
    MORE_ERRORS;

    @Override
    public String bundle() {
        return "admin";
    }
}
