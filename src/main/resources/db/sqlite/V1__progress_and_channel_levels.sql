-- V1: progress and channel levels. Released: never edit; add a new version instead.

CREATE TABLE progress (
    user_id TEXT NOT NULL,
    show_id TEXT NOT NULL,
    season INTEGER NOT NULL,
    episode INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, show_id)
);

CREATE TABLE channel_level (
    channel_id TEXT NOT NULL,
    show_id TEXT NOT NULL,
    season INTEGER NOT NULL,
    episode INTEGER NOT NULL,
    set_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (channel_id, show_id)
);
