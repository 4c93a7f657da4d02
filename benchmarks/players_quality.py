"""Key players against the dev data: recall, precision, roles, GUM salience, speed.

Run: ``.venv/bin/python benchmarks/players_quality.py``

How a listed player matches a gold one (both sides normalised: case folded,
dots and curly quotes removed, a leading "the"/"a"/"an" and a possessive "'s"
dropped, whitespace folded):

* the gold name or one of its aliases equals the player's name or one of its
  aliases; or
* both name the same country (pycountry code: "US" = "United States"); or
* the player's name is the final words of the gold name or alias (gold
  "Professor Cres Eastman" ← "Cres Eastman", "all-girl Afghan team" ←
  "Afghan team"), as long as those final words are not a country.

Annotations (``tests/fixtures/annotations``): each gold player is matched at
most once and each listed player at most once, greedily in list order.
*Recall* counts matched ``core`` players over all core players. *Precision*
counts listed players matching any gold player (core or minor) over all listed
players (every player the function returns, no top-k), pooled over the 11
articles. *Role accuracy*: over matched people whose gold role is not empty,
the share whose role has a token F1 >= 0.5 with the gold role (tokens folded,
determiners and punctuation dropped); a missing role counts as wrong.

GUM (``tests/fixtures/ner/gum_entities_dev.jsonl``): central entities are the
``salient_entities`` mentioned in >= 3 of the 5 human summaries whose
``gum_type`` is person, organization or place. The target figure is over the
*named* ones (``name_mention`` not null: they have a name a player list can
show); the figure over all of them, descriptions such as "veteran politicians"
included, is printed too. An entity counts as found when one of the top 10
players matches any of its gold mentions (``entities`` with its id, its
``first_mention`` and ``name_mention``).

Speed: median time of ``find_players`` over a 1,000-word article (the dev
articles joined and cut to 1,000 words), after one warm-up call.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.analysis.document import Document  # noqa: E402
from briefing.analysis.loading import document_from_text  # noqa: E402
from briefing.analysis.players import Player, find_players  # noqa: E402
from briefing.analysis.players.lexicon import fold, lexicon  # noqa: E402
from briefing.analysis.summary import summarize  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
_LEADING = re.compile(r"^(?:the|a|an) ")
_POSSESSIVE = re.compile(r"'s?$")
_ROLE_DROP = frozenset(["a", "an", "the", "of", "'s"])


def norm(text: str) -> str:
    """The comparison form of a name."""
    text = _POSSESSIVE.sub("", fold(text)).strip()
    return _LEADING.sub("", text)


def _forms(names: Iterable[str]) -> set[str]:
    return {norm(n) for n in names if n and norm(n)}


def names_match(player: Player, gold: Iterable[str]) -> bool:
    """Whether a listed player and a gold entity (its names) are the same, as documented above."""
    mine = _forms([player.name, *player.aliases])
    theirs = _forms(gold)
    if mine & theirs:
        return True
    words = lexicon()
    codes = {words.country(f) for f in theirs} - {None}
    if codes and words.country(player.name) in codes:
        return True
    name = norm(player.name)
    return not words.country(name) and any(g.endswith(" " + name) and len(name) > 2 for g in theirs)


def _role_tokens(role: str) -> list[str]:
    return [t for t in re.findall(r"[\w-]+", norm(role)) if t not in _ROLE_DROP]


def role_correct(found: str | None, gold: str) -> bool:
    """Token F1 >= 0.5 between the found role and the gold role."""
    if not found:
        return False
    a, b = _role_tokens(found), _role_tokens(gold)
    common = sum(min(a.count(t), b.count(t)) for t in set(a))
    if not common:
        return False
    precision, recall = common / len(a), common / len(b)
    return 2 * precision * recall / (precision + recall) >= 0.5


def players_of(document: Document) -> list[Player]:
    """Players as the briefing computes them: with the default summary's sentence ids."""
    summary = summarize(document)
    return find_players(document, frozenset(item.sentence for item in summary.items))


