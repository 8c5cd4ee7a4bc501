package dev.watchparty.discord.fake;

/**
 * A server the fake bot is in, as its ids. The bot sees it in {@code GUILD_CREATE}: one text channel, the owner and
 * the bot as members, and three roles.
 *
 * @param id              server id; also the id of its {@code @everyone} role, as on Discord
 * @param name            server name
 * @param channelId       the text channel where guild interactions happen
 * @param channelName     its name
 * @param botRoleId       the bot's managed role
 * @param moderatorRoleId a role with Manage Channels, Manage Messages and Manage Events, for members a test makes
 *                        powerful
 * @param ownerId         the server owner, who has every permission
 */
public record FakeGuild(
        long id, String name, long channelId, String channelName, long botRoleId, long moderatorRoleId, long ownerId) {

    public long everyoneRoleId() {
        return id;
    }

    /** The shard of {@code shardTotal} whose gateway session gets this server's events: {@link #shardOf}. */
    public int shard(int shardTotal) {
        return shardOf(id, shardTotal);
    }

    /** Discord's sharding formula, {@code (guild_id >> 22) % num_shards}: the shard a server's events go to. */
    public static int shardOf(long guildId, int shardTotal) {
        if (shardTotal < 1) {
            throw new IllegalArgumentException("a bot has one shard at least, not " + shardTotal);
        }
        return (int) ((guildId >>> 22) % shardTotal);
    }
}
