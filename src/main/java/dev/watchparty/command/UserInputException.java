package dev.watchparty.command;

/**
 * Input the bot cannot act on. Its message is friendly, already escaped, and shown to the requester alone;
 * it is not a fault, so it is never logged as one.
 */
public class UserInputException extends RuntimeException {

    public UserInputException(String friendlyMessage) {
        super(friendlyMessage, null, false, false);
    }
}
