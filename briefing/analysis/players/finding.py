"""The key-player pipeline behind :func:`briefing.analysis.players.find_players`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from urllib.parse import urlparse

from briefing.analysis.document import Document
from briefing.analysis.players import PLAYER_KINDS, Player
from briefing.analysis.players.candidates import Mention, sentence_mentions
from briefing.analysis.players.context import is_acting, is_subject, is_venue
from briefing.analysis.players.lexicon import fold, lexicon
from briefing.analysis.players.merging import Entity, cluster
from briefing.analysis.players.patterns import lower_case_mentions
from briefing.analysis.players.roles import find_role
from briefing.analysis.players.runs import quoted
from briefing.analysis.players.salience import MAX_PLAYERS, Evidence, matters, score
from briefing.analysis.players.tokens import Token, is_initial, tokenize

_HOST_NOISE = frozenset(
    ["www", "com", "org", "net", "co", "uk", "news", "edition", "en", "m", "amp"]
)


def _place_like(entity: Entity, tokens: dict[int, list[Token]]) -> bool:
    """A one-word name the article follows with "region", "province" or "city" is a place."""
    heads = lexicon().place_heads
    for m in entity.mentions:
        sentence = tokens[m.sentence]
        after = sentence[m.last + 1] if m.last + 1 < len(sentence) else None
        if len(m.words) == 1 and after and after.text.islower() and after.text in heads:
            return True
    return False


def _shouting(tokens: list[Token]) -> bool:
    """A sentence in capitals ("THE MINISTER SAID…"): its capitals say nothing about names."""
    words = [t.text for t in tokens if t.word and t.text[0].isalpha()]
    upper = sum(1 for w in words if len(w) > 1 and w.isupper())
    return len(words) >= 4 and upper >= 0.6 * len(words)


def _publication(document: Document) -> Callable[[Entity], bool]:
    """A test for the publication itself and the names in its credit lines."""
    labels = set()
    if document.source and "://" in document.source:
        host = urlparse(document.source).hostname or ""
        labels = {part for part in host.split(".") if part not in _HOST_NOISE}
    credits = f" {fold(' '.join(document.credits))} "

    def test(entity: Entity) -> bool:
        forms = {fold(m.name) for m in entity.mentions if m.words}
        return any(f.replace(" ", "") in labels or f" {f} " in credits for f in forms)

    return test


def _common_words(tokens: dict[int, list[Token]]) -> frozenset[str]:
    """Words written in lower case more often than capitalised inside sentences."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for sentence in tokens.values():
        for k, t in enumerate(sentence):
            if t.word and t.text[0].islower():
                lower[t.folded] += 1
            elif t.cap and (not is_initial(sentence, k) or quoted(sentence, k, k + 1)):
                upper[t.folded] += 1
    return frozenset(w for w, n in lower.items() if n > upper[w])


def _lower_words(tokens: dict[int, list[Token]]) -> frozenset[str]:
    """Words the article writes in lower case somewhere: their capitals elsewhere are not names."""
    return frozenset(
        t.folded for sentence in tokens.values() for t in sentence if t.word and t.text[0].islower()
    )


def _name(entity: Entity) -> str:
    forms = [m for m in entity.mentions if m.kind not in ("demonym", "title")]
    if entity.kind == "country":
        named = [m.name for m in forms if lexicon().country(m.name)]
        if named:
            best = max(set(named), key=lambda n: (named.count(n), -named.index(n)))
            return best[4:] if best.lower().startswith("the ") else best
        return lexicon().country_names.get(entity.code or "", forms[0].name)
    longest = max(len(m.words) for m in forms)
    full = [m.name for m in forms if len(m.words) == longest]
    return max(set(full), key=lambda n: (full.count(n), -full.index(n)))


def _aliases(entity: Entity, name: str) -> tuple[str, ...]:
    seen = {fold(name)}
    aliases = []
    for m in sorted(entity.mentions, key=lambda m: (m.sentence, m.first)):
        written = m.written
        if m.kind != "demonym" and fold(written) not in seen:
            seen.add(fold(written))
            aliases.append(written)
    return tuple(aliases)


def _named_organisation(entity: Entity) -> bool:
    """Named with an organisation head ("State Department", "Ministry of Culture")."""
    words = lexicon()
    for m in entity.mentions:
        keys = [fold(w) for w in m.words]
        if " ".join(keys) in words.institutions:
            return entity.kind == "organisation"
        if len(keys) > 1 and (keys[-1] in words.org_heads_last or keys[0] in words.org_heads_first):
            return entity.kind == "organisation"
    return False


