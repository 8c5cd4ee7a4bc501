package dev.watchparty.storage;

import java.util.List;

/** One step of the schema, applied once, in order; {@code version} is what SQLite's user_version becomes. */
record Migration(int version, List<String> statements) {

    /**
     * The schema's whole history. Append only: a released migration is never edited, because databases out
     * there have already applied it.
     */
    static final List<Migration> ALL = List.of(
            new Migration(1, List.of(
                    """
                    CREATE TABLE progress (
                        user_id TEXT NOT NULL,
                        show_id TEXT NOT NULL,
                        season INTEGER NOT NULL,
                        episode INTEGER NOT NULL,
                        updated_at TEXT NOT NULL,
                        PRIMARY KEY (user_id, show_id)
                    )""",
                    """
                    CREATE TABLE channel_level (
                        channel_id TEXT NOT NULL,
                        show_id TEXT NOT NULL,
                        season INTEGER NOT NULL,
                        episode INTEGER NOT NULL,
                        set_by TEXT NOT NULL,
                        updated_at TEXT NOT NULL,
                        PRIMARY KEY (channel_id, show_id)
                    )""")));
}
