package dev.watchparty.discord.fake;

/** Discord permission bits the fake hands out (see Discord's "Permissions" topic), as the raw values it sends. */
final class Permissions {

    static final long CREATE_INSTANT_INVITE = 1L;
    static final long ADMINISTRATOR = 1L << 3;
    static final long MANAGE_CHANNELS = 1L << 4;
    static final long ADD_REACTIONS = 1L << 6;
    static final long VIEW_CHANNEL = 1L << 10;
    static final long SEND_MESSAGES = 1L << 11;
    static final long MANAGE_MESSAGES = 1L << 13;
    static final long EMBED_LINKS = 1L << 14;
    static final long ATTACH_FILES = 1L << 15;
    static final long READ_MESSAGE_HISTORY = 1L << 16;
    static final long MENTION_EVERYONE = 1L << 17;
    static final long USE_EXTERNAL_EMOJIS = 1L << 18;
    static final long CONNECT = 1L << 20;
    static final long SPEAK = 1L << 21;
    static final long CHANGE_NICKNAME = 1L << 26;
    static final long USE_APPLICATION_COMMANDS = 1L << 31;
    static final long MANAGE_EVENTS = 1L << 33;
    static final long CREATE_PUBLIC_THREADS = 1L << 35;
    static final long SEND_MESSAGES_IN_THREADS = 1L << 38;
    static final long CREATE_EVENTS = 1L << 44;
    /** Every bit Discord defines today; what the owner and administrators get. */
    static final long ALL = (1L << 51) - 1;

    /** Roughly what a new server's {@code @everyone} may do. */
    static final long EVERYONE = CREATE_INSTANT_INVITE
            | ADD_REACTIONS
            | VIEW_CHANNEL
            | SEND_MESSAGES
            | EMBED_LINKS
            | ATTACH_FILES
            | READ_MESSAGE_HISTORY
            | USE_EXTERNAL_EMOJIS
            | CONNECT
            | SPEAK
            | CHANGE_NICKNAME
            | USE_APPLICATION_COMMANDS
            | CREATE_PUBLIC_THREADS
            | SEND_MESSAGES_IN_THREADS;
    /** The bot's own role: it may schedule server events, as the watch-party bot asks to when invited. */
    static final long BOT_ROLE = EVERYONE | MANAGE_EVENTS | CREATE_EVENTS;

    /**
     * What a user-installed app may do in a server its bot is not in, as {@code app_permissions} says: attach files,
     * embed links and mention everyone, as in DMs between users.
     */
    static final long USER_INSTALLED_APP = ATTACH_FILES | EMBED_LINKS | MENTION_EVERYONE;

    static final long MODERATOR = MANAGE_CHANNELS | MANAGE_MESSAGES | MANAGE_EVENTS | CREATE_EVENTS;

    private Permissions() {}

    /** What a member's roles add up to, as Discord computes it for {@code member.permissions}. */
    static long effective(long combined) {
        return (combined & ADMINISTRATOR) != 0 ? ALL : combined;
    }
}
