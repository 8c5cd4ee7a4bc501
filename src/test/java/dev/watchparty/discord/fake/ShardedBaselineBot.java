package dev.watchparty.discord.fake;

import dev.watchparty.discord.FixedGatewaySessionController;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * A bare JDA shard manager on the fake, running some shards of a total as one process of a sharded bot would: it
 * records which servers each of its shards got ready (their GUILD_CREATE) and which interactions each received, and
 * answers every interaction with the id of the shard that got it ({@code "shard 1"}).
 */
final class ShardedBaselineBot extends ListenerAdapter implements AutoCloseable {

    /** A server one of the manager's shards got ready. */
    record GuildReady(int shard, long guildId) {}

    /**
     * An interaction one of the manager's shards received.
     *
     * @param guildId  its server, 0 in a DM
     * @param detached whether JDA took the server for one the bot is not in
     */
    record Received(int shard, long interactionId, long guildId, boolean detached) {}

    private final Recorder<Integer> connected = new Recorder<>();
    private final Recorder<GuildReady> guildsReady = new Recorder<>();
    private final Recorder<Received> received = new Recorder<>();
    private final Recorder<Integer> shutdownCodes = new Recorder<>();
    private final ShardManager manager;
    /** How many shards this manager runs. */
    private final int shardCount;

    private ShardedBaselineBot(FakeDiscord discord, int shardTotal, int firstShard, int lastShard) {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(discord.token())
                .setRestConfig(new RestConfig().setBaseUrl(discord.restBaseUrl()))
                .setSessionController(new FixedGatewaySessionController(discord.gatewayUrl()))
                .setEnableShutdownHook(false)
                .addEventListeners(this);
        if (shardTotal > 0) {
            builder.setShardsTotal(shardTotal).setShards(firstShard, lastShard);
        }
        this.manager = builder.build();
        // a manager left to the recommendation has asked GET /gateway/bot for the total by the time build() returns
        this.shardCount = shardTotal > 0 ? lastShard - firstShard + 1 : manager.getShardsTotal();
    }

    /** Runs shards {@code firstShard} to {@code lastShard} of {@code shardTotal}; returns at once. */
    static ShardedBaselineBot connect(FakeDiscord discord, int shardTotal, int firstShard, int lastShard) {
        return new ShardedBaselineBot(discord, shardTotal, firstShard, lastShard);
    }

    /** Runs every shard {@code GET /gateway/bot} recommends; returns at once. */
    static ShardedBaselineBot connectAsRecommended(FakeDiscord discord) {
        return new ShardedBaselineBot(discord, -1, 0, 0);
    }

    ShardManager manager() {
        return manager;
    }

    /** Waits until every shard of the manager is CONNECTED: READY and its servers' GUILD_CREATEs processed. */
    ShardedBaselineBot awaitConnected(Duration timeout) {
        connected.awaitCount(shardCount, timeout, shardCount + " shard(s) to be CONNECTED");
        return this;
    }

    /** Every server its shards got ready, in order. */
    List<GuildReady> guildsReady() {
        return guildsReady.all();
    }

    /** Every interaction its shards received, in order. */
    List<Received> received() {
        return received.all();
    }

    /** Waits until one of its shards has shut down; the gateway close code it shut down for. */
    int awaitShutdownCode(Duration timeout) {
        return shutdownCodes.awaitFirst(timeout, "a shard to shut down");
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        shutdownCodes.add(event.getCode());
    }

    /** JDA fires ReadyEvent just before it sets CONNECTED: connected means the status. */
    @Override
    public void onStatusChange(StatusChangeEvent event) {
        if (event.getNewStatus() == JDA.Status.CONNECTED) {
            connected.add(shardOf(event.getJDA()));
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        guildsReady.add(new GuildReady(shardOf(event.getJDA()), event.getGuild().getIdLong()));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        event.reply(record(event.getJDA(), event.getInteraction())).queue();
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        String shard = record(event.getJDA(), event.getInteraction());
        event.replyChoice(shard, shard).queue();
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        event.editMessage(record(event.getJDA(), event.getInteraction())).queue();
    }

    /** Records the interaction on the listener's thread, before any answer; the answer names the shard. */
    private String record(JDA shard, Interaction interaction) {
        Guild guild = interaction.getGuild();
        received.add(new Received(
                shardOf(shard),
                interaction.getIdLong(),
                guild == null ? 0 : guild.getIdLong(),
                guild != null && guild.isDetached()));
        return "shard " + shardOf(shard);
    }

    private static int shardOf(JDA jda) {
        return jda.getShardInfo().getShardId();
    }

    @Override
    public void close() {
        List<JDA> shards = List.copyOf(manager.getShards());
        manager.shutdown();
        try {
            for (JDA shard : shards) {
                if (!shard.awaitShutdown(Duration.ofSeconds(2))) {
                    shard.shutdownNow();
                    shard.awaitShutdown(Duration.ofSeconds(5));
                }
            }
        } catch (InterruptedException e) {
            shards.forEach(JDA::shutdownNow);
            Thread.currentThread().interrupt();
        }
    }
}
