"""The Briefing: everything the reader shows, as plain data with one JSON codec.

``to_dict``/``from_dict`` are the only encoder and decoder: the CLI prints them,
the store caches them, and a round trip is exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefing.analysis.agenda import Agenda, NextStep, OpenIssue, find_agenda
from briefing.analysis.document import Document, Paragraph, Sentence
from briefing.analysis.players import Player, find_players
from briefing.analysis.summary import Summary, SummaryItem, summarize

SCHEMA = 1
ANALYSIS_VERSION = 4
"""Bumped whenever analysis output changes, so cached briefings are recomputed."""


@dataclass(frozen=True)
class AnalysisOptions:
    """What the user chose; part of the cache key of a briefing."""

    summarizer: str | None = None
    sentences: int | None = None
    ratio: float | None = None

    def key(self) -> str:
        """A stable string for cache keys."""
        return f"v{ANALYSIS_VERSION}:{self.summarizer or '-'}:{self.sentences}:{self.ratio}"


@dataclass(frozen=True)
class Briefing:
    """An analysed article: the document and every briefing pane's items."""

    document: Document
    summary: Summary
    players: tuple[Player, ...] = ()
    open_issues: tuple[OpenIssue, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    more_open_issues: int = 0
    more_next_steps: int = 0

    @property
    def title(self) -> str | None:
        """The article's title, if it has one."""
        return self.document.title

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``briefing show --format json`` (schema 1)."""
        doc = self.document
        return {
            "schema": SCHEMA,
            "title": doc.title,
            "source": doc.source,
            "format": doc.format,
            "dateline": doc.dateline,
            "credits": list(doc.credits),
            "paragraphs": [
                {"index": p.index, "text": p.text, "heading": p.heading} for p in doc.paragraphs
            ],
            "sentences": [
                {
                    "id": s.id,
                    "text": s.text,
                    "paragraph": s.paragraph,
                    "start": s.start,
                    "end": s.end,
                }
                for s in doc.sentences
            ],
            "summary": {
                "algorithm": self.summary.algorithm,
                "items": [{"sentence": i.sentence, "score": i.score} for i in self.summary.items],
                "scores": list(self.summary.scores),
            },
            "players": [
                {
                    "name": p.name,
                    "kind": p.kind,
                    "role": p.role,
                    "aliases": list(p.aliases),
                    "mentions": p.mentions,
                    "sentences": list(p.sentences),
                }
                for p in self.players
            ],
            "open_issues": [{"sentence": i.sentence, "why": i.why} for i in self.open_issues],
            "next_steps": [
                {"sentence": s.sentence, "why": s.why, "when": s.when, "who": list(s.who)}
                for s in self.next_steps
            ],
            "more": {"open_issues": self.more_open_issues, "next_steps": self.more_next_steps},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Briefing:
        """Rebuild a Briefing from ``to_dict`` output (a cached or saved briefing)."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"unsupported briefing schema {data.get('schema')!r}")
        paragraphs = tuple(
            Paragraph(p["index"], p["text"], 0, 0, p["heading"]) for p in data["paragraphs"]
        )
        text = "\n\n".join(p.text for p in paragraphs)
        offset = 0
        placed = []
        for p in paragraphs:
            placed.append(Paragraph(p.index, p.text, offset, offset + len(p.text), p.heading))
            offset += len(p.text) + 2
        document = Document(
            title=data["title"],
            text=text,
            paragraphs=tuple(placed),
            sentences=tuple(
                Sentence(s["id"], s["text"], s["paragraph"], s["start"], s["end"])
                for s in data["sentences"]
            ),
            source=data.get("source"),
            format=data.get("format", "text"),
            dateline=data.get("dateline"),
            credits=tuple(data.get("credits", ())),
        )
        summary = data["summary"]
        more = data.get("more", {})
        return cls(
            document=document,
            summary=Summary(
                summary["algorithm"],
                tuple(SummaryItem(i["sentence"], i["score"]) for i in summary["items"]),
                tuple(summary.get("scores", ())),
            ),
            players=tuple(
                Player(
                    p["name"],
                    p["kind"],
                    p["role"],
                    tuple(p["aliases"]),
                    p["mentions"],
                    tuple(p["sentences"]),
                )
                for p in data["players"]
            ),
            open_issues=tuple(OpenIssue(i["sentence"], i["why"]) for i in data["open_issues"]),
            next_steps=tuple(
                NextStep(s["sentence"], s["why"], s["when"], tuple(s["who"]))
                for s in data["next_steps"]
            ),
            more_open_issues=more.get("open_issues", 0),
            more_next_steps=more.get("next_steps", 0),
        )


def analyze_document(document: Document, options: AnalysisOptions | None = None) -> Briefing:
    """Run every analysis over a loaded document."""
    options = options or AnalysisOptions()
    summary = summarize(document, options.summarizer, options.sentences, options.ratio)
    chosen = frozenset(item.sentence for item in summary.items)
    players = find_players(document, chosen)
    agenda: Agenda = find_agenda(document, players)
    return Briefing(
        document=document,
        summary=summary,
        players=tuple(players),
        open_issues=agenda.open_issues,
        next_steps=agenda.next_steps,
        more_open_issues=agenda.more_open_issues,
        more_next_steps=agenda.more_next_steps,
    )


def analyze(
    text: str,
    *,
    title: str | None = None,
    summarizer: str | None = None,
    sentences: int | None = None,
    ratio: float | None = None,
    format: str | None = None,
) -> Briefing:
    """Brief an article given as text (plain, Markdown or HTML, sniffed unless ``format``)."""
    from briefing.analysis.loading import document_from_text

    document = document_from_text(text, format=format, title=title)
    return analyze_document(document, AnalysisOptions(summarizer, sentences, ratio))
