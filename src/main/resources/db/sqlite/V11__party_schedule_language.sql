-- V11: the language a scheduled party's posts are written in (the server's, when it was planned), which the party
-- it opens keeps. Rows from before it keep NULL and open in English.
-- Released: never edit; add a new version instead.

ALTER TABLE party_schedule ADD COLUMN language TEXT;
