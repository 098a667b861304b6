-- Documents, one row per distinct clean text, and the inputs that were refused.
CREATE TABLE documents (
  seq                INTEGER PRIMARY KEY AUTOINCREMENT,
  content_hash       TEXT NOT NULL UNIQUE,
  id                 TEXT NOT NULL,
  source             TEXT NOT NULL,
  url                TEXT,
  outlet             TEXT,
  title              TEXT,
  published          TEXT,
  published_evidence TEXT NOT NULL,
  published_detail   TEXT NOT NULL,
  language           TEXT NOT NULL,
  text               TEXT NOT NULL,
  original           TEXT NOT NULL,
  offsets            TEXT NOT NULL,
  quality            TEXT NOT NULL
);

CREATE INDEX documents_id ON documents (id);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE refusals (
  seq    INTEGER PRIMARY KEY AUTOINCREMENT,
  input  TEXT NOT NULL,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL,
  UNIQUE (input, reason, detail)
);
