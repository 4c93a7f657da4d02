"""Coreference: every mention of one entity becomes one player.

Full names are grouped first; then shorter forms are attached to them:
"Mr Blinken" and "Blinken’s" to the person whose name ends in Blinken,
"Mr Qin" to "Qin Gang" when no name ends in Qin (surname-first names), "WHO"
to the organisation whose initials it spells, "the Church" or "Scientology"
to the one organisation holding that word, "the US government" and an acting
"Washington" to the country. Names written "Name (ALIAS)" are one entity.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from briefing.analysis.players.candidates import Mention
from briefing.analysis.players.kinds import is_acronym
from briefing.analysis.players.lexicon import fold, lexicon

_SKIP_INITIALS = frozenset(["of", "for", "and", "the", "to", "on", "&", "in"])
_ORGISH = frozenset(["organisation", "group", "place"])


@dataclass
class Entity:
    """Mentions gathered for one real-world entity while coreference runs."""

    kind: str
    mentions: list[Mention] = field(default_factory=list)
    code: str | None = None
    descriptors: list[tuple[int, str]] = field(default_factory=list)
    """(sentence, words) said of the entity inside its name run ("Scientologist Tom Cruise")."""

    longest: tuple[str, ...] = ()
    """The fullest form of the name."""

    def add(self, mention: Mention) -> None:
        """Count one more mention of the entity."""
        self.mentions.append(mention)
        if mention.kind != "demonym" and len(mention.words) > len(self.longest):
            self.longest = mention.words

    def initials(self) -> str:
        """The acronym the name would have ("World Health Organisation" → "WHO")."""
        return _initials(self.longest)


@lru_cache(maxsize=8192)
def _initials(words: tuple[str, ...]) -> str:
    # Cached by name: acronym look-ups compare every entity's initials, on every mention.
    letters = [w[0] for w in words if fold(w) not in _SKIP_INITIALS and w[0].isalpha()]
    return "".join(letters).upper() if len(letters) >= 2 else ""


def _family(kind: str) -> str:
    return "person" if kind == "person" else "org" if kind in _ORGISH else kind


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    folded_short = [fold(w) for w in short]
    folded_long = [fold(w) for w in long]
    return any(folded_long[i : i + n] == folded_short for i in range(len(long) - n + 1))


class Clusters:
    """The entities found so far, with the indexes coreference needs."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.by_key: dict[str, Entity] = {}

    def add(self, key: str, mention: Mention, kind: str, code: str | None = None) -> Entity:
        """Add a mention to the entity with this key, creating it on first use."""
        entity = self.by_key.get(key)
        if entity is None:
            entity = Entity(kind, code=code)
            self.by_key[key] = entity
            self.entities.append(entity)
        entity.add(mention)
        return entity

    def country(self, code: str) -> Entity | None:
        """The entity of a country, if the article names it."""
        return self.by_key.get(f"country:{code}")

    def merge(self, keep: Entity, gone: Entity) -> None:
        """Fold one entity into another."""
        if keep is gone:
            return
        for mention in gone.mentions:
            keep.add(mention)
        keep.descriptors.extend(gone.descriptors)
        if keep.kind in ("unknown", "organisation") and gone.kind == "person":
            keep.kind = "person"
        self.entities.remove(gone)
        for key, value in list(self.by_key.items()):
            if value is gone:
                self.by_key[key] = keep

    def of_family(self, kind: str) -> list[Entity]:
        """Entities of a person family or of the organisation/group/place family."""
        family = _family(kind)
        if family == "org":
            return [e for e in self.entities if e.kind in _ORGISH]
        return [e for e in self.entities if e.kind == family]


def _merge_descriptors(clusters: Clusters) -> None:
    """A leading descriptor: "Scientologist Tom Cruise" is "Tom Cruise", when both are written."""
    for entity in list(clusters.entities):
        words = entity.longest
        if entity.kind != "person" or len(words) < 3:
            continue
        tail = [e for e in clusters.of_family("person") if e.longest == words[1:]]
        if len(tail) == 1:
            clusters.entities.remove(entity)
            for key, value in list(clusters.by_key.items()):
                if value is entity:
                    clusters.by_key[key] = tail[0]
            for m in entity.mentions:
                tail[0].descriptors.append((m.sentence, words[0]))
                name = m.name[len(words[0]) :].lstrip()
                tail[0].add(replace(m, name=name, words=m.words[1:], first=m.first + 1))


def _content(words: tuple[str, ...]) -> set[str]:
    return {fold(w) for w in words if fold(w) not in _SKIP_INITIALS}


def _merge_contained(clusters: Clusters) -> None:
    """Attach "Supreme Court" to "Italian Supreme Court of Cassation", and the like."""
    _merge_descriptors(clusters)
    for entity in sorted(clusters.entities, key=lambda e: len(e.longest)):
        if entity not in clusters.entities or entity.kind in ("country", "unknown"):
            continue
        words = entity.longest
        longer = [
            e
            for e in clusters.of_family(entity.kind)
            if len(e.longest) > len(words)
            and (
                _subsequence(words, e.longest)
                or (entity.kind != "person" and _content(words) < _content(e.longest))
            )
        ]
        if len(longer) == 1:
            clusters.merge(longer[0], entity)


