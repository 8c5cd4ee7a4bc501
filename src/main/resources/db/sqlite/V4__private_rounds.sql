-- V4: private trivia rounds: their answers count in a player's stats, not on leaderboards. Released: never edit; add a new version instead.

ALTER TABLE trivia_round ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
