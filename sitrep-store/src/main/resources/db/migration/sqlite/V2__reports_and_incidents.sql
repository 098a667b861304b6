-- What extraction found in each document, and the incidents resolved from all of them.

-- One row per document that was annotated and extracted (a document ingested without events has
-- none). The annotation and the events are JSON in the stored shapes of ReportColumns; they let
-- incidents be rebuilt without running the NLP again. A row is never changed once written.
CREATE TABLE reports (
  -- Grows with every report stored: the store's resolution names the last one it covered.
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  content_hash TEXT    NOT NULL UNIQUE REFERENCES documents (content_hash),
  annotator    TEXT    NOT NULL,
  annotation   TEXT    NOT NULL CHECK (json_valid(annotation)),
  events       TEXT    NOT NULL CHECK (json_valid(events)),
  event_count  INTEGER NOT NULL CHECK (event_count >= 0),
  stored_at    TEXT    NOT NULL
);

-- The incidents of the latest resolution over all reports, replaced as a whole in one transaction.
-- The columns are what listings filter and sort on; body is the whole incident (IncidentColumns).
CREATE TABLE incidents (
  id              TEXT    PRIMARY KEY,
  -- ISO-8601 day the date starts on (the first of a month for month precision), or NULL.
  date            TEXT,
  date_precision  TEXT,
  country         TEXT,
  country_name    TEXT,
  admin1          TEXT,
  place           TEXT,
  latitude        REAL,
  longitude       REAL,
  type            TEXT    NOT NULL,
  subtype         TEXT    NOT NULL,
  background      INTEGER NOT NULL CHECK (background IN (0, 1)),
  -- NULL is unknown, never 0.
  fatalities_low  INTEGER,
  fatalities_best INTEGER,
  fatalities_high INTEGER,
  injuries_best   INTEGER,
  reports         INTEGER NOT NULL,
  independent     INTEGER NOT NULL,
  body            TEXT    NOT NULL CHECK (json_valid(body))
);

CREATE INDEX incidents_by_date ON incidents (date, id);

-- Which accounts (event mentions) of which documents each incident links.
CREATE TABLE incident_mentions (
  incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  mention_id   TEXT NOT NULL,
  document_id  TEXT NOT NULL,
  PRIMARY KEY (incident_id, mention_id)
);

CREATE INDEX incident_mentions_by_document ON incident_mentions (document_id);

-- Every actor name an incident's claims give (canonical names and the words of the texts), for
-- filtering by actor.
CREATE TABLE incident_actors (
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  PRIMARY KEY (incident_id, name)
);

-- One row: the last report (reports.seq) the stored incidents were resolved from; 0 before any.
CREATE TABLE resolution (
  singleton    INTEGER PRIMARY KEY CHECK (singleton = 1),
  reports_seq  INTEGER NOT NULL,
  resolved_at  TEXT
);

INSERT INTO resolution (singleton, reports_seq, resolved_at) VALUES (1, 0, NULL);
