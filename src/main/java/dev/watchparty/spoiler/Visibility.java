package dev.watchparty.spoiler;

/** How one item of a reply is shown; see {@code seeds/SPOILERS.md}. */
public enum Visibility {
    /** At or below what every reader has seen, the requester included. */
    PLAIN,
    /** Seen by some readers, not all: inside spoiler tags with its episode label. */
    TAGGED,
    /** Beyond every reader, shown only because the requester, reading alone, asked: tagged, under a warning line. */
    REVEALED,
    /** Beyond every reader: not shown, only counted. */
    HIDDEN;

    public boolean isShown() {
        return this != HIDDEN;
    }
}
