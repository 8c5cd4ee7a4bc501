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
                    )""")),
            new Migration(2, List.of(
                    """
                    CREATE TABLE trivia_round (
                        round_id TEXT PRIMARY KEY,
                        show_id TEXT NOT NULL,
                        community TEXT NOT NULL,
                        guild_id TEXT,
                        channel_id TEXT NOT NULL,
                        starter_id TEXT NOT NULL,
                        cap TEXT NOT NULL,
                        started_at INTEGER NOT NULL,
                        ended_at INTEGER,
                        end_reason TEXT
                    )""",
                    "CREATE INDEX trivia_round_unfinished ON trivia_round (ended_at) WHERE ended_at IS NULL",
                    """
                    CREATE TABLE trivia_answer (
                        round_id TEXT NOT NULL REFERENCES trivia_round (round_id),
                        question_number INTEGER NOT NULL,
                        question_id TEXT NOT NULL,
                        user_id TEXT NOT NULL,
                        display_name TEXT NOT NULL,
                        choice INTEGER NOT NULL,
                        correct INTEGER NOT NULL,
                        points INTEGER NOT NULL,
                        elapsed_ms INTEGER NOT NULL,
                        answered_at INTEGER NOT NULL,
                        PRIMARY KEY (round_id, question_number, user_id)
                    )""",
                    "CREATE INDEX trivia_answer_user ON trivia_answer (user_id)",
                    """
                    CREATE TABLE trivia_seen (
                        channel_id TEXT NOT NULL,
                        show_id TEXT NOT NULL,
                        question_id TEXT NOT NULL,
                        seen_at INTEGER NOT NULL,
                        PRIMARY KEY (channel_id, show_id, question_id)
                    )""")),
            new Migration(3, List.of(
                    """
                    CREATE TABLE party (
                        party_id TEXT PRIMARY KEY,
                        show_id TEXT NOT NULL,
                        guild_id TEXT,
                        channel_id TEXT NOT NULL,
                        name TEXT,
                        host_id TEXT NOT NULL,
                        finished TEXT NOT NULL,
                        up_next TEXT,
                        episodes_watched INTEGER NOT NULL,
                        started_at INTEGER NOT NULL,
                        last_activity INTEGER NOT NULL,
                        ended_at INTEGER,
                        end_reason TEXT
                    )""",
                    "CREATE UNIQUE INDEX party_active_channel ON party (channel_id) WHERE ended_at IS NULL",
                    """
                    CREATE TABLE party_cohost (
                        party_id TEXT NOT NULL REFERENCES party (party_id),
                        user_id TEXT NOT NULL,
                        PRIMARY KEY (party_id, user_id)
                    )""",
                    """
                    CREATE TABLE party_member (
                        party_id TEXT NOT NULL REFERENCES party (party_id),
                        user_id TEXT NOT NULL,
                        display_name TEXT NOT NULL,
                        follows_progress INTEGER NOT NULL,
                        joined_at INTEGER NOT NULL,
                        position INTEGER NOT NULL,
                        PRIMARY KEY (party_id, user_id)
                    )""",
                    """
                    CREATE TABLE party_schedule (
                        schedule_id TEXT PRIMARY KEY,
                        guild_id TEXT,
                        channel_id TEXT NOT NULL,
                        show_id TEXT NOT NULL,
                        host_id TEXT NOT NULL,
                        host_name TEXT NOT NULL,
                        name TEXT,
                        episode TEXT NOT NULL,
                        starts_at INTEGER NOT NULL,
                        done INTEGER NOT NULL DEFAULT 0
                    )""")),
            new Migration(4, List.of(
                    // a private round is played alone: its answers count in a player's stats, not on leaderboards
                    "ALTER TABLE trivia_round ADD COLUMN private INTEGER NOT NULL DEFAULT 0")));
}
