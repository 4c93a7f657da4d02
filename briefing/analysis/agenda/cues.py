"""Linguistic evidence that a sentence is an open issue or a next step.

Each cue is a pattern over the sentence with a weight and a short label the
reader shows as the item's ``why``. A sentence is a next step when its future
evidence outweighs evidence that the plan is past or cancelled ("had been
scheduled for February but was scrapped"); it is an open issue when it carries
enough evidence of dispute, risk, accusation, refusal, a pending decision or an
open question. Evidence counts for less, or not at all, where the sentence does
not assert a matter of this story: told wholly in the past, stated as a general
rule ("iodine deficiency can lead to brain damage"), asked in a direct question,
part of a name or a caption. The word lists are general English, not fitted to
any article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.analysis.agenda.framing import QUESTION, in_name, question_start, reported, tail
from briefing.analysis.agenda.generic import GENERIC_FACTOR, is_generic
from briefing.analysis.agenda.vocabulary import SAY, VERB_AFTER

THRESHOLD = 1.0
"""Total weight a sentence needs to be listed."""


@dataclass(frozen=True)
class Cue:
    """The strongest evidence found, and the total weight of all evidence."""

    label: str
    weight: float


@dataclass(frozen=True)
class Reading:
    """What one sentence says: an open issue, a next step, both or neither."""

    issue: Cue | None
    step: Cue | None


@dataclass(frozen=True)
class _Pattern:
    kind: str
    weight: float
    regex: re.Pattern[str]


def _p(kind: str, weight: float, pattern: str) -> _Pattern:
    return _Pattern(kind, weight, re.compile(pattern, re.I))


_STEP_PATTERNS: tuple[_Pattern, ...] = (
    _p(
        "future",
        1.2,
        rf"(?<!\bthe )(?<!\bgood )(?<!\bfree )(?<!\bpolitical )\b(?:will|shall)\s+{VERB_AFTER}",
    ),
    _p("future", 1.2, rf"\b\w+(?:'ll|’ll)\s+{VERB_AFTER}"),
    _p("future", 1.2, r"\b(?:is|are|am|was|were)\s+going\s+to\s+[a-z]+"),
    _p("reported future", 1.2, rf"\b{SAY}\b[^.;]{{0,120}}?\bwould\s+{VERB_AFTER}"),
    _p(
        "plan",
        1.2,
        r"\b(?:plans?|planned|planning|intends?|intending|aims?|aimed|aiming|"
        r"hopes?|hoped|hoping|expects?|expected|scheduled|poised|prepares?|preparing|"
        r"agreed|agrees|promised|promises|pledged|pledges|vowed|vows|decided|decides|"
        r"proposes?|proposed|seeks?|seeking|sought|wants?|wanted|ready|set|"
        r"determined|committed|looking|considering)\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|be\s+a\b)[a-z]+",
    ),
    _p("plan", 1.2, r"\b(?:is|are)\s+due\s+to\s+[a-z]+"),
    _p(
        "expected",
        1.2,
        r"\b(?:is|are)\s+(?:now\s+|also\s+)?expected\s+(?:by|on|before|within|later|"
        r"next|this|early|soon|shortly|in\s+(?:the\s+)?(?:coming|next|new|early|late|mid|"
        r"january|february|march|april|may|june|july|august|september|october|november|"
        r"december|spring|summer|autumn|fall|winter|\d))\b",
    ),
    _p(
        "scheduled",
        1.2,
        r"\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|also\s+|provisionally\s+|tentatively\s+)?"
        r"(?:scheduled|slated|planned|pencilled\s+in|penciled\s+in|set|due)\s+(?:for|on)\b",
    ),
    _p(
        "plan",
        1.2,
        r"\b(?:goal|aim|objective|target|intention|plan|mission|purpose)\s+(?:is|was)\s+to\b",
    ),
    _p(
        "demand",
        1.2,
        r"\b(?:calls?\s+for|called\s+for|calling\s+for|urged?|urges|urging|demand(?:s|ed|ing)?|"
        r"appeal(?:s|ed|ing)?\s+(?:for|to)|press(?:es|ed|ing)?\s+for|petition\w*)\b",
    ),
    _p("demand", 1.2, r"\b(?:asks?|asking)\b[^.;]{0,60}?\bto\s+[a-z]+"),
    _p(
        "proposal",
        1.2,
        r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bthis )(?<!\bits )(?<!\btheir )"
        r"\b(?:propos(?:ing|ed|es|e))\b",
    ),
    _p(
        "in force",
        1.2,
        r"\b(?:takes?|taking)\s+effect|\b(?:comes?|coming)\s+into\s+(?:force|effect)|"
        r"\b(?:goes?|going)\s+into\s+effect\b",
    ),
    _p("recommendation", 0.6, r"\b(?:proposals?|recommend(?:s|ed|ing|ation|ations)?)\b"),
    _p(
        "recommendation",
        0.6,
        r"\b(?:is|are)\s+(?:needed|required|necessary)\b|\b(?:must|should|ought\s+to)\s+[a-z]+",
    ),
    _p("call to act", 1.2, r"\bit\s+is\s+time\s+(?:for\b[^.;]{0,40}?\s)?to\b"),
    _p(
        "expected",
        1.0,
        r"\b(?:forthcoming|upcoming|in\s+the\s+pipeline|on\s+the\s+agenda|under\s+consideration)\b",
    ),
    _p("looking at", 1.0, r"\b(?:looking\s+at|considering|weighing|exploring|studying)\b"),
    _p(
        "deadline",
        0.6,
        r"\b(?:by|before|until)\s+(?:the\s+end\s+of|next|the\s+end\s+of\s+the)\b|\bwithin\s+\d+\s+\w+|\bdeadline\b",
    ),
    _p(
        "future time",
        0.6,
        r"\b(?:next\s+(?:week|month|year|weekend|season|session|spring|summer|autumn|fall|winter)|"
        r"tomorrow|later\s+(?:today|this|on|in)|in\s+the\s+coming|over\s+the\s+(?:next|coming)|"
        r"every\s+year|each\s+year|in\s+the\s+future|soon)\b",
    ),
)

_PAST_PLAN = (
    _p(
        "past", -2.0, r"\bhad\s+(?:been\s+)?(?:scheduled|planned|expected|due|set|intended|hoped)\b"
    ),
    _p(
        "cancelled",
        -1.5,
        r"\b(?:was|were|has\s+been|had\s+been)\s+(?:scrapped|cancell?ed|called\s+off|abandoned|dropped|postponed\s+indefinitely)\b",
    ),
    _p("past", -0.6, r"\b(?:would\s+have|had\s+hoped|had\s+wanted|had\s+planned)\b"),
    _p(
        "past plan",
        -0.8,
        r"\b(?:was|were)\s+(?:(?:\w+\s+)?(?:scheduled|expected|set|due|planned|intended|supposed))\s+to\b",
    ),
)

_ISSUE_PATTERNS: tuple[_Pattern, ...] = (
    _p(
        "dispute",
        1.2,
        r"\b(?:at\s+odds|disput(?:e|es|ed|ing)|disagree(?:s|d|ment|ments)?|rift|feud|row\s+over|"
        r"stand-?off|stalemate|impasse|deadlock(?:ed)?|tensions?|conflicts?|clash(?:es|ed)?|"
        r"confrontations?|differences|divided|divisions?|controvers(?:y|ial)|contested|contentious|"
        r"skirmish(?:es)?|war\b|wars\b|warfare|battles?|fight(?:s|ing)?|hostil(?:e|ities)|"
        r"rival(?:s|ry|ries)?\b)",
    ),
    _p(
        "accusation",
        1.2,
        r"\b(?:accus(?:e|es|ed|ing|ation|ations)|alleg(?:e|es|ed|edly|ing|ation|ations)|"
        r"claim(?:s|ed|ing)?|blam(?:e|es|ed|ing)|charg(?:es|ed)\s+(?:with|that)|"
        r"provocations?|condemn(?:s|ed|ing|ation)?|denounc(?:e|es|ed|ing)|reckless|absurd|"
        r"outrageous|unacceptable|illegal|unlawful|unjust|unfair|irresponsible|forced|"
        r"violat(?:e|es|ed|ing|ion|ions)|breach(?:es|ed)?|contraven(?:e|es|ed|ing|tion))",
    ),
    _p(
        "criticism",
        1.2,
        r"\b(?:critic(?:s|al|ism|ised|ized|ise|ize|ising|izing)?|protest(?:s|ed|ers|ing)?|"
        r"opposition|oppos(?:e|es|ed|ing)|objections?|backlash|outcry|complain(?:s|ed|ts?)?|"
        r"concerned|concerns?\b|alarm(?:s|ed|ing)?|worr(?:y|ies|ied|ying)|fears?|feared|"
        r"resist(?:s|ed|ing|ance)?|petitions?\b)",
    ),
    _p(
        "refusal",
        1.2,
        r"\b(?:refus(?:e|es|ed|ing|als?)|reject(?:s|ed|ing|ion)?|den(?:y|ies|ied|ial)|"
        r"declin(?:ed|es)\s+to|veto(?:ed|es)?|block(?:s|ed|ing))\b",
    ),
    _p("sanction", 1.2, r"\b(?:ban(?:s|ned)?|sanction(?:s|ed)?|boycott\w*)\b"),
    _p(
        "risk",
        1.2,
        r"\b(?:risks?|risky|threat(?:s|en|ens|ened|ening)?|danger(?:s|ous)?|warn(?:s|ed|ing|ings)?|"
        r"crisis|vulnerab(?:le|ility|ilities)|aggressive|attack(?:s|ed|ing)?|unsafe|"
        r"hazard(?:s|ous)?|harm(?:ful)?|damage|alert)\b",
    ),
    _p(
        "problem",
        1.2,
        r"\b(?:problems?|problematic|challenges?|difficult(?:y|ies)?|deficien(?:t|cy|cies)|"
        r"inadequate|insufficient|shortages?|lack(?:s|ing)?\b|fail(?:s|ed|ing|ure)|"
        r"slipping|declin(?:e|ing)|struggl(?:e|es|ing)|suffer(?:s|ing)?|"
        r"unreachable|inaccessible|down\s+for|complicated|"
        r"(?:not|\w+n't|\w+n’t)\s+(?:\w+\s+)?enough|(?:not|never|\w+n't|\w+n’t)\s+(?:yet\s+)?"
        r"(?:succeeded|worked|solved|fixed))",
    ),
    _p(
        "unsettled",
        1.2,
        r"\b(?:no\s+(?:date|decision|agreement|deal|timetable|timeline|details|solution|explanation)\s+"
        r"(?:was|were|has|had|have|is|yet)|(?:has|have|had)\s+not\s+(?:yet\s+)?"
        r"(?:said|decided|agreed|announced|explained|confirmed|been\s+(?:decided|resolved|settled))|"
        r"(?:hasn't|haven't|hadn't)\s+(?:yet\s+)?(?:said|decided|agreed|announced|explained)|"
        r"yet\s+to\s+be|yet\s+to\s+[a-z]+|remains?\s+(?:unclear|unresolved|uncertain|to\s+be\s+seen|"
        r"open|undecided|in\s+doubt)|unresolved|uncertain(?:ty)?|unclear|undecided|"
        r"not\s+(?:expected|due|likely)\s+(?:before|until)\b|"
        r"(?:is|are|was|were|it's|it’s)\s+not\s+(?:yet\s+)?(?:clear|known|certain)\b)",
    ),
    _p(
        "pending",
        1.2,
        r"\b(?:pending|under\s+investigation|investigat(?:e|es|ed|ing|ion)|inquiry|probe\b|"
        r"trial\b|lawsuit|appeal(?:s|ed)?\s+against|"
        r"(?:decision|ruling|vote)\s+(?:on|about|over)\s+whether\b|"
        r"appeal(?:s|ed|ing)?\s+(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w-]+\s+)?"
        r"(?:ruling|decision|verdict|sentence|judge?ment|conviction|ban)|"
        r"(?:needs?|requires?|awaits?|awaiting|subject\s+to)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:approval|ratification|sign-off|confirmation|consent|clearance)\b)",
    ),
    _p(
        "open question",
        0.6,
        r"\b(?:whether|how\s+long|how\s+many|how\s+much|what\s+will|when\s+will)\b",
    ),
    _p("contrast", 0.4, r"\b(?:despite|however|although|even\s+though|but|yet)\b"),
    _p("still", 0.4, r"\b(?:still|continu(?:e|es|ing)\s+to|ongoing|remains?)\b"),
)

_FINISHED = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")
"""A sentence ends in punctuation; a line without it is a caption, credit or quoted title
("Anonymous blogger, "Anon declares war on ..."") that names a claim rather than states it."""
_NEGATED = re.compile(
    r"(?:\bnot|\bnever|\bno\s+longer|n't|n’t|\bnobody|\bnothing|\bno\s+one)\s+(?:\w+\s+)?$", re.I
)
_MATCH_NEGATED = re.compile(r"\b(?:not|never)\b", re.I)
_INTERROGATIVE = re.compile(
    r"^(?:will|shall)\s+(?:it|he|she|they|we|you|i|there|this|that)\b", re.I
)
_HYPOTHETICAL = re.compile(r"\b(?:if|whether(?!\s+to\b)|unless|even\s+if)\b[^.;]{0,60}$", re.I)
"""A condition before the future ("if prices rise, consumers will suffer"); "a decision on
whether to extend it will be taken" asks no condition."""
_GENERIC = re.compile(r"^(?:you)\b", re.I)
_UNKNOWN_FUTURE = re.compile(
    r"\b(?:unclear|not\s+clear|unknown|not\s+known|uncertain|undecided|no\s+word\s+on|"
    r"(?:declined|refused)\s+to\s+(?:say|disclose|confirm|specify)|"
    r"(?:would|will|could|did|does|do)\s+not\s+(?:say|disclose|confirm|specify)|"
    r"(?:wouldn|won|couldn|didn|doesn|don)['’]t\s+(?:say|disclose|confirm|specify))\s+"
    r"(?:\w+\s+){0,3}?(?:when|who|what|how|where|why|which)\b[^.;]{0,80}$",
    re.I,
)
"""A future asked about, not announced: "it is unclear who will pay", "officials declined
to say when the border would reopen"."""
_MODAL = re.compile(r"\b(?:will|would|shall)\b|['’]ll\b", re.I)
_FEARED = re.compile(
    r"\b(?:concerned|concerns?|fears?|feared|worried|worries|worry|warn(?:s|ed|ing)?|risk|afraid)"
    r"\b(?:\s+that)?[^.;]{0,60}$",
    re.I,
)
_PRESENT = re.compile(
    r"\b(?:is|are|am|has|have|remains?|continues?|says|claims|will|would|can|cannot|could|may|"
    r"might|must|should|do|does|need|needs|want|wants|face|faces|seems?|appears?|still|now|"
    r"currently|today|ongoing|shows?)\b|n't\b|n’t\b",
    re.I,
)
_DEMANDED_OF = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:urged|asked|pressed|called\s+on)\b", re.I
)
"""Someone was urged to do something: a past event told, not a call that is still open."""
PAST_FACTOR = 0.6
"""Evidence in a sentence told wholly in the past, not as reported speech, counts for less:
it is background, or a plan that has already happened."""
_PAST = re.compile(r"\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\b", re.I)
_ASKED = re.compile(
    r"\b(?:will|would|shall|do|does|did|can|could)\s+(?:it|he|she|they|we|you|i)\s+$", re.I
)


