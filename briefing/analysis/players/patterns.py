"""Players named in lower case: political camps and national bodies.

Some players have no capitalised name of their own: "the pro-Beijing camp",
"the localist camp", "the Afghan team", "the Greek court". And "the US
government" or "the Chinese side" is the country acting. These shapes are
found here from a modifier and a head noun.
"""

from __future__ import annotations

from briefing.analysis.players.candidates import Mention
from briefing.analysis.players.lexicon import fold, lexicon
from briefing.analysis.players.tokens import Token, is_initial

_NUMBERS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "multi"]
)
_ADJECTIVE_ENDINGS = ("ist", "ian", "ic", "ive", "ite")


def _camp_modifier(token: Token, tokens: list[Token], index: int) -> str | None:
    """The modifier of a camp ("pro-Beijing", "localist") in the article's case, if it is one."""
    if not token.word or token.possessive:
        return None
    text = token.text
    if text[0].isupper():
        if not is_initial(tokens, index):
            return None
        text = text[0].lower() + text[1:]
    if fold(text) in lexicon().stop_capitals or not text[0].isalpha():
        return None
    if text.split("-")[0] in _NUMBERS or text[0].isdigit():
        return None
    if "-" in text or (len(text) >= 6 and text.endswith(_ADJECTIVE_ENDINGS)):
        return text
    return None


def lower_case_mentions(sentence: int, tokens: list[Token]) -> list[Mention]:
    """Camps ("the anti-establishment camp") and national bodies ("the Afghan team")."""
    words = lexicon()
    found: list[Mention] = []
    for i in range(len(tokens) - 1):
        head = tokens[i + 1]
        if not head.word or head.text != head.text.lower():
            continue
        if head.text in words.group_heads:
            modifier = _camp_modifier(tokens[i], tokens, i)
            if modifier:
                name = f"{modifier} {head.text}"
                found.append(
                    Mention(name, (modifier, head.text), sentence, i, i + 1, "group", None)
                )
            continue
        if tokens[i].possessive:
            continue
        key = tokens[i].folded
        code = words.demonyms.get(key) or words.country(tokens[i].text)
        if not code or not tokens[i].cap:
            continue
        name = f"{tokens[i].text} {head.text}"
        if head.text in words.country_bodies:
            found.append(
                Mention(name, (tokens[i].text, head.text), sentence, i, i + 1, "country", code)
            )
        elif head.text in words.collective_heads:
            kind = words.collective_heads[head.text]
            found.append(
                Mention(
                    name,
                    (tokens[i].text, head.text),
                    sentence,
                    i,
                    i + 1,
                    kind,
                    possessive=head.possessive,
                )
            )
    return found
