package dev.watchparty.reply;

/** What the reply model itself writes: page buttons, a cut section's mark, refusals of stale clicks. */
public enum ReplyText implements TextKey {
    STALE_BUTTON,
    STALE_FORM,
    PREVIOUS_PAGE,
    NEXT_PAGE,
    PAGE_NUMBER,
    CONTINUED;

    @Override
    public String bundle() {
        return "reply";
    }
}
