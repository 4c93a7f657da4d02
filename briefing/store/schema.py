"""The SQL of every schema version: the v1 baseline, then one forward migration per version.

A new store runs the baseline and every migration in turn, so the path an old
store takes on upgrade is the path every store takes, and tests build stores of
each earlier version from these same scripts. Never edit a released script:
stores written by it exist on users' disks; add a new migration instead.
"""

from __future__ import annotations

APPLICATION_ID = 1112689222
"""``PRAGMA application_id`` of a briefing library ("BRIF"): tells ours from a foreign file."""

BASELINE = """
PRAGMA application_id = 1112689222;
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    title TEXT,
    source TEXT,
    added REAL NOT NULL,
    last_opened REAL,
    read INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    document TEXT NOT NULL
);
CREATE TABLE briefings (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    options_key TEXT NOT NULL,
    data TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (article_id, options_key)
);
CREATE TABLE reading_state (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    pane TEXT NOT NULL,
    selected TEXT NOT NULL,
    scroll TEXT NOT NULL
);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL,
    sentence_text TEXT NOT NULL,
    text TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX notes_article ON notes(article_id);
"""

MIGRATIONS: dict[int, str] = {
    2: """
ALTER TABLE notes ADD COLUMN item_kind TEXT NOT NULL DEFAULT 'sentence';
ALTER TABLE notes ADD COLUMN item_key TEXT;
ALTER TABLE reading_state ADD COLUMN progress REAL NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN superseded_by TEXT;
CREATE TABLE article_sources (
    source TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seen REAL NOT NULL
);
INSERT OR REPLACE INTO article_sources (source, article_id, seen)
    SELECT source, id, coalesce(last_opened, added) FROM articles
    WHERE source IS NOT NULL AND source != '-'
    ORDER BY coalesce(last_opened, added);
CREATE INDEX article_sources_article ON article_sources(article_id);
CREATE INDEX articles_recent ON articles(coalesce(last_opened, added) DESC);
UPDATE schema_version SET version = 2;
""",
    3: """
ALTER TABLE article_sources ADD COLUMN fingerprint TEXT;
ALTER TABLE reading_state ADD COLUMN summarizer TEXT;
ALTER TABLE reading_state ADD COLUMN summary_length INTEGER;
UPDATE schema_version SET version = 3;
""",
}
"""Target version -> the script that upgrades a store from the version before it."""

LATEST = max(MIGRATIONS, default=1)
"""The schema version this code writes."""


def script_for(version: int) -> str:
    """The script that builds schema ``version`` (1 = baseline) from the one before it."""
    return BASELINE if version == 1 else MIGRATIONS[version]
