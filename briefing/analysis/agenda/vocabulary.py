"""Words the cue patterns share: reporting verbs, and what may stand between a modal and its verb."""

from __future__ import annotations

VERB_AFTER = r"(?:(?:not|also|now|soon|then|still|likely|probably|first|again|only|finally|be|have|"
VERB_AFTER += r"need|continue|seek|try)\s+){0,2}[a-z]+"
SAY = (
    r"(?:said|says|say|stated|states|announced|announces|added|told|tells|warned|warns|promised|"
    r"promises|vowed|vows|pledged|pledges|insisted|insists|agreed|agree|agrees|confirmed|"
    r"confirms|indicated|indicates|suggested|suggests|expects|expected|believes|believed|"
    r"hopes|hoped|hoping|predicted|predicts|reported|reports|decided|threatened|threatens)"
)