def _recent(candidates: list[Entity], mention: Mention) -> Entity | None:
    before = [
        (max(m.sentence for m in e.mentions if m.sentence <= mention.sentence), i)
        for i, e in enumerate(candidates)
        if any(m.sentence <= mention.sentence for m in e.mentions)
    ]
    return candidates[max(before)[1]] if before else None


def _resolve_single(
    clusters: Clusters, mention: Mention, acting: bool, common: frozenset[str]
) -> None:
    """Attach a one-word mention to a fuller name, or start an entity for it."""
    word = fold(mention.words[0])
    people = [e for e in clusters.of_family("person") if len(e.longest) > 1]
    ends = [e for e in people if fold(e.longest[-1]) == word]
    if ends:
        target = ends[0] if len(ends) == 1 else _recent(ends, mention)
        if target:
            target.add(mention)
        return
    starts = [e for e in people if len(e.longest) == 2 and fold(e.longest[0]) == word]
    if len(starts) == 1:
        starts[0].add(mention)
        return
    if mention.kind == "capital" and acting and mention.code:
        clusters.add(f"country:{mention.code}", mention, "country", mention.code)
        return
    if is_acronym(mention.words[0]):
        spelled = [
            e for e in clusters.entities if e.initials() == mention.words[0].replace(".", "")
        ]
        if len(spelled) == 1:
            spelled[0].add(mention)
            return
    if not mention.honorific and mention.kind in ("unknown", "organisation"):
        holders = [
            e
            for e in clusters.of_family("organisation")
            if len(e.longest) > 1 and word in (fold(w) for w in e.longest)
        ]
        if len(holders) == 1:
            holders[0].add(mention)
            return
    words = lexicon()
    if word in words.common_capitals or (word in common and not mention.honorific):
        return
    heads = words.org_heads_last | words.org_heads_first | words.place_heads
    if word in heads and word not in words.institutions and not mention.honorific:
        return
    kind = {"capital": "place"}.get(mention.kind, mention.kind)
    clusters.add(f"single:{word}", mention, kind)


def cluster(
    mentions: Iterable[Mention],
    links: Iterable[tuple[Mention, Mention]],
    acting: set[Mention],
    common: frozenset[str] = frozenset(),
) -> list[Entity]:
    """Group mentions into entities.

    ``acting`` holds mentions that are subjects or possessors; ``common`` the
    words the article writes in lower case more often than capitalised, which
    are not names when they stand alone ("Iodine deficiency").
    """
    clusters = Clusters()
    singles: list[Mention] = []
    titles: list[Mention] = []
    nationalities: list[Mention] = []
    for m in mentions:
        if m.kind in ("event", "product"):
            continue
        if m.kind == "country" and m.code:
            clusters.add(f"country:{m.code}", m, "country", m.code)
        elif m.kind == "demonym":
            nationalities.append(m)
        elif m.kind == "title":
            titles.append(m)
        elif len(m.words) == 1 or m.kind == "capital":
            singles.append(m)
        else:
            clusters.add(f"name:{fold(m.name)}", m, m.kind)
    _merge_contained(clusters)
    for m in singles:
        _resolve_single(clusters, m, m in acting, common)
    for entity in list(clusters.entities):
        if entity.kind in ("unknown", "organisation", "person", "place") and all(
            m.initial and len(m.words) == 1 and not m.honorific for m in entity.mentions
        ):
            clusters.entities.remove(entity)
    _apply_links(clusters, links)
    _attach_titles(clusters, titles)
    for m in nationalities:
        country = clusters.country(m.code or "")
        if country:
            country.add(m)
    return clusters.entities


def _owner(clusters: Clusters, mention: Mention) -> Entity | None:
    return next((e for e in clusters.entities if mention in e.mentions), None)


def _apply_links(clusters: Clusters, links: Iterable[tuple[Mention, Mention]]) -> None:
    for first, second in links:
        a, b = _owner(clusters, first), _owner(clusters, second)
        if a and b and a is not b and "country" not in (a.kind, b.kind):
            keep, gone = (a, b) if len(a.longest) >= len(b.longest) else (b, a)
            clusters.merge(keep, gone)


def _attach_titles(clusters: Clusters, titles: list[Mention]) -> None:
    """A bare title ("The President") joins the one person the article gave that title."""
    for mention in titles:
        head = title_head(mention.name)
        if not head:
            continue
        holders = [
            e
            for e in clusters.of_family("person")
            if any(m.title and title_head(m.title) == head for m in e.mentions)
        ]
        if len(holders) == 1:
            holders[0].add(mention)


def title_head(title: str) -> str | None:
    """The main title word of a title ("US Secretary of State" → "secretary")."""
    heads = [fold(w) for w in title.split() if fold(w) in lexicon().title_heads]
    return heads[-1] if heads else None
