"""Runs of capitalised words: where names may be, before anything is made of them.

A run goes on over capitals, name particles ("van", "de"), and "of"/"for"/"to"
when the run already holds an organisation or title head ("Church of
Scientology", "Secretary of State"). Junk is cut off here: "The" and other
function words, months and weekdays, sentence-initial capitals of words the
article also writes in lower case, everything after a caption label ("Image:").
"""

from __future__ import annotations

from briefing.analysis.players.kinds import is_acronym
from briefing.analysis.players.lexicon import Lexicon, lexicon
from briefing.analysis.players.tokens import Token, is_initial

LINKS = frozenset(["of", "for", "to", "on"])


def _run_end(tokens: list[Token], start: int, words: Lexicon) -> int:
    """Index one past the last token of the run of capitals starting at ``start``."""
    end = start + 1
    while end < len(tokens):
        if tokens[end - 1].possessive and tokens[end - 1].folded not in words.plural_possessives:
            break
        token = tokens[end]
        if token.cap:
            end += 1
            continue
        if token.word and token.text.isdigit() and end + 1 < len(tokens) and tokens[end + 1].cap:
            end += 1
            continue
        if (
            token.word
            and token.text.isdigit()
            and (end + 1 == len(tokens) or not tokens[end + 1].word)
        ):
            end += 1
            break
        step = _connector(tokens, start, end, words)
        if not step:
            break
        end += step
    return end


def _connector(tokens: list[Token], start: int, end: int, words: Lexicon) -> int:
    """How many connector tokens ("of", "of the", "van") join the run here, else 0."""
    token = tokens[end]
    if not token.word or token.text != token.text.lower():
        return 0
    step = 1
    if token.text in LINKS and end + 1 < len(tokens) and tokens[end + 1].text == "the":
        step = 2
    while (
        token.text in words.name_particles
        and end + step < len(tokens)
        and tokens[end + step].text in words.name_particles
    ):
        step += 1
    if end + step >= len(tokens) or not tokens[end + step].cap:
        return 0
    if is_date(tokens, end + step, words):
        return 0
    run = [t.folded for t in tokens[start:end]]
    if token.text in words.name_particles:
        return step
    if token.text in ("and", "&"):
        return _and_joins(tokens, start, end, words)
    heads = words.org_heads_first | words.org_heads_last | words.title_heads
    if token.text == "to" and not any(w in words.title_heads for w in run):
        return 0
    if token.text in LINKS and any(w in heads for w in run):
        return step
    return 0


def _and_joins(tokens: list[Token], start: int, end: int, words: Lexicon) -> int:
    """How "and" joins: "Union of Atheists and Agnostics", "State and Homeland Security Departments"."""
    after = end + 1
    while after < len(tokens) and tokens[after].cap:
        after += 1
    tail = tokens[after - 1].folded
    if tail.endswith("s") and tail in words.org_heads_last and after - end > 1:
        return 1
    run = [t.folded for t in tokens[start:end] if t.folded not in ("the", "a")]
    if "of" in run and run[0] in words.org_heads_first:
        return 1 if after - end == 2 else 0
    if tokens[start].text == "The" and not is_initial(tokens, start) and after - end == 2:
        return 1
    return 0


def quoted(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the run stands alone in quotation marks ("a user labelled "Anonymous"")."""
    return (
        start > 0
        and end < len(tokens)
        and tokens[start - 1].text in "\"“‘'"
        and tokens[end].text in "\"”’'"
    )


def _is_stop(tokens: list[Token], k: int, words: Lexicon) -> bool:
    token = tokens[k]
    key = token.folded
    return (key in words.stop_capitals and not is_acronym(token.text)) or is_date(tokens, k, words)


def is_date(tokens: list[Token], k: int, words: Lexicon) -> bool:
    """A month or weekday; "May" or "Jun" only next to a number or with a full stop."""
    key = tokens[k].folded
    if key in words.dates:
        return True
    if key not in words.short_dates:
        return False
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    before = tokens[k - 1].text if k else ""
    return tokens[k].text.endswith(".") or after[:1].isdigit() or before.isdigit()


def _strip_junk(
    tokens: list[Token], start: int, end: int, lower: frozenset[str], words: Lexicon
) -> int:
    """Move ``start`` past capitals that are not names: "The", sentence-initial common words."""
    in_quotes = quoted(tokens, start, end)
    while start < end:
        token = tokens[start]
        key = token.folded
        if _is_stop(tokens, start, words):
            start += 1
            continue
        if (
            not in_quotes
            and is_initial(tokens, start)
            and key in lower
            and not is_known(key, words)
            and not _bare_head(tokens, start + 1, end, words)
        ):
            start += 1
            continue
        break
    return start


def _bare_head(tokens: list[Token], start: int, end: int, words: Lexicon) -> bool:
    """Whether what is left is one head word ("Wiki" of "Insurgency Wiki"): keep the run whole."""
    if end - start != 1:
        return False
    key = tokens[start].folded
    return key in words.org_heads_last or key in words.place_heads or key in words.event_heads


def _keeps_end(token: Token) -> bool:
    return token.cap or token.text.isdigit()


def is_known(key: str, words: Lexicon) -> bool:
    return (
        key in words.countries
        or key in words.demonyms
        or key in words.title_heads
        or key in words.honorifics
        or key in words.title_modifiers
    )


def runs(tokens: list[Token], lower: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) token spans of capitalised runs, junk capitals stripped, dates split off."""
    words = lexicon()
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.folded in words.captions and i + 1 < len(tokens) and tokens[i + 1].text == ":":
            break
        if not token.cap:
            i += 1
            continue
        work = _quoted_work(tokens, i)
        if work:
            i = work
            continue
        end = _run_end(tokens, i, words)
        cuts = [k for k in range(i + 1, end) if tokens[k].cap and _is_stop(tokens, k, words)]
        start = i
        for cut in [*cuts, end]:
            piece_start = _strip_junk(tokens, start, cut, lower, words)
            piece_end = cut
            while piece_end > piece_start and not _keeps_end(tokens[piece_end - 1]):
                piece_end -= 1
            if any(t.cap for t in tokens[piece_start:piece_end]):
                spans.append((piece_start, piece_end))
            start = cut
        i = end
    return spans


_WORK_LINKS = frozenset(["of", "the", "and", "a", "an", "in", "on", "for", "to", "with"])


def _quoted_work(tokens: list[Token], start: int) -> int:
    """End of a quoted title in capitals ("Better Idea of Afghan Girls"), else 0.

    Titles of works, campaigns and websites are written in quotation marks with
    their small words in lower case; they name things, not players.
    """
    if not start or tokens[start - 1].text not in "\"“‘'":
        return 0
    end = start
    while end < len(tokens) and end - start < 10:
        token = tokens[end]
        if not token.word:
            break
        if not token.cap and token.text not in _WORK_LINKS:
            return 0
        end += 1
    inside = tokens[start:end]
    close = end + (end + 1 < len(tokens) and tokens[end].text in ",.")
    if close >= len(tokens) or tokens[close].text not in "\"”’'" or len(inside) < 3:
        return 0
    return end if any(t.text in _WORK_LINKS for t in inside[1:]) else 0
