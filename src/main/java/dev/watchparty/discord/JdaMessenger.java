package dev.watchparty.discord;

import dev.watchparty.reply.DiscordLimits;
import dev.watchparty.reply.FileCopy;
import dev.watchparty.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.pagination.PaginationAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.FileProxy;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the bot's own messages in server channels it is a member of, and creates server events for scheduled
 * parties, through the shard manager: the core is built once that exists, while JDA logs in.
 */
final class JdaMessenger implements DiscordBot.Outbox {

    private static final Logger log = LoggerFactory.getLogger(JdaMessenger.class);
    /** Discord needs an end for an event held outside a voice channel; a party night is about three hours. */
    private static final Duration EVENT_LENGTH = Duration.ofHours(3);
    /** More than any watch party: a roster is read in pages of 100, and this bounds how many pages. */
    private static final int MAX_INTERESTED = 1_000;

    private final Supplier<ShardManager> shards;

    /** {@code shards} gives the shard manager, once it is built. */
    JdaMessenger(Supplier<ShardManager> shards) {
        this.shards = shards;
    }

    private GuildMessageChannel channel(String channelId) {
        return shards.get().getChannelById(GuildMessageChannel.class, channelId);
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
        // the only messages edited here are trivia questions, posted as containers: never a classic one to clear
        return channel.editMessageById(messageId, JdaReplies.edit(reply, false))
                .submit()
                .thenAccept(message -> {});
    }

    /** The files are fetched from Discord as the message is sent, and sent again under their new names. */
    @Override
    public CompletableFuture<String> repost(String channelId, String content, List<FileCopy> files) {
        GuildMessageChannel channel = channel(channelId);
        if (channel == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no channel " + channelId + " to post in"));
        }
        MessageCreateData message = new MessageCreateBuilder()
                .setContent(content)
                .setFiles(files.stream()
                        .map(file -> new FileProxy(file.url()).downloadAsFileUpload(file.fileName()))
                        .toList())
                .setSuppressEmbeds(true)
                .setAllowedMentions(List.of())
                .build();
        try {
            return channel.sendMessage(message).submit().thenApply(Message::getId);
        } catch (InsufficientPermissionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Discord says whether the bot may: it checks Manage Messages against the message's author. */
    @Override
    public CompletableFuture<Removal> remove(String channelId, String messageId) {
        GuildMessageChannel channel = channel(channelId);
        if (channel == null) {
            return CompletableFuture.completedFuture(Removal.NOT_ALLOWED);
        }
        try {
            return channel.deleteMessageById(messageId)
                    .submit()
                    .thenApply(done -> Removal.REMOVED)
                    .exceptionallyCompose(JdaMessenger::removalRefused);
        } catch (InsufficientPermissionException e) {
            return CompletableFuture.completedFuture(Removal.NOT_ALLOWED);
        }
    }

    private static CompletableFuture<Removal> removalRefused(Throwable error) {
        Throwable cause = error instanceof CompletionException wrapped ? wrapped.getCause() : error;
        if (cause instanceof ErrorResponseException refused) {
            if (refused.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS) {
                return CompletableFuture.completedFuture(Removal.NOT_ALLOWED);
            }
            if (refused.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE) {
                return CompletableFuture.completedFuture(Removal.ALREADY_GONE);
            }
        }
        return CompletableFuture.failedFuture(cause);
    }

    /**
     * Needs the bot's Manage Events permission in the server; without it the party is still scheduled. JDA refuses
     * some calls before sending anything (a missing permission, a start it thinks past): those fail the future too.
     */
    @Override
    public CompletableFuture<ServerEvent> createEvent(
            String guildId, String channelId, String title, String description, Instant startsAt) {
        Guild guild = shards.get().getGuildById(guildId);
        GuildMessageChannel channel = channel(channelId);
        if (guild == null || channel == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("not in server " + guildId));
        }
        return sent(() -> guild.createScheduledEvent(
                                DiscordLimits.shorten(title, 100),
                                "#" + channel.getName(),
                                startsAt.atOffset(ZoneOffset.UTC),
                                startsAt.plus(EVENT_LENGTH).atOffset(ZoneOffset.UTC))
                        .setDescription(DiscordLimits.shorten(description, 1000))
                        .submit())
                .thenApply(event ->
                        new ServerEvent(event.getId(), "https://discord.com/events/" + guildId + "/" + event.getId()))
                .whenComplete((event, error) -> {
                    if (error != null) {
                        log.warn("creating the server event for a party in {} failed: {}", guildId, error.toString());
                    }
                });
    }

    /**
     * Read from Discord when asked (no gateway intent, nothing cached), so it holds what members marked while the
     * bot was down: the event, then its interested members in pages of 100. Discord lists them by ascending user
     * id, which forward paging (after the last id) walks; JDA's default, backward, would stop after the first page.
     */
    @Override
    public CompletableFuture<List<Interested>> interested(String guildId, String eventId) {
        Guild guild = shards.get().getGuildById(guildId);
        if (guild == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("not in server " + guildId));
        }
        return sent(() -> guild.retrieveScheduledEventById(eventId).submit())
                .thenCompose(event -> event.retrieveInterestedMembers()
                        .order(PaginationAction.PaginationOrder.FORWARD)
                        .takeAsync(MAX_INTERESTED))
                .thenApply(members -> members.stream()
                        .filter(member -> !member.getUser().isBot())
                        .map(member -> new Interested(member.getId(), member.getEffectiveName()))
                        .toList())
                .whenComplete((members, error) -> {
                    if (error != null) {
                        log.warn(
                                "reading who is interested in server event {} in {} failed: {}",
                                eventId,
                                guildId,
                                error.toString());
                    }
                });
    }

    private static <T> CompletableFuture<T> sent(Supplier<CompletableFuture<T>> request) {
        try {
            return request.get();
        } catch (RuntimeException refusedByJda) {
            return CompletableFuture.failedFuture(refusedByJda);
        }
    }
}
