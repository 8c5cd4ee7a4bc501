package dev.watchparty.reply;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Messages the bot posts on its own, outside an answer to an interaction: trivia questions, round results,
 * watch-party cards. The Discord adapter posts to the channel; the console prints.
 */
public interface ChannelMessenger {

    /** Whether the bot can post in this channel (a user-installed app may not be in the server). */
    boolean canPost(String channelId);

    /** Posts a message; completes with its id, for later edits. */
    CompletableFuture<String> post(String channelId, Reply reply);

    /** Replaces a message the bot posted. */
    CompletableFuture<Void> edit(String channelId, String messageId, Reply reply);

    /**
     * Posts words a member wrote, quoted by the bot, with copies of their files. It shows no link preview: a
     * preview would show in plain sight what the words keep behind spoiler tags. Completes with the new message's
     * id, or fails if it could not be posted.
     */
    CompletableFuture<String> repost(String channelId, String content, List<FileCopy> files);

    /** Removes a message from a channel where the bot may; says why not where it may not. */
    CompletableFuture<Removal> remove(String channelId, String messageId);

    /** What came of removing a message. */
    enum Removal {
        REMOVED,
        /** The bot lacks the permission to manage messages there. */
        NOT_ALLOWED,
        /** Someone removed it first. */
        ALREADY_GONE
    }
}
