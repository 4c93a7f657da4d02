"""What kind of thing a name is, from its own words alone.

Context (a title before it, a possessive, being the subject of a verb) and
coreference refine this later; here a name is judged by its heads: "… Party"
and "Ministry of …" are organisations, "… Sea" a place, "… Olympics" an event,
"Internet Explorer 6" a product, a country name from pycountry a country.
"""

from __future__ import annotations

from briefing.analysis.players.lexicon import Lexicon, fold

_CONNECTORS = frozenset(["of", "for", "and", "the", "to", "on", "&"])


def is_acronym(word: str) -> bool:
    """An all-capitals word of two letters or more ("WHO", "KCNA", "U.S.")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_product(names: list[str]) -> bool:
    """A version number marks a product, not a player ("Internet Explorer 6", "IE9")."""
    last = names[-1]
    if last.isdigit() and len(names) > 1:
        return True
    return any(c.isdigit() for c in last) and last[0].isalpha() and last[-1].isdigit()


def _org_shape(keys: list[str], names: list[str], words: Lexicon) -> bool:
    if keys[-1] in words.org_heads_last and len(keys) > 1:
        return True
    for i, key in enumerate(keys[:-1]):
        if keys[i + 1] in _CONNECTORS and key in words.org_heads_first | words.org_heads_last:
            return True
    if len(keys) > 1 and (keys[0] in words.collective_heads or keys[0] in words.org_heads_first):
        return not words.country(" ".join(names[1:])) or keys[0] in words.collective_heads
    if any(is_acronym(n) and not words.country(n) for n in names):
        return True
    if any(n.isdigit() for n in names) or "and" in names or "&" in names:
        return True
    inner = keys[1:-1]
    if any(k in words.org_heads_last for k in inner) and not any(
        k in words.title_heads for k in keys
    ):
        return True
    return any("." in n[1:-1] and n[-1].isalpha() and n[0].isalpha() for n in names)


def classify(names: list[str], words: Lexicon) -> tuple[str, str | None]:
    """(kind, country code) of a bare name, before any context is taken into account."""
    text = " ".join(names)
    code = words.country(text)
    if code:
        return "country", code
    keys = [fold(n) for n in names]
    key = " ".join(keys)
    if key in words.capitals:
        return "capital", words.capitals[key]
    if key in words.institutions:
        return "organisation", None
    demonym = _demonym(names, keys, words)
    if demonym:
        return demonym
    if len(names) == 1 and (key in words.peoples or key in words.groups):
        return "group", words.peoples.get(key)
    if is_product(names):
        return "product", None
    if keys[-1] in words.event_heads and len(keys) > 1:
        return "event", None
    if (keys[-1] in words.place_heads and len(keys) > 1) or keys[-1] == "dc":
        return "place", None
    if _org_shape(keys, names, words):
        return "organisation", None
    if keys[0] in words.event_heads_first and len(keys) > 1:
        return "event", None
    if key in words.subdivisions:
        return "place", None
    if len(names) == 1 and names[0] in words.org_heads_last:
        return "unknown", None
    if len(names) > 1 and (keys[0] in words.demonyms or words.country(names[-1])):
        return "organisation", None
    return ("person" if len(names) > 1 else "unknown"), None


def _demonym(names: list[str], keys: list[str], words: Lexicon) -> tuple[str, str | None] | None:
    """("demonym", code) for "Chinese", "South Korean", "European"; None for other names."""
    if len(keys) == 1 and keys[0] in words.regional:
        return "demonym", None
    if keys[-1] not in words.demonyms or len(keys) > 2:
        return None
    if len(keys) == 1:
        return "demonym", words.demonyms[keys[0]]
    country = words.country(f"{names[0]} {names[1].rstrip('n')}")
    return ("demonym", country) if country else None
