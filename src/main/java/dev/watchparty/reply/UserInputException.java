package dev.watchparty.reply;

import java.util.Locale;

/**
 * Input the bot cannot act on. Its {@link Text} is friendly, with any typed or pack text already escaped, and is
 * shown to the requester alone, in their language; it is not a fault, so it is never logged as one.
 */
public class UserInputException extends RuntimeException {

    private final transient Text friendly;

    public UserInputException(Text friendly) {
        super(friendly.toString(), null, false, false);
        this.friendly = friendly;
    }

    public UserInputException(TextKey key, Object... arguments) {
        this(Text.of(key, arguments));
    }

    /** The message, for a reader of {@code locale}. */
    public String in(Locale locale) {
        return friendly.in(locale);
    }

    /** A click on a component whose id no longer makes sense (an old message, or a tampered id). */
    public static UserInputException staleComponent() {
        return new UserInputException(ReplyText.STALE_BUTTON);
    }

    /** A modal sent back whose id no longer makes sense. */
    public static UserInputException staleForm() {
        return new UserInputException(ReplyText.STALE_FORM);
    }
}
