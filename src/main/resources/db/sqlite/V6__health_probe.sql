-- V6: a row the health check writes and reads back, so "healthy" means a write really works.

CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY,
    checked_at INTEGER NOT NULL
);
