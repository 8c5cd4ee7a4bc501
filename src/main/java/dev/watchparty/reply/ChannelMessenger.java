package dev.watchparty.reply;

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
}
