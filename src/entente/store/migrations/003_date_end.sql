-- Entente store, schema version 3: the last day of an event dated by a named period. See
-- docs/store.md. An event whose sentence names a period that no month or year holds ("during the
-- Syrian war", "during the second intifada") has `date_precision` 'period', `date` the period's
-- first day and `date_end` its last (the article's date for a period still going on). NULL for
-- every other event, and for every event stored before this version.
ALTER TABLE events ADD COLUMN date_end DATE;
