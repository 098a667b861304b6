-- Documents and refused inputs. Later migrations add annotations, reports and incidents; they refer
-- to a document by content_hash (stable across stores) or seq (compact, never reused).

-- One row per distinct clean text: content_hash is the document's identity, id is only the name an
-- input gave it and may repeat across different texts.
CREATE TABLE documents (
  seq                INTEGER PRIMARY KEY AUTOINCREMENT,
  content_hash       TEXT    NOT NULL UNIQUE CHECK (content_hash <> ''),
  id                 TEXT    NOT NULL CHECK (id <> ''),
  source             TEXT    NOT NULL,
  url                TEXT,
  outlet             TEXT,
  title              TEXT,
  -- ISO-8601 date, NULL exactly when the evidence is 'unknown' (unknown beats wrong).
  published          TEXT,
  published_evidence TEXT    NOT NULL,
  published_detail   TEXT    NOT NULL,
  language           TEXT    NOT NULL,
  text               TEXT    NOT NULL,
  -- In UTF-16 code units, as spans count them; SQLite's length() counts code points.
  text_length        INTEGER NOT NULL CHECK (text_length >= 0),
  original           TEXT    NOT NULL,
  -- Runs of the offset map as [[cleanStart, originalStart], ...].
  offsets            TEXT    NOT NULL CHECK (json_valid(offsets)),
  -- Cleaning signals and diagnostics; a later migration can expose fields as generated columns.
  quality            TEXT    NOT NULL CHECK (json_valid(quality)),
  stored_at          TEXT    NOT NULL,
  CHECK ((published IS NULL) = (published_evidence = 'unknown'))
);

-- Lookup by name answers the latest stored text of that name.
CREATE INDEX documents_by_id ON documents (id, seq);
CREATE INDEX documents_by_published ON documents (published);

-- Each distinct refusal once, kept as history even when the input is later read fine.
CREATE TABLE refusals (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  input       TEXT NOT NULL,
  reason      TEXT NOT NULL,
  detail      TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  UNIQUE (input, reason, detail)
);
