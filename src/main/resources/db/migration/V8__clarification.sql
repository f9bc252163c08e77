-- The FAQ entries a clarifying question offered, comma-separated, until the person's next
-- message reads as a choice among them (1, 2, 3, or 0 for a person). Entry ids only: no text.
alter table conversation add column offered_entries varchar(400);
