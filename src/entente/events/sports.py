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
#: words and phrases of sport; one beside a score, or two of :data:`_STRONG`, make a sports
#: report
_PHRASES = """world cup|olympic games|olympic|olympics|paralympic|paralympics|grand prix|super bowl
    |champions league|premier league|la liga|serie a|bundesliga|copa america|copa américa
    |championship|championships|tournament|semi-final|semi-finals|semifinal|semifinals
    |quarter-final|quarter-finals|quarterfinal|quarterfinals|final|finals|penalty|penalties
    |shoot-out|shootout|goalless|goal|goals|scored|striker|goalkeeper|midfielder|hat-trick
    |innings|wicket|wickets|test match|matches|match|medal|medals|gold medal|relay|marathon
    |grand slam|wimbledon|tennis|football|soccer|cricket|rugby|basketball|baseball|hockey|cup"""
_SPORT_WORDS = tuple(w.strip() for w in _PHRASES.split("|"))
#: (matched on the lower-cased sentence: a case-blind pattern is several times slower; longer
#: phrases first, and the European championship by its year)
_SPORT = re.compile(
    r"\b(?:euro 20\d\d|"
    + "|".join(re.escape(w) for w in sorted(_SPORT_WORDS, key=len, reverse=True))
    + r")\b"
)
#: the first words of every word or phrase of :data:`_SPORT` (a sentence without one of them is
#: no sports report, whatever its digits)
_FIRST_WORDS = frozenset(["euro", *(w.split()[0] for w in _SPORT_WORDS)])
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
    scored twice in the World Cup"). Votes ("passed 13-2"), dates and ranges are not scores
    of sport without such a word."""
    low = text.lower()
    if _FIRST_WORDS.isdisjoint(_NON_WORD.split(low)):
        return False  # (the common case, decided on the sentence's words)
    if _SCORE.search(text):
        return _SPORT.search(low) is not None
    # (one such word is not enough: "arrived to watch a cricket match and hold talks")
    return len(_STRONG.intersection(_SPORT.findall(low))) >= 2


#: what separates words (hyphens and apostrophes stay inside them)
_NON_WORD = re.compile(r"[^\w'’-]+")
