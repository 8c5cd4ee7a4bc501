-- V3: watch parties, co-hosts, members, scheduled parties. Released: never edit; add a new version instead.

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
    joined_at INTEGER NOT NULL,
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
    starts_at INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
);
