-- dateline store, schema version 1. Applied by migrations.py; never edit a released version.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,                 -- content hash of the normalized cleaned body
    title TEXT,
    published TEXT,
    published_precision TEXT,
    published_evidence TEXT,
    outlet TEXT,
    wire TEXT,
    authors TEXT NOT NULL DEFAULT '[]',  -- JSON list
    dateline TEXT,
    url TEXT,
    text TEXT NOT NULL,
    removed TEXT NOT NULL DEFAULT '[]',  -- JSON list of boilerplate lines removed
    duplicate_of TEXT REFERENCES articles(id),
    first_source INTEGER,
    seq INTEGER NOT NULL                 -- insertion order
);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX articles_published ON articles(published);
CREATE UNIQUE INDEX articles_seq ON articles(seq);

-- one row per accepted input unit (file, JSON line, CSV row, feed entry)
CREATE TABLE sources (
    rowid INTEGER PRIMARY KEY,
    source_path TEXT NOT NULL,
    locator TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL,
    raw_hash TEXT NOT NULL,
    raw TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    meta TEXT NOT NULL DEFAULT '{}',     -- this unit's own metadata (title, published, outlet ...)
    ingested_at TEXT NOT NULL,
    UNIQUE (source_path, locator)
);
CREATE INDEX sources_article ON sources(article_id);

CREATE TABLE quarantine (
    source_path TEXT NOT NULL,
    locator TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (source_path, locator)
);

-- near-duplicate detection: MinHash signatures and LSH band buckets, queried through an index
CREATE TABLE minhash (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    signature BLOB NOT NULL
);
CREATE TABLE lsh_bands (
    band INTEGER NOT NULL,
    bucket TEXT NOT NULL,
    article_id TEXT NOT NULL
);
CREATE INDEX lsh_bands_lookup ON lsh_bands(band, bucket);

CREATE TABLE annotations (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    version INTEGER NOT NULL,
    data TEXT NOT NULL                   -- JSON: timexes, entities, places, figures, quotes, events
);

CREATE TABLE entities (
    entity_id TEXT PRIMARY KEY,
    canonical TEXT NOT NULL,
    type TEXT NOT NULL,
    mentions INTEGER NOT NULL DEFAULT 0
);
-- keys under which entities are found again by later articles (surname, acronym, folded name)
CREATE TABLE entity_keys (
    key TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;
-- ids merged into another entity after the fact (a stored "Putin" claimed by "Vladimir Putin")
CREATE TABLE entity_aliases (
    alias_id TEXT PRIMARY KEY,
    entity_id TEXT NOT NULL
);

-- full-text search over titles and bodies
CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text);