def _step_blocked(text: str, match: re.Match[str]) -> bool:
    """Future forms that do not announce a step: negated, asked, hypothetical, generic, feared."""
    before = tail(text, match.start(), 100)
    found = match.group(0)
    if _NEGATED.search(before[-30:]) or _MATCH_NEGATED.search(found):
        return True
    if _ASKED.search(before[-20:]):
        return True
    if re.match(r"(?:will|shall)\s+(?:have\s+to|take\s+time)\b", text[match.start() :], re.I):
        return True  # a predicted obligation or delay, not an announced action
    if _INTERROGATIVE.match(found) or QUESTION.search(text):
        return True
    if _HYPOTHETICAL.search(before[-80:]) or _FEARED.search(before[-90:]):
        return True
    modal = _MODAL.search(found)
    if _UNKNOWN_FUTURE.search(tail(text, match.start() + (modal.start() if modal else 0), 160)):
        return True
    subject = before[-12:].split()
    return bool(subject and _GENERIC.match(subject[-1])) or found.lower().startswith("you")


_ASPECT = frozenset({"still"})
"""Cues of aspect, not of content: "do you still think ...?" asks whether something lasts."""


_REMEDY = re.compile(
    r"\b(?:prevent(?:s|ed|ing|ion|able)?|protect(?:s|ed|ing|ion)?\s+(?:\w+\s+){0,3}?(?:from|against)|"
    r"safe(?:guards?|ty)?\s+(?:from|against)|guard(?:s|ed|ing)?\s+against|immun(?:e|ity)\s+(?:to|from))"
    r"[\s,]+(?:[\w-]+[\s,]+){0,3}?(?:[\w-]+\s+and\s+)?$",
    re.I,
)


