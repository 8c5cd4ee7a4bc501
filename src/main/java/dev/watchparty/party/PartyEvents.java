package dev.watchparty.party;

/** What happens to parties without anyone typing a command: a scheduled one opens, an idle one ends. */
public interface PartyEvents {

    /** A scheduled party opened, with {@code fromEvent} members joined because they were interested in its event. */
    void opened(Party party, int fromEvent);

    void ended(Party party, EndedBy reason);

    enum EndedBy {
        HOST(PartyText.ENDED_BY_HOST),
        IDLE(PartyText.ENDED_IDLE);

        private final PartyText description;

        EndedBy(PartyText description) {
            this.description = description;
        }

        /** Why the party ended, as its summary says it in the party's language. */
        public PartyText description() {
            return description;
        }
    }
}
