"""``briefing show`` on each input form, through a real subprocess."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from tests.cli.show_run import ESCAPE_BYTES, show

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
INPUTS = FIXTURES / "inputs"
ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))
HOSTILE = (
    "\x1b[31m\x1b]0;pwned\x07\x1b]8;;http://evil.example\x1b\\\x1bP+q\x1b\\\x9b2J"
    "\x00\x07\x08\x7f\x85\u202e\u2066\u200f"
)


def _json(*args: str, stdin: bytes | None = None) -> dict[str, object]:
    run = show(*args, "--format", "json", stdin=stdin)
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert isinstance(data, dict)
    return data


def _texts(data: dict[str, object]) -> list[str]:
    sentences = data["sentences"]
    assert isinstance(sentences, list)
    return [s["text"] for s in sentences]


@pytest.mark.parametrize(
    "name, title, first",
    [
        ("plain.txt", "Harbour Authority Approves New Ferry Terminal", "The harbour authority"),
        ("article.md", "Library Extends Opening Hours", "The city library will stay"),
        ("heading.md", "Bridge Repairs Finish Early", "Workers finished repairs"),
        ("page.html", "Rail Line Reopens After Storm Damage", "The coastal rail line"),
    ],
)
def test_each_form(name: str, title: str, first: str) -> None:
    data = _json(str(INPUTS / name))
    assert data["schema"] == 1
    assert isinstance(data["title"], str) and title in data["title"]
    texts = _texts(data)
    assert texts[0].startswith(first)
    joined = " ".join(texts)
    for junk in ("MUST-NOT-APPEAR", "cookies", "staff reporter", "agencies", "**", "http"):
        assert junk not in joined


def test_stdin_dash() -> None:
    data = _json("-", stdin=(INPUTS / "plain.txt").read_bytes())
    assert data["title"] == "Harbour Authority Approves New Ferry Terminal"
    assert len(_texts(data)) == 6


def test_stdin_html_is_sniffed() -> None:
    data = _json("-", stdin=(INPUTS / "page.html").read_bytes())
    assert "Rail Line Reopens" in str(data["title"])
    assert "MUST-NOT-APPEAR" not in json.dumps(data)


@pytest.mark.parametrize(
    "encode, warned",
    [
        (lambda t: t.encode("utf-8"), False),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), False),
        (lambda t: t.encode("utf-16"), False),  # Python writes a BOM
        (lambda t: t.encode("utf-16-le"), True),  # no BOM
        (lambda t: t.encode("cp1252"), True),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16-no-bom", "cp1252"],
)
def test_encodings(tmp_path: Path, encode: object, warned: bool) -> None:
    text = (
        "Café Reopens on the Quay\n\nThe café’s owner said “welcome back” to regulars. It costs €3."
    )
    path = tmp_path / "article.txt"
    assert callable(encode)
    path.write_bytes(encode(text))
    run = show(str(path), "--format", "json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["title"] == "Café Reopens on the Quay"
    assert _texts(data)[0] == "The café’s owner said “welcome back” to regulars."
    if warned:
        assert run.err.startswith("briefing: warning:") and run.err.count("\n") == 1
    else:
        assert run.err == ""


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_no_escape_reaches_output(tmp_path: Path, fmt: str, suffix: str) -> None:
    body = (
        f"Title {HOSTILE}Line\n\nThe {HOSTILE}minister spoke. Talks{HOSTILE} will resume on Monday."
    )
    if suffix == ".html":
        body = f"<title>Title {HOSTILE}Line</title><h1>Title {HOSTILE}Line</h1><p>{body}</p>"
    name = HOSTILE.replace("\x00", "").replace("/", "")
    path = tmp_path / f"hostile{name}{suffix}"
    path.write_text(body, encoding="utf-8")
    run = show(str(path), "--format", fmt)
    assert run.code == 0, run.err
    output = run.out if fmt != "json" else json.dumps(json.loads(run.out), ensure_ascii=False)
    for bad in ESCAPE_BYTES:
        assert bad not in output, (bad, fmt)
    assert "pwned" not in output and "evil.example" not in output
    assert "minister spoke" in output


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_every_article_offline(tmp_path: Path, article: Path) -> None:
    """No NLTK data and an empty home: nothing is downloaded, nothing is needed."""
    (tmp_path / "nltk").mkdir()
    (tmp_path / "home").mkdir()
    env = {"NLTK_DATA": str(tmp_path / "nltk"), "HOME": str(tmp_path / "home")}
    run = show(str(article), "--format", "json", env=env)
    assert run.code == 0, run.err
    data = json.loads(run.out)
    ids = {s["id"] for s in data["sentences"]}
    assert len(ids) >= 3
    assert data["summary"]["items"]
    assert all(item["sentence"] in ids for item in data["summary"]["items"])
    assert list((tmp_path / "nltk").iterdir()) == []


def test_nul_bytes_and_entity_escapes(tmp_path: Path) -> None:
    path = tmp_path / "nul.html"
    path.write_bytes(
        b"<html><head><title>Null\x00 Title &#x202e;</title></head><body><article>"
        b"<p>The vote\x00 was held &#x1b;[2J&#x2066;today. Results come &#x1b;]0;x&#7;later.</p>"
        b"</article></body></html>"
    )
    for fmt in ("text", "markdown", "json"):
        run = show(str(path), "--format", fmt)
        assert run.code == 0, run.err
        output = run.out if fmt != "json" else json.dumps(json.loads(run.out), ensure_ascii=False)
        for bad in ESCAPE_BYTES:
            assert bad not in output, (bad, fmt)
        assert "The vote was held" in output
