"""``briefing list``, ``notes``, ``forget``, ``doctor``: the library from the command line.

Every command goes through the same Library API as the reader. Saving a note
that fails (full or read-only disk, damaged store) prints the note's text on
stderr so it is not lost. The store is imported only when a command runs, so
``briefing list`` stays fast and never loads the summarizers or the UI.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from briefing.analysis.sanitize import sanitize_line, sanitize_text
from briefing.errors import UserError

if TYPE_CHECKING:
    from briefing.store.library import Library
    from briefing.store.models import ArticleRecord

AddCommon = Callable[[argparse.ArgumentParser], None]


def add_parsers(subparsers: Any, add_common: AddCommon) -> None:
    """Register ``list``, ``notes …``, ``forget`` and ``doctor``."""
    listing = subparsers.add_parser("list", help="the library: articles, read state, notes")
    listing.add_argument("query", nargs="?", default="", help="only titles or sources with this")
    _leaf(listing, add_common, run_list)

    notes = subparsers.add_parser("notes", help="add, list, edit, remove and export notes")
    verbs = notes.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="attach a note to a sentence of an article")
    add.add_argument("target", metavar="PATH", help="article file (or a library id)")
    add.add_argument("--sentence", type=int, required=True, metavar="N", help="sentence id")
    add.add_argument(
        "--item", metavar="KIND[:KEY]", help="briefing item: summary, issue, step, player:NAME"
    )
    add.add_argument("text", nargs="+", metavar="TEXT", help="the note (- reads stdin)")
    _leaf(add, add_common, run_notes_add)
    show = verbs.add_parser("list", help="the notes of an article")
    show.add_argument("target", metavar="PATH", help="article file, or a library id or source")
    _leaf(show, add_common, run_notes_list)
    edit = verbs.add_parser("edit", help="replace a note's text")
    edit.add_argument("note_id", type=int, metavar="ID")
    edit.add_argument("text", nargs="+", metavar="TEXT", help="the new text (- reads stdin)")
    _leaf(edit, add_common, run_notes_edit)
    remove = verbs.add_parser("rm", help="delete a note")
    remove.add_argument("note_id", type=int, metavar="ID")
    _leaf(remove, add_common, run_notes_rm)
    export = verbs.add_parser("export", help="notes as Markdown (Obsidian) or JSON")
    export.add_argument("target", nargs="?", metavar="PATH", help="one article (default: all)")
    _leaf(export, add_common, run_notes_export, formats=("markdown", "json"))

    forget = subparsers.add_parser("forget", help="remove an article and its notes")
    forget.add_argument("target", metavar="PATH", help="article file, or a library id or source")
    forget.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    _leaf(forget, add_common, run_forget)

    doctor = subparsers.add_parser("doctor", help="check the library file; --repair salvages it")
    doctor.add_argument(
        "--repair", action="store_true", help="salvage a damaged library into a fresh file"
    )
    _leaf(doctor, add_common, run_doctor)


def _leaf(
    parser: argparse.ArgumentParser,
    add_common: AddCommon,
    handler: Callable[[argparse.Namespace], int],
    formats: tuple[str, ...] = ("text", "json"),
) -> None:
    parser.add_argument("--format", choices=formats, default=formats[0], help="output format")
    add_common(parser)
    parser.set_defaults(handler=handler)


def _open(args: argparse.Namespace) -> Library:
    from briefing.store.library import Library

    return Library.open(args.data_dir)


def _out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _when(moment: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(moment)) if moment else "-"


def _note_text(parts: list[str]) -> str:
    if parts == ["-"]:
        return sys.stdin.read()
    return " ".join(parts)


def run_list(args: argparse.Namespace) -> int:
    """``briefing list``: one line per article, newest opened first."""
    from briefing.store.export import article_dict, dumps

    with _open(args) as library:
        articles = library.list_articles(args.query)
    if args.format == "json":
        _out(dumps([article_dict(a) for a in articles]))
        return 0
    if not articles:
        _out("The library is empty; open an article with `briefing PATH`.\n")
        return 0
    lines = [
        f"{'ID':<10}  {'READ':<4}  {'NOTES':>5}  {'ADDED':<16}  {'OPENED':<16}  TITLE — SOURCE"
    ]
    for a in articles:
        title = sanitize_line(a.title or "(untitled)")
        source = sanitize_line(a.source or "-")
        read = "yes" if a.read else f"{round(a.progress * 100)}%"
        lines.append(
            f"{a.id[:10]}  {read:<4}  {a.note_count:>5}  {_when(a.added):<16}"
            f"  {_when(a.last_opened):<16}  {title} — {source}"
        )
    _out("\n".join(lines) + "\n")
    return 0


def _resolve(library: Library, target: str, args: argparse.Namespace) -> ArticleRecord:
    """An article file is loaded (a changed file becomes a new version its notes follow);
    anything else is looked up in the library by source or id."""
    from briefing.cli import limits_from

    if target == "-" or "://" in target or os.path.exists(target):
        from briefing.analysis.loading import load_document
        from briefing.workflow import open_article

        document = load_document(target, limits=limits_from(args), warn=_warn)
        if library.read_only:
            from briefing.store.documents import article_id

            found = library.get_article(article_id(document.text))
            found = found or library.find_article(document.source or target)
            if found is not None:
                return found  # cannot record a new version; show what is stored
        return open_article(library, document)
    found = library.find_article(target)
    if found is None:
        raise UserError(f"no such file, and no article {sanitize_line(target)} in the library")
    return found


def _warn(message: str) -> None:
    sys.stderr.write(f"briefing: warning: {sanitize_line(message)}\n")


def _parse_item(spec: str | None, sentence: int) -> tuple[str, str | None]:
    from briefing.store.models import ANCHOR_KINDS

    if not spec:
        return "sentence", None
    kind, _, key = spec.partition(":")
    if kind not in ANCHOR_KINDS:
        raise UserError(f"--item must be one of {', '.join(ANCHOR_KINDS)} (player:NAME)")
    if kind == "player":
        if not key.strip():
            raise UserError("--item player needs a name: --item player:NAME")
        return kind, key.strip()
    return kind, (None if kind == "sentence" else str(sentence))


def _unsaved(error: UserError, text: str) -> int:
    """Say why the note was not saved, then give its text back so it is not lost."""
    sys.stderr.write(f"briefing: error: {sanitize_line(str(error))}\n")
    sys.stderr.write("briefing: the note was NOT saved; here is its text:\n")
    sys.stderr.write(sanitize_text(text).rstrip("\n") + "\n")
    sys.stderr.flush()
    return error.exit_code


def run_notes_add(args: argparse.Namespace) -> int:
    """``briefing notes add PATH --sentence N TEXT``."""
    from briefing.store.errors import StoreError

    text = _note_text(args.text)
    if not text.strip():
        raise UserError("the note is empty; write some text")
    kind, key = _parse_item(args.item, args.sentence)
    try:
        with _open(args) as library:
            article = _resolve(library, args.target, args)
            count = len(library.load_document(article.id).sentences)
            if not 1 <= args.sentence <= count:
                raise UserError(
                    f"--sentence {args.sentence} does not exist; the article has sentences 1 to"
                    f" {count} (`briefing show PATH --format json` lists them)"
                )
            note = library.add_note(article.id, args.sentence, text, kind, key)
    except StoreError as error:
        return _unsaved(error, text)
    _print_notes(args, [note], {note.sentence_id or 0: note.sentence_text}, added=True)
    return 0


def run_notes_list(args: argparse.Namespace) -> int:
    """``briefing notes list PATH``: the notes, re-anchored to the article as it is now."""
    with _open(args) as library:
        article = _resolve(library, args.target, args)
        notes = library.notes(article.id)
        sentences = {s.id: s.text for s in library.load_document(article.id).sentences}
    _print_notes(args, notes, sentences)
    return 0


def _print_notes(
    args: argparse.Namespace, notes: list[Any], sentences: dict[int, str], added: bool = False
) -> None:
    from briefing.store.export import dumps, note_dict

    if args.format == "json":
        items = [note_dict(n, sentences.get(n.sentence_id or 0)) for n in notes]
        _out(dumps(items[0] if added else items))
        return
    if not notes:
        _out("No notes on this article yet.\n")
        return
    lines = []
    for note in notes:
        where = f"sentence {note.sentence_id}" if note.sentence_id else "orphaned"
        item = f" ({note.item_kind}{': ' + note.item_key if note.item_key else ''})"
        head = f"note {note.id} · {where} · {note.status}"
        head += item if note.item_kind != "sentence" else ""
        quoted = sentences.get(note.sentence_id or 0, note.sentence_text)
        lines += [
            ("saved " if added else "") + sanitize_line(head),
            "  > " + sanitize_line(quoted),
            *("  " + line for line in sanitize_text(note.text).splitlines()),
            "",
        ]
    _out("\n".join(lines))


def run_notes_edit(args: argparse.Namespace) -> int:
    """``briefing notes edit ID TEXT``."""
    from briefing.store.errors import StoreError

    text = _note_text(args.text)
    try:
        with _open(args) as library:
            note = library.edit_note(args.note_id, text)
    except StoreError as error:
        return _unsaved(error, text)
    _print_notes(args, [note], {}, added=True)
    return 0


def run_notes_rm(args: argparse.Namespace) -> int:
    """``briefing notes rm ID``."""
    with _open(args) as library:
        library.delete_note(args.note_id)
    if args.format == "json":
        _out(json.dumps({"deleted": args.note_id}) + "\n")
    else:
        _out(f"deleted note {args.note_id}\n")
    return 0


def run_notes_export(args: argparse.Namespace) -> int:
    """``briefing notes export [PATH] --format markdown|json``."""
    from briefing.store.export import collect, to_json, to_markdown

    with _open(args) as library:
        if args.target:
            articles = [_resolve(library, args.target, args)]
        else:
            articles = library.articles_with_notes()
        entries = collect(library, articles)
    _out(to_json(entries) if args.format == "json" else to_markdown(entries))
    return 0


def run_forget(args: argparse.Namespace) -> int:
    """``briefing forget PATH``: asks first on a terminal; refuses without one unless --yes."""
    with _open(args) as library:
        found = library.find_article(args.target)
        if found is None:
            found = _resolve(library, args.target, args) if os.path.exists(args.target) else None
        if found is None:
            raise UserError(f"no article {sanitize_line(args.target)} in the library")
        title = sanitize_line(found.title or found.source or found.id[:10])
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(
                    "not forgetting without confirmation: no terminal to ask on; add --yes"
                )
            answer = input(f"Forget {title!r} and its {found.note_count} note(s)? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                _out("kept\n")
                return 1
        library.forget(found.id)
    if args.format == "json":
        _out(json.dumps({"forgotten": found.id, "notes": found.note_count}) + "\n")
    else:
        _out(f"forgot {title} and {found.note_count} note(s)\n")
    return 0


def run_doctor(args: argparse.Namespace) -> int:
    """``briefing doctor [--repair]``: integrity check; salvage on request."""
    from briefing.store.repair import describe, diagnose, repair

    diagnosis = diagnose(args.data_dir)
    result = None
    if args.repair and not diagnosis.healthy:
        result = repair(args.data_dir)
    if args.format == "json":
        data: dict[str, Any] = {
            "path": str(diagnosis.path),
            "state": diagnosis.state,
            "problems": list(diagnosis.problems),
        }
        if result is not None:
            data["repair"] = {
                "kept_as": str(result.kept_as),
                "salvaged": result.salvaged,
                "unreadable": result.unreadable,
                "rebuilt_articles": result.rebuilt_articles,
            }
        _out(json.dumps(data, indent=2) + "\n")
    else:
        _out(describe(diagnosis) + "\n")
        if result is not None:
            _out(_repair_summary(result))
    return 0 if diagnosis.healthy or result is not None else 1


def _repair_summary(result: Any) -> str:
    copied = ", ".join(f"{n} {table}" for table, n in result.salvaged.items()) or "nothing"
    lost = sum(result.unreadable.values())
    return (
        f"repaired: salvaged {copied}; {lost} unreadable row(s);"
        f" the damaged file is kept as {result.kept_as}\n"
    )
