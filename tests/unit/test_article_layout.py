"""The article pane's line breaks and sentence columns, computed without drawing anything."""

from __future__ import annotations

from briefing.analysis.loading import document_from_text
from briefing.ui.widgets.article_layout import NOTE_MARK, paragraph_pieces, wrap_pieces

TEXT = (
    "Talks resume\n\n"
    "Negotiators met in Geneva on Monday. Both sides said the talks were useful, and a "
    "second round will follow in March. No date was announced for the signing."
)


def test_lines_fit_the_width_and_know_their_sentences() -> None:
    document = document_from_text(TEXT)
    paragraph = document.paragraphs[0]
    sentences = [s for s in document.sentences if s.paragraph == paragraph.index]
    pieces = paragraph_pieces(paragraph, sentences, frozenset({2}))
    plain = "".join(text for text, _role, _sid in pieces)
    lines = wrap_pieces(paragraph.index, pieces, 30)
    assert [line.row for line in lines] == list(range(len(lines)))
    assert all(line.end - line.start <= 31 for line in lines)  # a trailing space may hang
    assert "".join(plain[line.start : line.end] for line in lines) == plain
    seen = [sid for line in lines for _s, _e, sid in line.spans]
    assert sorted(set(seen)) == [s.id for s in sentences]
    for line in lines:
        for start, end, sid in line.spans:
            drawn = plain[line.start + start : line.start + end]
            assert drawn.strip() and drawn.strip() in document.sentence(sid).text + NOTE_MARK
    noted = [line for line in lines if any(sid == 2 for _s, _e, sid in line.spans)]
    assert NOTE_MARK.strip() in plain[noted[-1].start : noted[-1].end]
