"""Sports reports told apart from politics (internal to :mod:`entente.events`).

"Brazil beat Italy 3-2 on penalties" names two states and a verb of attack: without a filter it
is an assault. Event coders have long discarded sports stories (PETRARCH's discard lists, the
GDELT experience); this filter does it for a sentence without any dictionary: a match score
next to a word of sport, or two words that only sport uses.
"""

from __future__ import annotations

import re

__all__ = ["is_sports"]

#: a match score: "3-2", "2–0", "1:0" (not a year range: two digits at most on each side)
_SCORE = re.compile(r"(?<![\d.,])\d{1,2}\s?[-–:]\s?\d{1,2}(?![\d.,%])")
#: words and phrases of sport (longer phrases first); one beside a score, or two of
#: :data:`_STRONG`, make a sports report
_SPORT = re.compile(
    r"\b(?:world cup|euro 20\d\d|olympic games|olympics?|paralympics?|grand prix|super bowl"
    r"|champions league|premier league|la liga|serie a|bundesliga|copa am[eé]rica"
    r"|championships?|tournament|semi-?finals?|quarter-?finals?|finals?|penalt(?:y|ies)"
    r"|shoot-?out|goalless|goals?|scored|striker|goalkeeper|midfielder|hat-trick|innings"
    r"|wickets?|test match|matches|match|medals?|gold medal|relay|marathon|grand slam"
    r"|wimbledon|tennis|football|soccer|cricket|rugby|basketball|baseball|hockey|cup)\b",
    re.IGNORECASE,
)
#: words of sport that are not also words of politics ("final" and "match" are: a final peace
#: deal, a match for the army); two of them make a sports report without a score
_STRONG = frozenset(
    {
        "world cup",
        "olympics",
        "olympic",
        "olympic games",
        "paralympics",
        "paralympic",
        "grand prix",
        "super bowl",
        "champions league",
        "premier league",
        "la liga",
        "serie a",
        "bundesliga",
        "penalties",
        "shoot-out",
        "shootout",
        "goalless",
        "striker",
        "goalkeeper",
        "midfielder",
        "hat-trick",
        "innings",
        "wicket",
        "wickets",
        "test match",
        "wimbledon",
        "tennis",
        "football",
        "soccer",
        "cricket",
        "rugby",
        "basketball",
        "baseball",
        "hockey",
        "semi-final",
        "semi-finals",
        "semifinal",
        "semifinals",
        "quarter-final",
        "quarter-finals",
        "quarterfinal",
        "quarterfinals",
        "gold medal",
        "medal",
        "medals",
        "grand slam",
        "marathon",
    }
)


def is_sports(text: str) -> bool:
    """True when a sentence reports sport: a match score beside a word of sport ("beat Italy
    3-2 on penalties", "won 2-0 in the final"), or two words that only sport uses ("the striker
    scored twice in the World Cup"). Votes ("passed 13-2"), dates and
    ranges are not scores of sport without such a word."""
    words = [m.group(0).lower() for m in _SPORT.finditer(text)]
    if not words:
        return False
    if _SCORE.search(text):
        return True
    # (one such word is not enough: "arrived to watch a cricket match and hold talks")
    return len(_STRONG.intersection(words)) >= 2
