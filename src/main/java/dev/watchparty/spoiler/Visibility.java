package dev.watchparty.spoiler;

/** How one item of a reply is shown; see {@code ../shared/design/spoilers.md}. */
public enum Visibility {
    /** At or below the audience level. */
    PLAIN,
    /** Above the audience, within the requester's progress: inside spoiler tags with its episode label. */
    TAGGED,
    /** Beyond what the requester has watched, shown only because they asked: tagged, under a warning line. */
    REVEALED,
    /** Beyond what the requester has watched: not shown, only counted. */
    HIDDEN;

    public boolean isShown() {
        return this != HIDDEN;
    }
}
