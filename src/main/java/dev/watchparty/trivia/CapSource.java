package dev.watchparty.trivia;

/** Which rule set a round's spoiler cap; the round's header says so. */
public enum CapSource {
    THROUGH_OPTION(TriviaText.CAP_FROM_THROUGH_OPTION),
    CHANNEL(TriviaText.CAP_FROM_CHANNEL),
    STARTER_PROGRESS(TriviaText.CAP_FROM_STARTER_PROGRESS);

    private final TriviaText description;

    CapSource(TriviaText description) {
        this.description = description;
    }

    TriviaText description() {
        return description;
    }
}
