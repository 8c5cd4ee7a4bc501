-- V8: the server event a scheduled party made, so the members interested in it join the party when it opens.
-- Null while the event is being made, and for good if it could not be (the bot lacked Manage Events).

ALTER TABLE party_schedule ADD COLUMN event_id TEXT;
