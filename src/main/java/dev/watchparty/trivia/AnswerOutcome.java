package dev.watchparty.trivia;

/** What became of a click on an answer button; {@code choice} is the answer that counts, where there is one. */
public record AnswerOutcome(Kind kind, int choice) {

    public enum Kind {
        /** The first click of this player on this question: it counts. */
        LOCKED,
        /** A later click of a player who already answered: the first answer stands. */
        ALREADY_ANSWERED,
        /** The question had closed. */
        TOO_LATE,
        /** The round is over. */
        ROUND_OVER
    }
}
