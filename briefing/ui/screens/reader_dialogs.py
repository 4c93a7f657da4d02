"""The dialogs the reader opens (a note, the notes list, search) and what their answers do.

Each takes the reader screen, pushes its dialog and, on the answer, writes to
the store or moves the reader through the reader's own methods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ui.model import BRIEFING_PANES, SearchHit

if TYPE_CHECKING:
    from briefing.ui.screens.reader import ReaderScreen


def write_note(reader: ReaderScreen) -> None:
    """n: a note on the selected item or sentence; ``enter`` saves it to the store."""
    from briefing.ui.screens.note import NoteDialog

    target = reader.note_target()
    article_id = reader.article_id
    if target is None or reader.document is None or article_id is None:
        return
    sentence, kind, key, what = target

    def save(text: str | None) -> None:
        if not text or not text.strip():
            return
        reader.briefing_app.library.add_note(article_id, sentence, text, kind, key)
        reader.reload_notes()
        reader.notify("Note saved", timeout=2)

    context = reader.document.sentence(sentence).text
    reader.app.push_screen(NoteDialog(what, context), save)


def list_notes(reader: ReaderScreen) -> None:
    """N: the article's notes; choosing one shows its sentence."""
    from briefing.ui.screens.notes import NotesScreen

    if reader.article_id is None:
        return
    notes = reader.briefing_app.library.notes(reader.article_id)

    def chosen(sentence: int | None) -> None:
        reader.reload_notes()
        if sentence is not None:
            reader.jump_origin = reader.current_pane if reader.current_pane != "article" else None
            reader.focus_pane("article")
            reader.article.show_evidence(sentence)
            reader.refresh_bindings()

    reader.app.push_screen(NotesScreen(notes), chosen)


def search(reader: ReaderScreen) -> None:
    """/: search the article and every pane; the chosen hit is selected where it is."""
    from briefing.ui.screens.search import SearchScreen

    if reader.document is None:
        return
    panes = {pane: reader.items(pane) for pane in BRIEFING_PANES}

    def chosen(result: tuple[str, SearchHit | None, list[int]] | None) -> None:
        if result is None:
            return
        _query, hit, matches = result
        reader.searching = bool(matches)
        reader.article.set_matches(matches)
        if hit is None:
            pass
        elif hit.pane == "article":
            reader.jump_origin = None
            reader.focus_pane("article")
            reader.article.select(hit.index, jump=True)
        else:
            reader.focus_pane(hit.pane)
            reader.item_pane(hit.pane).select_item(hit.index)
        reader.refresh_bindings()

    reader.app.push_screen(SearchScreen(reader.document, panes), chosen)
