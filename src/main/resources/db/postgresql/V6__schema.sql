-- V6: the whole schema, as SQLite's V1 to V6 left it, for a new PostgreSQL database. PostgreSQL support began
-- at schema version 6, so both dialects number their next steps alike: V7 comes in both folders.
-- Times are epoch milliseconds and flags 0 or 1, as in SQLite, so the stores use one SQL for both.
-- Released: never edit; add a new version instead.

CREATE TABLE progress (
    user_id TEXT NOT NULL,
    show_id TEXT NOT NULL,
    season INTEGER NOT NULL,
    episode INTEGER NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, show_id)
);

CREATE TABLE channel_level (
    channel_id TEXT NOT NULL,
    show_id TEXT NOT NULL,
    season INTEGER NOT NULL,
    episode INTEGER NOT NULL,
    set_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (channel_id, show_id)
);

CREATE TABLE trivia_round (
    round_id TEXT PRIMARY KEY,
    show_id TEXT NOT NULL,
    community TEXT NOT NULL,
    guild_id TEXT,
    channel_id TEXT NOT NULL,
    starter_id TEXT NOT NULL,
    cap TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    ended_at BIGINT,
    end_reason TEXT,
    private INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX trivia_round_unfinished ON trivia_round (ended_at) WHERE ended_at IS NULL;

CREATE TABLE trivia_answer (
    round_id TEXT NOT NULL REFERENCES trivia_round (round_id),
    question_number INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    choice INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    points INTEGER NOT NULL,
    elapsed_ms BIGINT NOT NULL,
    answered_at BIGINT NOT NULL,
    PRIMARY KEY (round_id, question_number, user_id)
);

CREATE INDEX trivia_answer_user ON trivia_answer (user_id);

CREATE TABLE trivia_seen (
    channel_id TEXT NOT NULL,
    show_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    seen_at BIGINT NOT NULL,
    PRIMARY KEY (channel_id, show_id, question_id)
);

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
    started_at BIGINT NOT NULL,
    last_activity BIGINT NOT NULL,
    ended_at BIGINT,
    end_reason TEXT
);

CREATE UNIQUE INDEX party_active_channel ON party (channel_id) WHERE ended_at IS NULL;

CREATE TABLE party_cohost (
    party_id TEXT NOT NULL REFERENCES party (party_id),
    user_id TEXT NOT NULL,
    PRIMARY KEY (party_id, user_id)
);

CREATE TABLE party_member (
    party_id TEXT NOT NULL REFERENCES party (party_id),
    user_id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    follows_progress INTEGER NOT NULL,
    joined_at BIGINT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (party_id, user_id)
);

CREATE TABLE party_schedule (
    schedule_id TEXT PRIMARY KEY,
    guild_id TEXT,
    channel_id TEXT NOT NULL,
    show_id TEXT NOT NULL,
    host_id TEXT NOT NULL,
    host_name TEXT NOT NULL,
    name TEXT,
    episode TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY,
    checked_at BIGINT NOT NULL
);
