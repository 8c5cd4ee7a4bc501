package dev.watchparty.trivia;

import dev.watchparty.pack.TriviaQuestion;
import java.time.Instant;
import java.util.List;

/** A question as put to the players: its number, the shuffled choices, and when it closes. */
public record AskedQuestion(
        int number,
        int total,
        TriviaQuestion question,
        List<String> choices,
        int correctIndex,
        Instant askedAt,
        Instant deadline) {

    public AskedQuestion {
        choices = List.copyOf(choices);
    }

    public static String letter(int choice) {
        return String.valueOf((char) ('A' + choice));
    }

    public String correctChoice() {
        return choices.get(correctIndex);
    }
}