_NAME_HYPHEN = re.compile(r"(?<![\w-])[A-Z][\w.]*-$")
"""A name hyphened to a cue ("Scientology-critic site") makes a modifier; a plain prefix
("cyber-attack", "high-risk") keeps the cue."""


def _issue_blocked(text: str, match: re.Match[str], asked_from: int | None) -> bool:
    """Issue words under negation ("does not claim") say nothing is in dispute; words
    governed by a remedy ("protection from these attacks", "preventable cause of brain
    damage") are about the cure; a cue that leads a hyphened compound ("denial-of-service
    attack") or follows a name in one ("Scientology-critic site") names a kind of thing;
    words inside a direct question are asked about, not asserted; words in a name name."""
    before = tail(text, match.start(), 100)
    if _NEGATED.search(before[-20:]) or _REMEDY.search(before[-80:]):
        return True
    if _NAME_HYPHEN.search(before[-40:]) or text[match.end() : match.end() + 1] == "-":
        return True
    if asked_from is not None and match.start() >= asked_from:
        return True
    return in_name(text, match)


def _strongest(
    patterns: tuple[_Pattern, ...], text: str, step: bool, asked_from: int | None = None
) -> tuple[float, str | None, frozenset[str]]:
    """Total weight (each kind counted once), the best label and the kinds found."""
    total = 0.0
    best: str | None = None
    best_weight = 0.0
    seen: set[str] = set()
    for pattern in patterns:
        match = next(
            (
                m
                for m in pattern.regex.finditer(text)
                if pattern.weight < 0
                or not (
                    _step_blocked(text, m)
                    if step
                    else _issue_blocked(text, m, None if pattern.kind in _ASPECT else asked_from)
                )
            ),
            None,
        )
        if match is None:
            continue
        if pattern.kind not in seen:
            total += pattern.weight
            seen.add(pattern.kind)
        if pattern.weight > best_weight:
            best_weight = pattern.weight
            best = f"{pattern.kind}: {' '.join(match.group(0).split())}"
    return total, best, frozenset(seen)


