"""Candidate names: runs of capitalised words, cleaned and labelled.

A run of capitals ("US Secretary of State Antony Blinken") is cut into what
it holds: a title ("US Secretary of State"), a name ("Antony Blinken"), a
possessor ("DAB's Ben Chan" → "DAB" and "Ben Chan"). Each name gets a first
guess at its kind from its words: a country (pycountry), an organisation head
("… Department", "Ministry of …"), a place or event head, a title or honorific
(a person). Junk is dropped here: sentence-initial capitals that the article
also writes in lower case, months and weekdays, lone title words.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.analysis.players.kinds import classify, is_acronym
from briefing.analysis.players.lexicon import Lexicon, fold, lexicon
from briefing.analysis.players.tokens import Token, is_initial

# Title words that are also common given names or nouns: a title only after a modifier.
_NEEDS_MODIFIER = frozenset(
    [
        "head",
        "general",
        "major",
        "private",
        "dean",
        "leader",
        "chief",
        "crown",
        "chair",
        "founder",
        "manager",
        "officer",
        "coach",
        "justice",
        "king",
        "queen",
        "prince",
    ]
)
_LINKS = frozenset(["of", "for", "to", "on"])


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name in a sentence, with what its words and context say."""

    name: str
    words: tuple[str, ...]
    sentence: int
    first: int
    """Index of the name's first token in the sentence."""
    last: int
    kind: str
    """person, organisation, country, group, place, capital, demonym, title, event, product, unknown."""
    code: str | None = None
    title: str | None = None
    honorific: str | None = None
    possessive: bool = False
    possessor: str | None = None
    """The name right before it in a possessive ("DAB's Ben Chan" → "DAB")."""
    title_first: int | None = None
    """Index of the first token of the title, when the name has one."""
    initial: bool = False
    """Whether the name opens its sentence (its capital then proves little)."""

    @property
    def written(self) -> str:
        """The name as written, with its honorific ("Mr Blinken")."""
        return f"{self.honorific} {self.name}" if self.honorific else self.name


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
    if token.text in _LINKS and end + 1 < len(tokens) and tokens[end + 1].text == "the":
        step = 2
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
    if token.text in _LINKS and any(w in heads for w in run):
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
    run = [t.folded for t in tokens[start:end]]
    if "of" in [t.text for t in tokens[start:end]] and run[0] in words.org_heads_first:
        return 1 if after - end == 2 else 0
    if tokens[start].text == "The" and not is_initial(tokens, start) and after - end == 2:
        return 1
    return 0


