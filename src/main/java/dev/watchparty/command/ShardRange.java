package dev.watchparty.command;

/**
 * The servers whose work this process does, when the bot is split across processes: Discord sends a server's
 * events to shard {@code (server id >> 22) % total}, and DMs, with interactions from servers the bot is not in,
 * to shard 0. A process resumes and closes only the rounds and parties of its own servers.
 */
public record ShardRange(int total, int first, int last) {

    /** One process running every shard. */
    public static final ShardRange ALL = new ShardRange(1, 0, 0);

    public ShardRange {
        if (total < 1 || first < 0 || last < first || last >= total) {
            throw new IllegalArgumentException("shards " + first + ".." + last + " of " + total);
        }
    }

    /** Whether the server with this id (null outside a server) is served here. */
    public boolean ownsGuild(String guildId) {
        if (first == 0 && last == total - 1) {
            return true;
        }
        return contains(guildId == null ? 0 : shardOf(guildId, total));
    }

    private boolean contains(int shard) {
        return shard >= first && shard <= last;
    }

    /** The shard Discord gives a server to; an id that is no snowflake (the console's) counts as shard 0's. */
    static int shardOf(String guildId, int total) {
        try {
            return (int) Long.remainderUnsigned(Long.parseUnsignedLong(guildId) >>> 22, total);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
