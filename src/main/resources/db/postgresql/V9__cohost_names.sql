-- V9: the name a co-host is shown by on the party's card. Rows from before it keep NULL (the party's member list
-- may still name them). Released: never edit; add a new version instead.

ALTER TABLE party_cohost ADD COLUMN display_name TEXT;
