package dev.watchparty.command;

import dev.watchparty.reply.Reply;
import dev.watchparty.reply.UserInputException;

/**
 * Something a member uses from Discord's menus: a {@link SlashCommand}, typed in the chat box, or a
 * {@link MessageCommand}, picked from a message's Apps menu. The custom ids of its buttons, menus and modals start
 * with {@code spec().name() + ":"}, which is how the router finds it again when they come back.
 */
public interface Command {

    CommandSpec spec();

    default ComponentResponse onComponent(ComponentRequest request) {
        throw UserInputException.staleComponent();
    }

    /** A modal this command showed, filled in and sent. */
    default Reply onModal(ModalRequest request) {
        throw UserInputException.staleForm();
    }
}
