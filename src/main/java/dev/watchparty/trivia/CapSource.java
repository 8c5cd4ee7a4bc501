package dev.watchparty.trivia;

/** Which rule set a round's spoiler cap; the round's header says so. */
public enum CapSource {
    THROUGH_OPTION("the episode you chose"),
    CHANNEL("this channel's level"),
    STARTER_PROGRESS("the progress of whoever started it");

    private final String description;

    CapSource(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
