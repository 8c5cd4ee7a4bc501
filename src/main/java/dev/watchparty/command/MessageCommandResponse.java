package dev.watchparty.command;

import dev.watchparty.reply.Modal;
import dev.watchparty.reply.Reply;

/** What a message command answers with: a reply, or a modal asking for more (exactly one of the two). */
public record MessageCommandResponse(Reply reply, Modal modal) {

    public MessageCommandResponse {
        if ((reply == null) == (modal == null)) {
            throw new IllegalArgumentException("a message command answers with a reply or a modal");
        }
    }

    public static MessageCommandResponse reply(Reply reply) {
        return new MessageCommandResponse(reply, null);
    }

    public static MessageCommandResponse ask(Modal modal) {
        return new MessageCommandResponse(null, modal);
    }
}
