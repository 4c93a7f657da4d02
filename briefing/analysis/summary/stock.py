"""sumy's own summarizers, run as they ship, with every sentence's rating captured.

Used for the summarizers that are fast enough as they are (Luhn, Edmundson), and
as the reference the vectorised ones are tested and benchmarked against.
sumy only returns the chosen sentences, so the ratings each summarizer computes
are captured on their way to sumy's selection step.
"""

from __future__ import annotations

from typing import Any

from briefing.analysis.document import Document
from briefing.analysis.errors import InputError
from briefing.analysis.sentences import OfflineTokenizer

STOCK = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")


def sumy_document(document: Document, *, title_as_heading: bool = False) -> Any:
    """The article in sumy's document model; headings stay headings.

    ``title_as_heading`` adds the title as a first heading, which only
    Edmundson's title and location methods read.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = OfflineTokenizer()
    by_paragraph: dict[int, list[Any]] = {}
    for s in document.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(Sentence(s.text, tokenizer))
    paragraphs = []
    if title_as_heading and document.title:
        paragraphs.append(Paragraph([Sentence(document.title, tokenizer, is_heading=True)]))
    for paragraph in document.paragraphs:
        if paragraph.heading:
            paragraphs.append(Paragraph([Sentence(paragraph.text, tokenizer, is_heading=True)]))
        elif paragraph.index in by_paragraph:
            paragraphs.append(Paragraph(by_paragraph[paragraph.index]))
    return ObjectDocumentModel(paragraphs)


def _summarizer_class(name: str) -> Any:
    if name == "lexrank":
        from sumy.summarizers.lex_rank import LexRankSummarizer as cls
    elif name == "textrank":
        from sumy.summarizers.text_rank import TextRankSummarizer as cls
    elif name == "lsa":
        from sumy.summarizers.lsa import LsaSummarizer as cls
    elif name == "luhn":
        from sumy.summarizers.luhn import LuhnSummarizer as cls
    elif name == "edmundson":
        from sumy.summarizers.edmundson import EdmundsonSummarizer as cls
    elif name == "kl":
        from sumy.summarizers.kl import KLSummarizer as cls
    elif name == "sumbasic":
        from sumy.summarizers.sum_basic import SumBasicSummarizer as cls
    elif name == "reduction":
        from sumy.summarizers.reduction import ReductionSummarizer as cls
    else:
        raise InputError(f"unknown summarizer {name!r}; choose one of {', '.join(STOCK)}")
    return cls


def build_summarizer(name: str, document: Document, *, remembering: bool = False) -> Any:
    """A stock sumy summarizer with sumy's English stemmer and stop words.

    ``remembering`` hands it the same NLTK stemmer wrapped to stem each distinct
    word once (``terms.stemmer``): same stems, a fraction of the time on long
    articles. Without it, sumy's own ``Stemmer`` is used, as stock sumy does.

    Edmundson needs word lists sumy does not ship: its cue method (bonus and
    stigma words) is switched off, and its key method gets the article's own
    content words, which makes it Edmundson's frequent-word "key" method.
    """
    from briefing.analysis.summary.terms import stemmer as remembering_stemmer

    fast = remembering_stemmer()  # loads NLTK the cheap way before sumy imports it
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    stemmer = fast if remembering else Stemmer("english")
    stop_words = get_stop_words("english")
    cls = _summarizer_class(name)
    if name != "edmundson":
        summarizer = cls(stemmer)
        summarizer.stop_words = stop_words
        return summarizer
    summarizer = cls(stemmer, cue_weight=0.0, key_weight=1.0, title_weight=1.0)
    words = {w.lower() for s in document.sentences for w in OfflineTokenizer().to_words(s.text)}
    summarizer.bonus_words = sorted(words - set(stop_words)) or ["_"]
    summarizer.null_words = stop_words
    return summarizer


def stock_scores(document: Document, name: str, *, remembering: bool = False) -> list[float]:
    """Every body sentence's rating under stock sumy's ``name``, in article order."""
    summarizer = build_summarizer(name, document, remembering=remembering)
    model = sumy_document(document, title_as_heading=name == "edmundson")
    captured: dict[str, list[float]] = {}

    def capture(sentences: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> tuple[()]:
        if isinstance(rating, dict):
            captured["scores"] = [float(rating.get(s, 0.0)) for s in sentences]
        else:
            captured["scores"] = [float(rating(s, *args, **kwargs)) for s in sentences]
        return ()

    summarizer._get_best_sentences = capture
    summarizer(model, len(document.sentences))
    return captured.get("scores", [0.0] * len(document.sentences))
