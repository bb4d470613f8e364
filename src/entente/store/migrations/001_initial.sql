-- Entente store, schema version 1. See docs/store.md for the meaning of every column.
CREATE TABLE IF NOT EXISTS articles (
    key          VARCHAR PRIMARY KEY,   -- content hash (SHA-256 of date + kept text)
    id           VARCHAR NOT NULL,      -- the article id (JSONL id or file path)
    source       VARCHAR,               -- URL or path
    title        VARCHAR,
    subtitle     VARCHAR,
    author       VARCHAR,
    published    DATE,
    date_source  VARCHAR,               -- metadata | dateline | record | user
    text         VARCHAR NOT NULL,      -- kept text; all offsets point into it
    segments     JSON NOT NULL,         -- [[kind, start, end, date], ...]
    warnings     JSON NOT NULL,
    ingested_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE INDEX IF NOT EXISTS articles_id ON articles (id);

CREATE TABLE IF NOT EXISTS sentences (
    article_key  VARCHAR NOT NULL,
    idx          INTEGER NOT NULL,
    start_char   INTEGER NOT NULL,
    end_char     INTEGER NOT NULL,
    segment      INTEGER NOT NULL,
    PRIMARY KEY (article_key, idx)
);

CREATE TABLE IF NOT EXISTS actors (
    code     VARCHAR PRIMARY KEY,       -- CAMEO-style actor code
    name     VARCHAR NOT NULL,          -- canonical name (first seen)
    country  VARCHAR,
    sectors  VARCHAR[],
    kind     VARCHAR
);

CREATE TABLE IF NOT EXISTS mentions (
    article_key  VARCHAR NOT NULL,
    idx          INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,
    start_char   INTEGER NOT NULL,
    end_char     INTEGER NOT NULL,
    code         VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    country      VARCHAR,
    sectors      VARCHAR[],
    kind         VARCHAR,
    via          VARCHAR,
    PRIMARY KEY (article_key, idx)
);

CREATE TABLE IF NOT EXISTS events (
    id              VARCHAR PRIMARY KEY,
    article_key     VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    date            DATE,
    source          VARCHAR,
    source_name     VARCHAR,
    source_country  VARCHAR,
    source_sectors  VARCHAR[],
    source_kind     VARCHAR,
    target          VARCHAR,
    target_name     VARCHAR,
    target_country  VARCHAR,
    target_sectors  VARCHAR[],
    target_kind     VARCHAR,
    cameo           VARCHAR NOT NULL,
    root            VARCHAR NOT NULL,
    quad_class      TINYINT NOT NULL,
    goldstein       DOUBLE NOT NULL,
    plover          VARCHAR,
    plover_mode     VARCHAR,
    sentence        INTEGER NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    rule            VARCHAR NOT NULL,
    confidence      DOUBLE NOT NULL,
    source_mention  INTEGER,
    target_mention  INTEGER
);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS events_source ON events (source);
CREATE INDEX IF NOT EXISTS events_target ON events (target);
