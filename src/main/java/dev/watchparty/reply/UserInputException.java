package dev.watchparty.reply;

/**
 * Input the bot cannot act on. Its message is friendly, already escaped, and shown to the requester alone;
 * it is not a fault, so it is never logged as one.
 */
public class UserInputException extends RuntimeException {

    public UserInputException(String friendlyMessage) {
        super(friendlyMessage, null, false, false);
    }

    /** A click on a component whose id no longer makes sense (an old message, or a tampered id). */
    public static UserInputException staleComponent() {
        return new UserInputException("This button no longer does anything.");
    }

    /** A modal sent back whose id no longer makes sense. */
    public static UserInputException staleForm() {
        return new UserInputException("This form no longer does anything.");
    }
}
