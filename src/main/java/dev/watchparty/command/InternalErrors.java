package dev.watchparty.command;

/**
 * Told each time the router meets a failure of its own (a bug, the database down) rather than bad input: a command
 * or click answered with an apology, or suggestions that failed. The Discord front end counts them; the core
 * knows nothing of how.
 */
@FunctionalInterface
public interface InternalErrors {

    /** Nobody is told: the console and the tests. */
    InternalErrors NONE = () -> {};

    /** Called on the thread that handled the request, just before the apology is returned. */
    void occurred();
}
