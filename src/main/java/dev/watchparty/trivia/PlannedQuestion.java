package dev.watchparty.trivia;

import dev.watchparty.pack.TriviaQuestion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A question chosen for a round, with its four choices already shuffled. */
record PlannedQuestion(TriviaQuestion question, List<String> choices, int correctIndex) {

    PlannedQuestion {
        choices = List.copyOf(choices);
    }

    /** The question as put to the players now, number {@code number} of {@code total}, open for {@code limit}. */
    AskedQuestion askedAt(Instant now, int number, int total, Duration limit) {
        return new AskedQuestion(number, total, question, choices, correctIndex, now, now.plus(limit));
    }
}
