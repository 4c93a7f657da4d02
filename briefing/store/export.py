"""Notes out of the library: Markdown that pastes into Obsidian or a report, and JSON.

Each note sits under the sentence it is anchored to, quoted; notes whose
sentence is gone from the article come last, under the sentence they were
written on. Text is passed through the sanitizer so an export printed to a
terminal cannot carry escape sequences.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from briefing.analysis.sanitize import sanitize_line, sanitize_text
from briefing.store.library import Library
from briefing.store.models import ArticleRecord, Note

EXPORT_SCHEMA = 1
_TERMINAL_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def dumps(data: Any) -> str:
    """JSON that is safe to print to a terminal and still means the same.

    ``json`` escapes C0 controls but not DEL, C1 controls (8-bit CSI, OSC) or bidi
    overrides; those are written as ``\\uXXXX`` escapes instead of raw characters.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


@dataclass(frozen=True)
class ArticleNotes:
    """An article with its re-anchored notes and the current text of every sentence."""

    article: ArticleRecord
    notes: tuple[Note, ...]
    sentences: tuple[str, ...]

    def current_sentence(self, note: Note) -> str | None:
        """The text the note is anchored to now (None when orphaned)."""
        if note.sentence_id is None or not 1 <= note.sentence_id <= len(self.sentences):
            return None
        return self.sentences[note.sentence_id - 1]


def collect(library: Library, articles: Iterable[ArticleRecord]) -> list[ArticleNotes]:
    """Gather notes per article, with the sentences they point at."""
    gathered = []
    for article in articles:
        notes = library.notes(article.id)
        sentences = tuple(s.text for s in library.load_document(article.id).sentences)
        gathered.append(ArticleNotes(article, tuple(notes), sentences))
    return gathered


def _iso(moment: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(moment))


def _yaml_string(value: str | None) -> str:
    # JSON strings are valid YAML double-quoted scalars, escapes and all.
    return json.dumps(sanitize_line(value or ""), ensure_ascii=False)


def _quote(text: str) -> str:
    lines = sanitize_text(text).splitlines() or [""]
    return "\n".join("> " + line if line else ">" for line in lines)


def _item_label(note: Note) -> str:
    labels = {"summary": "summary", "issue": "open issue", "step": "next step"}
    if note.item_kind == "player":
        return f"key player {sanitize_line(note.item_key or '')}".rstrip()
    return labels.get(note.item_kind, "")


def _note_block(entry: ArticleNotes, note: Note) -> list[str]:
    lines = [sanitize_text(note.text).strip(), ""]
    details = [f"note {note.id}", f"sentence {note.sentence_id}" if note.sentence_id else ""]
    details += [_item_label(note), _iso(note.updated)]
    current = entry.current_sentence(note)
    if note.status == "moved" and current is not None and current != note.sentence_text:
        details.append("written on an earlier wording: " + sanitize_line(note.sentence_text))
    lines += ["*" + " · ".join(d for d in details if d).replace("*", "\\*") + "*", ""]
    return lines


def _article_body(entry: ArticleNotes) -> list[str]:
    lines: list[str] = []
    previous: int | None = -1
    orphans = [n for n in entry.notes if n.sentence_id is None]
    for note in entry.notes:
        if note.sentence_id is None:
            continue
        if note.sentence_id != previous:
            lines += [_quote(entry.current_sentence(note) or note.sentence_text), ""]
            previous = note.sentence_id
        lines += _note_block(entry, note)
    if orphans:
        lines += ["## Notes whose sentence is no longer in the article", ""]
        for note in orphans:
            lines += [_quote(note.sentence_text), "", *_note_block(entry, note)]
    return lines


def to_markdown(entries: list[ArticleNotes], now: float | None = None) -> str:
    """One article: front matter (title, source, date) then notes; several: one section each."""
    moment = time.time() if now is None else now
    if len(entries) == 1:
        entry = entries[0]
        title = entry.article.title or "Untitled article"
        lines = [
            "---",
            f"title: {_yaml_string(title)}",
            f"source: {_yaml_string(entry.article.source)}",
            f"date: {_iso(entry.article.added)[:10]}",
            f"exported: {_iso(moment)}",
            "---",
            "",
            f"# Notes on {sanitize_line(title)}",
            "",
        ]
        return "\n".join(lines + _article_body(entry)).rstrip() + "\n"
    lines = [
        "---",
        'title: "Notes from briefing"',
        f"date: {_iso(moment)[:10]}",
        f"exported: {_iso(moment)}",
        "---",
        "",
    ]
    for entry in entries:
        title = sanitize_line(entry.article.title or "Untitled article")
        lines += [f"# {title}", "", f"Source: {sanitize_line(entry.article.source or '-')}", ""]
        lines += [
            line.replace("## Notes whose", "### Notes whose") for line in _article_body(entry)
        ]
    return "\n".join(lines).rstrip() + "\n"


def note_dict(note: Note, current: str | None = None) -> dict[str, Any]:
    """A note as JSON (also used by ``briefing notes list --format json``)."""
    return {
        "id": note.id,
        "article_id": note.article_id,
        "sentence_id": note.sentence_id,
        "sentence_text": note.sentence_text,
        "current_sentence": current,
        "item_kind": note.item_kind,
        "item_key": note.item_key,
        "text": note.text,
        "created": note.created,
        "updated": note.updated,
        "status": note.status,
    }


def article_dict(article: ArticleRecord) -> dict[str, Any]:
    """An article record as JSON (``briefing list --format json``)."""
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "added": article.added,
        "last_opened": article.last_opened,
        "read": article.read,
        "progress": article.progress,
        "note_count": article.note_count,
    }


def to_json(entries: list[ArticleNotes]) -> str:
    """Every article with its notes, for scripts."""
    data = {
        "schema": EXPORT_SCHEMA,
        "articles": [
            dict(
                article_dict(entry.article),
                notes=[note_dict(n, entry.current_sentence(n)) for n in entry.notes],
            )
            for entry in entries
        ],
    }
    return dumps(data)
