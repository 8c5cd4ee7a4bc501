package dev.watchparty.trivia;

import dev.watchparty.reply.TextKey;

/**
 * What trivia writes: a round's opening card, questions, reveals and results (in the round's language), and the
 * replies and notices to whoever used a command or clicked (in theirs).
 */
enum TriviaText implements TextKey {
    THROUGH_PAST_CHANNEL,
    CHANNEL_KNOWS_UP_TO,
    CHANNEL_KNOWS_PREMISE,
    THROUGH_PAST_PROGRESS,
    THROUGH_NOT_STARTED,
    NO_ROUND_HERE,
    STOP_NOT_ALLOWED,
    STOPPED_BY,
    LEADERBOARD_TITLE,
    ALL_TIME,
    THIS_MONTH,
    STATS,
    NO_STATS,
    SOLO_ROUND_ENDED,
    SOLO_ALREADY_ANSWERED,
    ROUND_ENDED,
    JOINED,
    ALREADY_JOINED,
    LOCKED_IN,
    ALREADY_ANSWERED,
    TOO_LATE,
    CANNOT_POST,
    ALREADY_RUNNING,
    NO_QUESTIONS,
    HEADER_TITLE,
    HEADER,
    JOIN,
    CAP_PREMISE,
    CAP_ONLY_LEVEL,
    CAP_FROM_THROUGH_OPTION,
    CAP_FROM_CHANNEL,
    CAP_FROM_STARTER_PROGRESS,
    QUESTION_TITLE,
    CLOSES,
    FIRST_CLICK_COUNTS,
    ANSWER,
    NEXT_QUESTION_SOON,
    NOBODY_ANSWERED,
    NOBODY_GOT_IT,
    GOT_IT,
    MISSED,
    SOLO_OPENING,
    SOLO_TIME_UP,
    SOLO_RIGHT,
    SOLO_WRONG,
    SOLO_ANSWER_BY,
    SOLO_OVER_TITLE,
    SOLO_OVER,
    ROUND_OVER_TITLE,
    ROUND_INTERRUPTED_TITLE,
    END_FINISHED,
    END_STOPPED,
    END_ABANDONED,
    END_INTERRUPTED,
    END_FAILED,
    STANDINGS,
    NO_SCORES_YET,
    TOP_OF,
    STANDING_LINE;

    @Override
    public String bundle() {
        return "trivia";
    }
}
