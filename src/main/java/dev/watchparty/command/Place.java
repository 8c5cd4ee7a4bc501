package dev.watchparty.command;

/**
 * Where a command was used. {@code shared} is true where others can read a public reply (a server channel,
 * or the console's pretend channel); in a DM a public reply is read by the requester alone.
 */
public record Place(String channelId, boolean shared, boolean canManageChannel) {

    public static Place directMessage(String channelId) {
        return new Place(channelId, false, false);
    }
}
