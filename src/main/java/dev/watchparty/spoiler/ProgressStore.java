package dev.watchparty.spoiler;

/** Where each viewer's progress is kept, per show. */
public interface ProgressStore {

    Progress progressOf(String userId, String showId);

    /** Returns once the progress is kept: a caller may then tell the viewer it is saved. */
    void save(String userId, String showId, Progress progress);

    void clear(String userId, String showId);
}