def _kind(entity: Entity) -> str:
    if entity.kind == "person" and _short_by_first_word(entity):
        return "organisation"
    if entity.kind in PLAYER_KINDS:
        return entity.kind
    return "organisation"


def _short_by_first_word(entity: Entity) -> bool:
    """Named by its first word alone with no title anywhere ("Bayern" for "Bayern Munich").

    People are shortened to their first word only when it is a surname, and then
    the article gives them a title or honorific ("Mr Xi"); teams, firms and
    banks ("Real", "Goldman") are shortened that way bare.
    """
    longest = entity.longest
    if len(longest) < 2 or any(m.title or m.honorific for m in entity.mentions):
        return False
    if entity.descriptors:
        return False
    first = fold(longest[0])
    return any(len(m.words) == 1 and fold(m.words[0]) == first for m in entity.mentions)


def _in_title(entity: Entity, title: list[Token]) -> bool:
    title_words = {t.folded for t in title if t.word}
    forms = {m.words for m in entity.mentions if m.words}
    return any(all(fold(w) in title_words for w in words) for words in forms)


def _keep(entity: Entity, tokens: dict[int, list[Token]], acting: set[Mention]) -> bool:
    """Drop venues: places (and countries) that are only where things happen."""
    if entity.kind not in ("place", "country", "unknown"):
        return True
    named = [m for m in entity.mentions if m.kind != "demonym"]
    if any(m in acting for m in named):
        return True
    if entity.kind == "unknown":
        return not all(is_venue(m, tokens[m.sentence]) for m in named)
    if entity.kind == "country":
        return len(entity.mentions) >= 2 or not all(is_venue(m, tokens[m.sentence]) for m in named)
    return False


def find_players(document: Document, summary_ids: frozenset[int] = frozenset()) -> list[Player]:
    """The article's key players, most important first."""
    tokens = {s.id: tokenize(s.text) for s in document.sentences}
    lower = _lower_words(tokens)
    mentions: list[Mention] = []
    links: list[tuple[Mention, Mention]] = []
    for s in document.sentences:
        sentence_id, text = s.id, s.text
        shouting = _shouting(tokens[s.id])
        if shouting:
            text = text.title()
            tokens[s.id] = tokenize(text)
        sentence = tokens[s.id]
        found, pairs = sentence_mentions(sentence_id, text, sentence, lower)
        if shouting:
            found = [m for m in found if m.kind in ("country", "demonym", "capital")]
        mentions.extend(found)
        links.extend(pairs)
        mentions.extend(lower_case_mentions(sentence_id, sentence))
    acting = {m for m in mentions if is_acting(m, tokens[m.sentence])}
    starts: dict[int, dict[int, Mention]] = {}
    for m in mentions:
        if m.kind not in ("demonym", "title"):
            starts.setdefault(m.sentence, {})[m.first] = m
    title = tokenize(document.title or "")
    paragraph_of = {s.id: s.paragraph for s in document.sentences}
    ranked: list[tuple[float, int, Player]] = []
    publication = _publication(document)
    for entity in cluster(mentions, links, acting, _common_words(tokens)):
        if entity.kind == "unknown" and _place_like(entity, tokens):
            entity.kind = "place"
        if not _keep(entity, tokens, acting):
            continue
        if publication(entity):
            continue
        player, evidence = _player(entity, tokens, starts, summary_ids, title, paragraph_of)
        if matters(evidence):
            ranked.append((score(evidence), -evidence.first_sentence, player))
    ranked.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [player for _, _, player in ranked[:MAX_PLAYERS]]


def _player(
    entity: Entity,
    tokens: dict[int, list[Token]],
    starts: dict[int, dict[int, Mention]],
    summary_ids: frozenset[int],
    title: list[Token],
    paragraph_of: dict[int, int],
) -> tuple[Player, Evidence]:
    kind = _kind(entity)
    name = _name(entity)
    role = find_role(entity, tokens, starts) if kind == "person" else None
    places = {(m.sentence, m.first) for m in entity.mentions}
    sentences = tuple(sorted({m.sentence for m in entity.mentions}))
    subjects = sum(1 for m in entity.mentions if is_subject(m, tokens[m.sentence]))
    evidence = Evidence(
        mentions=len(places),
        first_sentence=sentences[0],
        in_title=_in_title(entity, title),
        in_summary=len(summary_ids.intersection(sentences)),
        subjects=subjects,
        has_role=role is not None,
        person=kind == "person",
        organisation=_named_organisation(entity),
        paragraphs=len({paragraph_of[s] for s in sentences}),
    )
    return Player(name, kind, role, _aliases(entity, name), len(places), sentences), evidence
