package dev.watchparty.discord;

import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.reply.Reply;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Posts the bot's own messages in server channels it is a member of. It is handed the shard manager once that
 * exists: the core, which needs a messenger, is built before JDA starts.
 */
final class JdaMessenger implements ChannelMessenger {

    private final AtomicReference<ShardManager> shards = new AtomicReference<>();

    void bind(ShardManager shardManager) {
        shards.set(shardManager);
    }

    private GuildMessageChannel channel(String channelId) {
        ShardManager manager = shards.get();
        return manager == null ? null : manager.getChannelById(GuildMessageChannel.class, channelId);
    }

    @Override
    public boolean canPost(String channelId) {
        GuildMessageChannel channel = channel(channelId);
        return channel != null && channel.canTalk();
    }

    @Override
    public CompletableFuture<String> post(String channelId, Reply reply) {
        GuildMessageChannel channel = channel(channelId);
        if (channel == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no channel " + channelId + " to post in"));
        }
        return channel.sendMessage(JdaReplies.create(reply)).submit().thenApply(Message::getId);
    }

    @Override
    public CompletableFuture<Void> edit(String channelId, String messageId, Reply reply) {
        GuildMessageChannel channel = channel(channelId);
        if (channel == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no channel " + channelId + " to edit in"));
        }
        return channel.editMessageById(messageId, JdaReplies.edit(reply)).submit().thenAccept(message -> { });
    }
}
