-- V5: progress and channel levels keep their update times as epoch milliseconds, like every other table
-- (V1 wrote ISO-8601 text). SQLite cannot change a column's type, so each table is rebuilt with its rows.

CREATE TABLE progress_v5 (
    user_id TEXT NOT NULL,
    show_id TEXT NOT NULL,
    season INTEGER NOT NULL,
    episode INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, show_id)
);

INSERT INTO progress_v5 (user_id, show_id, season, episode, updated_at)
SELECT user_id, show_id, season, episode, CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER)
FROM progress;

DROP TABLE progress;

ALTER TABLE progress_v5 RENAME TO progress;

CREATE TABLE channel_level_v5 (
    channel_id TEXT NOT NULL,
    show_id TEXT NOT NULL,
    season INTEGER NOT NULL,
    episode INTEGER NOT NULL,
    set_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (channel_id, show_id)
);

INSERT INTO channel_level_v5 (channel_id, show_id, season, episode, set_by, updated_at)
SELECT channel_id, show_id, season, episode, set_by,
       CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER)
FROM channel_level;

DROP TABLE channel_level;

ALTER TABLE channel_level_v5 RENAME TO channel_level;
