"""Notes follow a changed article: same sentence, moved sentence, edited sentence, or orphaned."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.store.anchoring import reanchor
from briefing.store.library import Library
from tests.store.helpers import run_cli, text_document

SENTENCES = [
    "The council met on Tuesday to discuss the budget.",
    "Members argued about the cost of the new bridge.",
    "The mayor said a decision would come next month.",
    "Residents have protested outside the town hall for weeks.",
]


def _article(sentences: list[str]) -> str:
    return "\n\n".join(sentences) + "\n"


def test_reanchor_rules() -> None:
    assert reanchor(2, SENTENCES[1], SENTENCES).status == "anchored"
    shifted = ["A new opening sentence was added.", *SENTENCES]
    assert reanchor(2, SENTENCES[1], shifted).sentence_id == 3
    edited = [
        *SENTENCES[:2],
        "The mayor said a decision would come in the next month.",
        SENTENCES[3],
    ]
    found = reanchor(3, SENTENCES[2], edited)
    assert (found.sentence_id, found.status) == (3, "moved")
    gone = reanchor(4, SENTENCES[3], SENTENCES[:3])
    assert (gone.sentence_id, gone.status) == (None, "orphaned")
    unrelated = reanchor(1, "Completely different words about weather.", SENTENCES)
    assert unrelated.status == "orphaned"


def test_repeated_sentence_picks_the_copy_nearest_the_old_position() -> None:
    repeated = ["Intro text here.", "Same line.", "Middle part.", "Other.", "Same line."]
    assert reanchor(4, "Same line.", repeated).sentence_id == 5


def test_changed_file_keeps_every_note(tmp_path: Path) -> None:
    path = str(tmp_path / "council.txt")
    with Library.open() as library:
        old = library.add_article(text_document(_article(SENTENCES), source=path))
        kept = library.add_note(old.id, 1, "on the meeting", "summary", "1")
        edited = library.add_note(old.id, 3, "on the decision")
        removed = library.add_note(old.id, 4, "on the protests", "issue", "4")
        new_text = _article(
            [
                "An update was published on Wednesday.",
                SENTENCES[0],
                SENTENCES[1],
                "The mayor said that a decision would come next month at the latest.",
            ]
        )
        new = library.add_article(text_document(new_text, source=path))
        assert new.id != old.id
        notes = {n.id: n for n in library.notes(new.id)}
        assert set(notes) == {kept.id, edited.id, removed.id}
        assert (notes[kept.id].sentence_id, notes[kept.id].status) == (2, "moved")
        assert notes[kept.id].item_key == "2"
        assert (notes[edited.id].sentence_id, notes[edited.id].status) == (4, "moved")
        assert (notes[removed.id].sentence_id, notes[removed.id].status) == (None, "orphaned")
        assert [n.id for n in library.notes(new.id)][-1] == removed.id
        assert [a.id for a in library.list_articles()] == [new.id]
        assert library.find_article(path) == library.get_article(new.id)


def test_cli_notes_add_on_a_changed_file_reanchors(tmp_path: Path) -> None:
    data = tmp_path / "data"
    article = tmp_path / "council.txt"
    article.write_text(_article(SENTENCES), encoding="utf-8")
    added = run_cli("notes", "add", str(article), "--sentence", "2", "bridge costs", data_dir=data)
    assert added.returncode == 0, added.stderr
    article.write_text(_article(["Breaking: a new first line.", *SENTENCES]), encoding="utf-8")
    again = run_cli("notes", "add", str(article), "--sentence", "1", "new line", data_dir=data)
    assert again.returncode == 0, again.stderr
    listed = run_cli("notes", "list", str(article), "--format", "json", data_dir=data)
    notes = json.loads(listed.stdout)
    assert [(n["text"], n["sentence_id"], n["status"]) for n in notes] == [
        ("new line", 1, "anchored"),
        ("bridge costs", 3, "moved"),
    ]
    assert notes[1]["current_sentence"] == SENTENCES[1]
    article.unlink()  # the library keeps the text: notes still list after the file is gone
    gone = run_cli("notes", "list", str(article), "--format", "json", data_dir=data)
    assert gone.returncode == 0, gone.stderr
    assert len(json.loads(gone.stdout)) == 2
