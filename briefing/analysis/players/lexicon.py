"""Word tables for finding players: titles, heads, demonyms, countries.

The tables are package data (``briefing/analysis/data``), curated by hand and
general: they name kinds of words (titles, organisation heads, nationality
adjectives), never the people of a particular article. Country names come from
pycountry, so every ISO country is known without a list of our own.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

_DOTS = re.compile(r"[.]")

# Short forms that news writes for countries and that pycountry does not list.
_COUNTRY_ALIASES = {
    "us": "US",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "russia": "RU",
    "dprk": "KP",
    "north korea": "KP",
    "south korea": "KR",
    "korea": "KR",
    "iran": "IR",
    "syria": "SY",
    "vietnam": "VN",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "burma": "MM",
    "palestine": "PS",
    "vatican": "VA",
    "holland": "NL",
    "uae": "AE",
    "macedonia": "MK",
    "turkey": "TR",
    "kosovo": "XK",
    "taiwan": "TW",
    "the netherlands": "NL",
}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The comparison form of a name: lower case, curly quotes straightened, no dots."""
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(_DOTS.sub("", text).lower().split())


@dataclass(frozen=True)
class Lexicon:
    """Every table the player finder consults, loaded once."""

    honorifics: frozenset[str]
    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    org_heads_last: frozenset[str]
    org_heads_first: frozenset[str]
    place_heads: frozenset[str]
    event_heads: frozenset[str]
    event_heads_first: frozenset[str]
    collective_heads: dict[str, str]
    country_bodies: frozenset[str]
    group_heads: frozenset[str]
    stop_capitals: frozenset[str]
    common_capitals: frozenset[str]
    """Capitalised words that are common nouns when they stand alone ("Internet", "State")."""
    regional: frozenset[str]
    common_noun_markers: frozenset[str]
    captions: frozenset[str]
    institutions: frozenset[str]
    adjective_suffixes: frozenset[str]
    """Last parts of hyphenated adjectives that are not names ("Stockholm-based")."""
    """Organisations known by a one-word or place-like name ("Pentagon", "White House")."""
    dates: frozenset[str]
    short_dates: frozenset[str]
    """"May", "Jun", "Sat": dates only next to a number ("May 5", "Jun. 3")."""
    name_particles: frozenset[str]
    plural_possessives: frozenset[str]
    role_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    not_roles: frozenset[str]
    locatives: frozenset[str]
    demonyms: dict[str, str]
    """Nationality adjective (folded) → ISO alpha-2 code."""
    peoples: dict[str, str]
    """Plural noun for a people (folded) → ISO alpha-2 code."""
    groups: frozenset[str]
    capitals: dict[str, str]
    countries: dict[str, str]
    """Folded country name, short or official → ISO alpha-2 code."""
    country_names: dict[str, str]
    """ISO alpha-2 code → the short name used when the text gives none."""
    subdivisions: frozenset[str]

    def country(self, text: str) -> str | None:
        """The ISO code of a country name as written ("the US", "China"), if it is one."""
        key = fold(text)
        if key.startswith("the "):
            key = key[4:]
        return self.countries.get(key)

    def is_role_noun(self, word: str) -> bool:
        """Whether a lower-case word names what a person is (minister, billionaire...)."""
        word = fold(word)
        if word in self.role_nouns:
            return True
        if word in self.not_roles or len(word) < 5 or not word.replace("-", "").isalpha():
            return False
        return word.endswith(self.role_suffixes)


def _data(name: str) -> Any:
    return json.loads(
        resources.files("briefing.analysis").joinpath("data", name).read_text("utf-8")
    )


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(fold(v) for v in values)


def _country_index() -> tuple[dict[str, str], dict[str, str]]:
    import pycountry  # loaded on first use: importing the players costs nothing up front

    index: dict[str, str] = {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        short = getattr(country, "common_name", None) or country.name
        names[code] = short
        for name in (country.name, short, getattr(country, "official_name", None)):
            if name and "," not in name:
                index[fold(name)] = code
    index.update(_COUNTRY_ALIASES)
    names["US"] = "United States"
    names["GB"] = "United Kingdom"
    names["RU"] = "Russia"
    names.setdefault("XK", "Kosovo")
    return index, names


def _subdivisions() -> frozenset[str]:
    import pycountry

    return frozenset(fold(s.name) for s in pycountry.subdivisions)


@cache
def lexicon() -> Lexicon:
    """The tables, read from package data on first use."""
    words = _data("players_lexicon.json")
    demonyms = _data("demonyms.json")
    capitals = _data("capitals.json")["capitals"]
    countries, country_names = _country_index()
    return Lexicon(
        honorifics=_words(words["honorifics"]),
        title_heads=_words(words["title_heads"]),
        title_modifiers=_words(words["title_modifiers"]),
        org_heads_last=_words(words["org_heads_last"]),
        org_heads_first=_words(words["org_heads_first"]),
        place_heads=_words(words["place_heads"]),
        event_heads=_words(words["event_heads"]),
        event_heads_first=_words(words["event_heads_first"]),
        collective_heads={fold(k): v for k, v in words["collective_heads"].items()},
        country_bodies=_words(words["country_bodies"]),
        group_heads=_words(words["group_heads"]),
        stop_capitals=_words(words["stop_capitals"]),
        common_capitals=_words(words["common_capitals"]),
        regional=_words(words["regional_adjectives"]),
        common_noun_markers=_words(words["common_noun_markers"]),
        captions=_words(words["caption_words"]),
        institutions=_words(words["institutions"]),
        adjective_suffixes=_words(words["adjective_suffixes"]),
        dates=_words(words["months"] + words["weekdays"]),
        short_dates=_words(
            words["month_abbreviations"] + ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        ),
        name_particles=_words(words["name_particles"]),
        plural_possessives=_words(words["plural_possessives"]),
        role_nouns=_words(words["role_nouns"]),
        role_suffixes=tuple(words["role_suffixes"]),
        not_roles=_words(words["not_roles"]),
        locatives=_words(words["locative_prepositions"]),
        demonyms={fold(k): v for k, v in demonyms["adjectives"].items()},
        peoples={fold(k): v for k, v in demonyms["peoples"].items()},
        groups=_words(demonyms["groups"]),
        capitals={fold(k): v for k, v in capitals.items()},
        countries=countries,
        country_names=country_names,
        subdivisions=_subdivisions(),
    )
