-- V7: the time zone each user reads party times in, and each server's default for members who set none.
-- Zone ids are the tz database's (Europe/Berlin); times are epoch milliseconds.

CREATE TABLE user_time_zone (
    user_id TEXT PRIMARY KEY,
    zone_id TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE server_time_zone (
    guild_id TEXT PRIMARY KEY,
    zone_id TEXT NOT NULL,
    set_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
