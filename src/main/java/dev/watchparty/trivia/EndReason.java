package dev.watchparty.trivia;

/** Why a round ended; its results card says so. */
public enum EndReason {
    FINISHED(TriviaText.END_FINISHED),
    STOPPED(TriviaText.END_STOPPED),
    ABANDONED(TriviaText.END_ABANDONED),
    INTERRUPTED(TriviaText.END_INTERRUPTED),
    FAILED(TriviaText.END_FAILED);

    private final TriviaText description;

    EndReason(TriviaText description) {
        this.description = description;
    }

    TriviaText description() {
        return description;
    }
}
