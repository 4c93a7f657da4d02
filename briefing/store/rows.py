"""Rows to records: the SQL the Library reads records with, and the decoding of its rows."""

from __future__ import annotations

import json
from typing import Any

from briefing.store.anchoring import reanchor
from briefing.store.models import ArticleRecord, Note

RECORD_SQL = """
SELECT a.id, a.title, a.source, a.added, a.last_opened, a.read, coalesce(r.progress, 0.0),
       (SELECT count(*) FROM notes n WHERE n.article_id = a.id)
FROM articles a LEFT JOIN reading_state r ON r.article_id = a.id
"""
NOTE_SQL = """
SELECT id, article_id, sentence_id, sentence_text, item_kind, item_key, text, created, updated
FROM notes
"""
_ITEM_KEYED_BY_SENTENCE = ("summary", "issue", "step")


def to_record(row: Any) -> ArticleRecord:
    return ArticleRecord(
        id=row[0],
        title=row[1],
        source=row[2],
        added=row[3],
        last_opened=row[4],
        read=bool(row[5]),
        progress=float(row[6]),
        note_count=int(row[7]),
    )


def is_local_source(source: str | None) -> bool:
    return bool(source) and source != "-"


def json_map(raw: str, kind: type[int] | type[float]) -> dict[str, Any]:
    try:
        data = json.loads(raw)
        return {str(k): kind(v) for k, v in data.items()}
    except (ValueError, TypeError, AttributeError):
        return {}


def to_note(row: Any, sentences: list[str], normal: list[str] | None = None) -> Note:
    note_id, article_id, sentence_id, sentence_text, kind, key, text, created, updated = row
    anchor = reanchor(int(sentence_id), str(sentence_text), sentences, normal)
    if (
        kind in _ITEM_KEYED_BY_SENTENCE
        and anchor.sentence_id is not None
        and key == str(sentence_id)
    ):
        key = str(anchor.sentence_id)
    return Note(
        id=int(note_id),
        article_id=str(article_id),
        sentence_id=anchor.sentence_id,
        sentence_text=str(sentence_text),
        item_kind=str(kind),
        item_key=key,
        text=str(text),
        created=float(created),
        updated=float(updated),
        status=anchor.status,
    )
