-- V2: trivia rounds, scored answers, questions a channel has seen. Released: never edit; add a new version instead.

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
    elapsed_ms INTEGER NOT NULL,
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (round_id, question_number, user_id)
);

CREATE INDEX trivia_answer_user ON trivia_answer (user_id);

CREATE TABLE trivia_seen (
    channel_id TEXT NOT NULL,
    show_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    seen_at INTEGER NOT NULL,
    PRIMARY KEY (channel_id, show_id, question_id)
);
