package dev.watchparty.command;

import dev.watchparty.reply.Texts;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a command was used. {@code guildId} is null outside a server. {@code shared} is true where others can
 * read a public reply (a server channel, a group DM, the console's pretend channel); in a DM with the bot a
 * public reply is read by the requester alone. {@code powers} are what the requester may do in this channel.
 * {@code language} is the server's (its community locale), which posts that everyone in the channel reads and that
 * outlive the request (a trivia round's questions, a party's announcements) are written in; outside a server it is
 * the requester's.
 */
public record Place(String guildId, String channelId, boolean shared, Set<Power> powers, Locale language) {

    /** Channel permissions the bot's commands care about. */
    public enum Power {
        MANAGE_CHANNEL,
        MANAGE_MESSAGES,
        MANAGE_EVENTS
    }

    public Place {
        powers = powers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(powers));
        language = language == null ? Texts.FALLBACK : language;
    }

    /** A place whose language is not known (the console, tests): English. */
    public Place(String guildId, String channelId, boolean shared, Set<Power> powers) {
        this(guildId, channelId, shared, powers, Texts.FALLBACK);
    }

    public static Place serverChannel(String guildId, String channelId, Set<Power> powers) {
        return new Place(guildId, channelId, true, powers);
    }

    public boolean can(Power power) {
        return powers.contains(power);
    }

    /** Scores and leaderboards are kept per server; outside one, per channel. */
    public String community() {
        return guildId != null ? guildId : channelId;
    }
}