@lru_cache(maxsize=4096)
def read_sentence(text: str) -> Reading:
    """Weigh the evidence that ``text`` is an open issue and that it is a next step."""
    step_total, step_label, step_kinds = _strongest(_STEP_PATTERNS, text, step=True)
    past_total, _, _ = _strongest(_PAST_PLAN, text, step=True)
    told_in_past = bool(_PAST.search(text) and not _PRESENT.search(text) and not reported(text))
    if told_in_past and ("demand" not in step_kinds or _DEMANDED_OF.search(text)):
        # "Officials urged residents to stay indoors": a call made then asks for what is to come.
        step_total *= PAST_FACTOR
    step: Cue | None = None
    if step_label is not None and step_total + past_total >= THRESHOLD:
        step = Cue(step_label, step_total + past_total)
    asked_from = question_start(text)
    issue_total, issue_label, kinds = _strongest(_ISSUE_PATTERNS, text, False, asked_from)
    if told_in_past and "unsettled" not in kinds:
        # "No date was announced": what was not settled then is still not settled.
        issue_total *= PAST_FACTOR
    if asked_from is None and is_generic(text, kinds):
        issue_total *= GENERIC_FACTOR
    if asked_from is not None:
        issue_total += 0.6
        if issue_label is None or issue_label.startswith(("contrast", "still")):
            issue_label = "open question"
    issue: Cue | None = None
    if issue_label is not None and issue_total >= THRESHOLD and _FINISHED.search(text):
        issue = Cue(issue_label, issue_total)
    return Reading(issue, step)
