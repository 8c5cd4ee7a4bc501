-- V10: the language a trivia round's and a party's public posts are written in (the server's, when it was started),
-- as a language tag such as de or pt-BR. Rows from before it keep NULL and are written in English.
-- Released: never edit; add a new version instead.

ALTER TABLE trivia_round ADD COLUMN language TEXT;
ALTER TABLE party ADD COLUMN language TEXT;
