package dev.watchparty.command;

/**
 * A command on a message's Apps menu (Discord's message context menu): it is given the message it was used on,
 * and answers, or asks for more with a modal whose submission comes back to {@link #onModal}.
 */
public interface MessageCommand extends Command {

    MessageCommandResponse onMessage(MessageCommandRequest request);
}