@dataclass
class AnnotationScore:
    core: int = 0
    core_found: int = 0
    listed: int = 0
    listed_real: int = 0
    roles: int = 0
    roles_right: int = 0


def score_annotations(verbose: bool = False) -> AnnotationScore:
    """Recall, precision and role accuracy over the 11 annotated articles."""
    total = AnnotationScore()
    for path in sorted((FIXTURES / "annotations").glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        text = (FIXTURES / "articles" / gold["article"]).read_text("utf-8")
        players = players_of(document_from_text(text))
        unmatched = list(gold["players"])
        total.listed += len(players)
        for player in players:
            hit = next(
                (g for g in unmatched if names_match(player, [g["name"], *g["aliases"]])), None
            )
            if verbose:
                print(f"  {'+' if hit else '-'} {player.name} [{player.kind}] {player.role or ''}")
            if hit is None:
                continue
            unmatched.remove(hit)
            total.listed_real += 1
            total.core_found += hit["importance"] == "core"
            if hit["kind"] == "person" and hit["role"]:
                total.roles += 1
                right = role_correct(player.role, hit["role"])
                total.roles_right += right
                if verbose and not right:
                    print(f"      role {player.role!r} != gold {hit['role']!r}")
        total.core += sum(g["importance"] == "core" for g in gold["players"])
        if verbose:
            missed = [g["name"] for g in unmatched if g["importance"] == "core"]
            print(f"{path.stem}: missed core {missed}")
    return total


@dataclass
class GumScore:
    named: int = 0
    named_found: int = 0
    central: int = 0
    central_found: int = 0


def score_gum(verbose: bool = False) -> GumScore:
    """Share of GUM's central entities among the top 10 players."""
    total = GumScore()
    lines = (FIXTURES / "ner" / "gum_entities_dev.jsonl").read_text("utf-8").splitlines()
    for line in lines:
        doc = json.loads(line)
        top = players_of(document_from_text(doc["text"]))[:10]
        for entity in doc["salient_entities"]:
            if entity["summaries_mentioning"] < 3:
                continue
            if entity["gum_type"] not in ("person", "organization", "place"):
                continue
            gold = [e["text"] for e in doc["entities"] if e["entity_id"] == entity["entity_id"]]
            gold += [entity["first_mention"], entity["name_mention"] or ""]
            found = any(names_match(p, gold) for p in top)
            total.central += 1
            total.central_found += found
            if entity["name_mention"]:
                total.named += 1
                total.named_found += found
            if verbose and not found:
                print(f"  {doc['id']}: missed {entity['first_mention']!r}")
    return total


def speed() -> tuple[float, float]:
    """(median ms, words) of find_players on a 1,000-word article."""
    texts = [p.read_text("utf-8") for p in sorted((FIXTURES / "articles").glob("*.txt"))]
    words = " ".join(texts).split()[:1000]
    paragraphs = [" ".join(words[i : i + 100]) for i in range(0, 1000, 100)]
    document = document_from_text("\n\n".join(paragraphs))
    find_players(document)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        find_players(document)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, len(words)


def main() -> None:
    verbose = "-v" in sys.argv
    a = score_annotations(verbose)
    g = score_gum(verbose)
    ms, n = speed()
    print(
        f"annotations: core recall {a.core_found}/{a.core} = {a.core_found / a.core:.2f} (target >= 0.90)"
    )
    print(
        f"annotations: precision {a.listed_real}/{a.listed} = {a.listed_real / a.listed:.2f}"
        " (target >= 0.80)"
    )
    print(
        f"annotations: roles {a.roles_right}/{a.roles} = {a.roles_right / a.roles:.2f} (target >= 0.70)"
    )
    print(
        f"GUM central named entities in top 10: {g.named_found}/{g.named} ="
        f" {g.named_found / g.named:.2f} (target >= 0.85)"
    )
    print(
        f"GUM all central entities (descriptions included) in top 10: {g.central_found}/{g.central}"
        f" = {g.central_found / g.central:.2f}"
    )
    print(f"speed: {ms:.1f} ms for {n} words (target < 50 ms)")


if __name__ == "__main__":
    main()
