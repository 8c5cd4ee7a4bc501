package dev.watchparty.party;

/** What happens to parties without anyone typing a command: a scheduled one opens, an idle one ends. */
public interface PartyEvents {

    /** A scheduled party opened, with {@code fromEvent} members joined because they were interested in its event. */
    void opened(Party party, int fromEvent);

    void ended(Party party, EndedBy reason);

    enum EndedBy {
        HOST("The party was ended."),
        IDLE("The party ended itself after a long quiet spell.");

        private final String description;

        EndedBy(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
