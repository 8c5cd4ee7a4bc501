package dev.watchparty.trivia;

import dev.watchparty.pack.TriviaQuestion;
import java.util.List;

/** A question chosen for a round, with its four choices already shuffled. */
record PlannedQuestion(TriviaQuestion question, List<String> choices, int correctIndex) {

    PlannedQuestion {
        choices = List.copyOf(choices);
    }
}
