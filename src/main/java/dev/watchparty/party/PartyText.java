package dev.watchparty.party;

import dev.watchparty.reply.TextKey;

/**
 * What watch parties write: the party's card and announcements (in the party's language), and the notices and
 * refusals its members read alone (in theirs).
 */
public enum PartyText implements TextKey {
    // refusals, in the requester's language
    NOT_IN_SERVER,
    ALREADY_RUNNING,
    LAST_EPISODE,
    HOST_CANNOT_LEAVE,
    NOT_A_MEMBER,
    NO_PARTY,
    NOT_IN_CONTROL,
    JUST_MOVED,
    PARTY_ENDED,
    COHOST_MISSING,
    NOT_WATCHED_BY_PARTY,
    QUIZ_WOULD_SPOIL,
    // notices to one member
    COHOST_ADDED,
    ALREADY_HOSTING,
    ALREADY_MEMBER,
    LEFT,
    FOLLOWING_AGAIN,
    NOT_FOLLOWING,
    STARTED_AGO,
    WELCOME,
    PARTY_HAS_FINISHED,
    PARTY_NOT_STARTED,
    NOTHING_YET,
    WATCHED_THROUGH,
    CATCHING_UP,
    REMINDER,
    LEVEL_WITH_PARTY,
    PARTY_AHEAD,
    EPISODE_RANGE,
    // the answer to /party schedule, and the server event it makes
    SCHEDULED,
    READ_IN_MEMBER_ZONE,
    READ_IN_SERVER_ZONE,
    READ_IN_UTC,
    EVENT_MADE,
    EVENT_NOT_MADE,
    DEFAULT_NAME,
    EVENT_DESCRIPTION,
    // the party's cards
    STARTED_BY,
    JUMPED_TO,
    ENDED_BY,
    INVITATION,
    YOU_HOST,
    YOU_ARE_IN,
    WATCHING,
    HOST,
    UNKNOWN_HOST,
    COHOSTS,
    UNNAMED_COHOST,
    MEMBERS,
    FOOTER,
    JOIN,
    LEAVE,
    FOLLOW,
    UNNAMED_PARTY,
    STATUS_LINE,
    STATUS_FINISHED,
    STATUS_JUST_STARTING,
    STATUS_UP_NEXT,
    STATUS_NO_MORE,
    PREVIOUSLY_ON,
    UP_NEXT,
    QUICK_TRIVIA,
    EPISODES_WATCHED,
    EPISODES_WATCHED_VALUE,
    EPISODES_WATCHED_THROUGH,
    TIME_TOGETHER,
    DURATION,
    TRIVIA,
    PARTY_OVER,
    // what happens without a command
    SCHEDULED_OPENS,
    SCHEDULED_OPENS_WITH_INTERESTED,
    ENDED_BY_HOST,
    ENDED_IDLE,
    // reading a time
    WHEN_UNREADABLE,
    WHEN_PASSED,
    WHEN_TOO_FAR,
    WHEN_SUGGESTION,
    /**
     * Not a sentence but the shape of a date and time in this language, a {@link java.time.format.DateTimeFormatter}
     * pattern, for the moment a typed time was read as. It holds no braces nor apostrophes, so it reads the same
     * through {@link java.text.MessageFormat}.
     */
    MOMENT;

    @Override
    public String bundle() {
        return "party";
    }
}
