package dev.watchparty.storage;

/** The store failed; the bot answers with an apology and keeps running. */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
