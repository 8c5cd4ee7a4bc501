package dev.watchparty.command;

import dev.watchparty.reply.Reply;

/** What an answer does: edit the message a clicked component sits on (a page turn), or send a new reply (as every command does). */
public record ComponentResponse(Reply reply, boolean updatesMessage) {

    public static ComponentResponse update(Reply reply) {
        return new ComponentResponse(reply, true);
    }

    public static ComponentResponse reply(Reply reply) {
        return new ComponentResponse(reply, false);
    }
}
