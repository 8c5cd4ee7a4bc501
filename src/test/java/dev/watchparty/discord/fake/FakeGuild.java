package dev.watchparty.discord.fake;

/**
 * The one server the fake bot is in, as its ids. The bot sees it in {@code GUILD_CREATE}: one text channel, the
 * owner and the bot as members, and three roles.
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
}
