-- Entente store, schema version 2: how precise an event's date is. See docs/store.md.
-- 'day' (the default, and the value of every event stored before this version), 'month' or
-- 'year': the sentence named only the month or the year of the event ("in March 2011", "in
-- 2007"), and `date` holds the first day of that period. (DuckDB adds no NOT NULL column to a
-- table with indexes; readers treat NULL as 'day'.)
ALTER TABLE events ADD COLUMN date_precision VARCHAR DEFAULT 'day';