def _quoted(tokens: list[Token], start: int, end: int) -> bool:
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
    quoted = _quoted(tokens, start, end)
    while start < end:
        token = tokens[start]
        key = token.folded
        if _is_stop(tokens, start, words):
            start += 1
            continue
        if (
            not quoted
            and is_initial(tokens, start)
            and key in lower
            and not _is_known(key, words)
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


def _is_known(key: str, words: Lexicon) -> bool:
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


def parse_title(names: list[str], words: Lexicon) -> tuple[int, int, str | None]:
    """(title_end, name_start, honorific): where a leading title ends and the name begins."""
    k = 0
    while k < len(names) and (fold(names[k]) in words.demonyms or words.country(names[k])):
        k += 1
    if k + 1 < len(names) and words.country(" ".join(names[k : k + 2])):
        k += 2
    modifiers = 0
    while k < len(names) - 1 and fold(names[k]) in words.title_modifiers:
        k += 1
        modifiers += 1
    heads = 0
    while k < len(names) and fold(names[k]) in words.title_heads:
        if fold(names[k]) in _NEEDS_MODIFIER and not modifiers and not heads and k == 0:
            break
        k += 1
        heads += 1
    if not heads:
        k = 0
    elif k < len(names) and names[k] in _LINKS:
        k += 1 + (k + 1 < len(names) and names[k + 1] == "the")
        rest = len(names) - k
        if rest >= 2 and words.country(" ".join(names[k : k + 2])):
            k += 2
        elif rest >= 1 and (words.country(names[k]) or rest <= 2):
            k += 1
        else:
            k += rest - 2
    title_end = k
    honorific = None
    if k < len(names) and fold(names[k]) in words.honorifics:
        honorific = names[k]
        k += 1
    return title_end, k, honorific


def _title_mentions(
    names: list[str], title_end: int, sentence: int, start: int, words: Lexicon
) -> list[Mention]:
    """Nationalities inside a title ("US President", "Chinese Defence Minister")."""
    found = []
    for k, name in enumerate(names[:title_end]):
        code = words.demonyms.get(fold(name)) or words.country(name)
        if code:
            found.append(Mention(name, (name,), sentence, start + k, start + k, "demonym", code))
    return found


def _title_complement(names: list[str], words: Lexicon) -> int:
    """Where an organisation named after a title starts ("Chairman of the Australian Centre…")."""
    k = 0
    while k < len(names) and fold(names[k]) in words.title_modifiers:
        k += 1
    if k >= len(names) or fold(names[k]) not in words.title_heads:
        return 0
    k += 1
    if k + 1 >= len(names) or names[k] not in _LINKS:
        return 0
    k += 1 + (names[k + 1] == "the")
    kind, _ = classify(names[k:], words) if k < len(names) else ("", None)
    return k if kind == "organisation" else 0


def _span_mentions(
    text: str,
    tokens: list[Token],
    span: tuple[int, int],
    sentence: int,
    possessor: str | None,
    lower: frozenset[str],
) -> list[Mention]:
    """The mentions one run of capitals holds: its name, and nationalities in its title."""
    words = lexicon()
    start, end = span
    names = [t.text for t in tokens[start:end]]
    kind, code = classify(names, words)
    if kind == "group" and fold(names[0]) in words.demonyms and _modifies(tokens, end):
        kind, code = "demonym", words.demonyms[fold(names[0])]
    title_end, name_start, honorific = 0, 0, None
    complement = _title_complement(names, words)
    if complement:
        title_end, name_start = complement, complement
        kind, code = classify(names[complement:], words)
    elif kind in ("person", "unknown", "demonym", "capital"):
        title_end, name_start, honorific = parse_title(names, words)
        if name_start:
            kind, code = (
                classify(names[name_start:], words)
                if name_start < len(names)
                else (
                    "title",
                    None,
                )
            )
    title = " ".join(names[:title_end]) or None
    found = _title_mentions(names, title_end, sentence, start, words)
    if complement and title:
        found.append(
            Mention(title, (), sentence, start, start + title_end - 1, "title", None, title)
        )
        title = None
    name_words = names[name_start:]
    if kind == "title" or (title and not honorific and _common(name_words[0], lower, words)):
        if any(fold(n) in words.title_heads for n in names[:title_end]):
            found.append(Mention(title or "", (), sentence, start, end - 1, "title", None, title))
        return found
    if len(name_words) == 1 and _lone_common(tokens, start + name_start, kind, words):
        return found
    if (title or honorific) and kind in ("unknown", "capital", "person"):
        kind = "person"
    first = start + name_start
    found.append(
        Mention(
            text[tokens[first].start : tokens[end - 1].end],
            tuple(name_words),
            sentence,
            first,
            end - 1,
            kind,
            code,
            title,
            honorific,
            tokens[end - 1].possessive,
            possessor,
            start if title else None,
            is_initial(tokens, first) and not _quoted(tokens, first, end),
        )
    )
    return found


def _common(word: str, lower: frozenset[str], words: Lexicon) -> bool:
    """Whether a word after a title is a common word ("Director of the National Iodine …")."""
    key = fold(word)
    return key in lower and not _is_known(key, words)


def _lone_common(tokens: list[Token], index: int, kind: str, words: Lexicon) -> bool:
    """A lone word that is no name: a title word, or a noun after "a"/"former"."""
    key = tokens[index].folded
    if key in words.title_modifiers or key in words.title_heads or key in words.honorifics:
        return True
    if kind not in ("unknown", "organisation"):
        return False
    return index > 0 and tokens[index - 1].text.lower() in words.common_noun_markers


def _modifies(tokens: list[Token], end: int) -> bool:
    """Whether the word after a run is lower case, making "Chinese" an adjective."""
    return end < len(tokens) and tokens[end].word and tokens[end].text[0].islower()


def sentence_mentions(
    sentence: int, text: str, tokens: list[Token], lower: frozenset[str]
) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Every name mention of one sentence, and the pairs written "Name (ALIAS)"."""
    mentions: list[Mention] = []
    links: list[tuple[Mention, Mention]] = []
    previous: Mention | None = None
    for start, end in runs(tokens, lower):
        possessor = None
        if previous and previous.possessive and previous.last == start - 1:
            possessor = previous.name
        found = _span_mentions(text, tokens, (start, end), sentence, possessor, lower)
        named = [m for m in found if m.kind not in ("demonym", "title")]
        if (
            previous
            and named
            and start >= 1
            and tokens[start - 1].text == "("
            and previous.last == start - 2
            and end < len(tokens)
            and tokens[end].text == ")"
        ):
            links.append((previous, named[0]))
        mentions.extend(found)
        if named:
            previous = named[-1]
    return mentions, links
