package dev.watchparty.console;

import dev.watchparty.reply.TextKey;

/**
 * What the offline console writes around the bot's replies, in its reader's language. Most are labels the console
 * puts in brackets itself: {@code ( )} for a note about a reply, {@code [ ]} for something that happened in the
 * pretend channel. Commands and options are named as the reader's Discord shows them, which the console also reads;
 * {@code press}, {@code pick} and {@code quit} are the console's own words and stay as typed.
 */
public enum ConsoleText implements TextKey {
    BANNER,
    EXAMPLES,
    LOG_FILE,
    CANNOT_READ_INPUT,
    /** The name the console's one user goes by, wherever the bot names them (a party's host, a leaderboard). */
    USER_NAME,
    SUGGESTIONS_FOR,
    NO_SUGGESTIONS,
    PRESS_BY_NUMBER,
    NOTHING_TO_PRESS,
    NO_MENU,
    PICK_FROM_RANGE,
    NO_SUCH_BUTTON,
    START_WITH_SLASH,
    NEEDS_SUBCOMMAND,
    NO_OPTION_TO_SUGGEST,
    OPTIONS_AS_NAME_VALUE,
    TAKES_NO_OPTIONS,
    NO_SUCH_OPTION,
    NO_SUCH_OPTION_NONE_TAKEN,
    NOT_TRUE_OR_FALSE,
    NOT_WHOLE_NUMBER,
    ONLY_YOU,
    POSTED_IN_CHANNEL,
    PRESS_HINT,
    PICK_HINT,
    CHOOSE_ONE,
    SPOILER,
    WHOLE_CARD_SPOILER,
    MESSAGE_UPDATED,
    MESSAGE_REMOVED,
    FILE,
    SERVER_EVENT,
    EVENT_LINK,
    NOW,
    FROM_NOW,
    AGO,
    SECONDS,
    MINUTES,
    HOURS,
    DAYS,
    MONTHS,
    YEARS,
    /**
     * Dates as Discord shows them in this language, as {@link java.time.format.DateTimeFormatter} patterns: written
     * through MessageFormat like every text, so a literal in quotes has its quotes doubled ({@code ''de''}).
     */
    SHORT_DATE,
    LONG_DATE,
    WEEKDAY_AND_LONG_DATE;

    @Override
    public String bundle() {
        return "console";
    }
}
