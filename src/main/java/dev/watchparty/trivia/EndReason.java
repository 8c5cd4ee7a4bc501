package dev.watchparty.trivia;

public enum EndReason {
    FINISHED("All questions asked."),
    STOPPED("Stopped early."),
    ABANDONED("Nobody answered three questions in a row, so the round ended itself."),
    INTERRUPTED("The bot restarted during this round; the scores so far are kept."),
    FAILED("I couldn't go on with this round (my storage failed), so it ended here; the scores so far are kept. "
            + "Start a new one when you like.");

    private final String description;

    EndReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
