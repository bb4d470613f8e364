"""When an event happened: the date its own clause states, and how precise that date is
(internal to :mod:`entente.events`).

An event is dated by the date in force where its sentence starts (a caption's own date, else the
article's), to the day, unless the sentence says otherwise:

* a full date written with its year and earlier than the article ("on Feb. 10, 2012") dates every
  event of the sentence, to the day (:func:`entente.events.building._event_date`);
* a year or a month stated for the event's own clause and ended before the article's month or
  year dates that event to the ``"year"`` or the ``"month"`` (its first day is stored):
  "Fatah and Hamas have been divided since Hamas fighters routed Fatah forces in Gaza in 2007"
  (the rout: 2007), "Israel and Hamas last fought a major round in November 2012" (2012-11),
  "Tehran had cut back its support to the movement last year" (the year before the article's),
  "Riyadh cut ties with Tehran in January 2016", "killed in the 2014 war", "In 2014 Saudi
  Arabia … withdrew their ambassadors", "since 2012, when the movement … backed the uprising";
  "in March" without a year is the last March before the article's month, and "last June" the
  June of the year before when that is the only reading (an article of June or earlier in the
  year: in October, "last June" may be this year's).

What is a reference: "in"/"during"/"throughout" + a year, a month and year, "the 2006 war" (a
year before a noun of a conflict or a contest, up to two words between: "the 2014 Gaza war",
"the 2012 border war"), "the summer of 2014"; "last year", "last month"; a year before ", when"
for the events of the when-clause. Not a reference: a year after "since", "until", "by",
"from" or "of" (a bound or a modifier, not the time of the act: "met for the first time since
2011", "the anniversary of the 1979 revolution"), a year range ("2008-2009"), a possessive
("2014's offensive"), a number followed by a noun ("in 2000 troops") or any number that is not
1900–2099 written alone ("2,007 troops", "Resolution 2254"), a future or current year or month
("will visit in 2026"). A month without a year is read only when nothing in the sentence
announces a future act ("will", "next", "due", "scheduled" …) and not for an intent (CAMEO 03):
"agreed to meet in March" is a meeting still to come.

Whose reference it is (the scope rule, kept conservative: a wrong historical date is worse than
the article's): a reference after the act dates it when nothing between them opens another
clause or act — no comma, no relative or subordinating word ("who", "which", "that", "since",
"after", "when", "as" …), no "for"/"over" (the reason or the topic: "thanked Iran for standing
with Gaza during the war of 2008", "the dispute over last year's raid"), no auxiliary or subject
pronoun (a new verb group: "said it had sent troops in 2012"), no verb in "-ing" or "-ed" or
irregular participle ("built", "taken") that no determiner makes a noun ("accused Israel of
killing activists in 2010", "attacked Hamas targets built in 2012"), no infinitive, no
weekday (the act has its own day), no other coded act, and only a place's appositive between
commas ("speaks to supporters in Awamiya, eastern Saudi Arabia, in 2011"). For an act about
another act (statements, appeals, praise, investigations, demands, criticism, rejections,
threats: CAMEO 01, 02, 05 but signing 057, 09–13) the words after its verb, its pattern's
included, may only be actors, prepositions and determiners, since a date after its object noun
mostly dates that noun ("condemned the raid on the flotilla in 2010", "opened an investigation
into war crimes committed by Georgia and Russia in 2008").

A reference before the act dates it when it opens the sentence ("In 2014, Saudi Arabia, the UAE
and Bahrain withdrew …"; not across a relative or subordinate clause, a verb of saying or a
weekday), stands right after the subject ("Hamas in 2007 seized Gaza") or heads a when-clause
holding the act (up to the next comma). The nearest reference after the act wins over one before.

Named periods (session 11): "Syria and Iraq fought during the Iran-Iraq war", "Iran supplied
Hamas with rockets in the 2014 Gaza war", "At the height of the Cold War, the Soviet Union sent
missiles to Cuba". A name of the table ``data/periods.yaml`` (wars, uprisings and crises with
their first and last days, and the names news gives them) after "during", "in", "throughout",
"at the height of" or "in the midst of" is a reference, read by the same scope rules as a year.
The span it gives an event runs from the period's start to its end, or to the article's date
for a period still going on (or ending after it: "during the Syrian war" in 2016 is 2011-03-15
… the article's day). A span within one month before the article's, or within one year before
the article's, dates the event to that ``"month"`` or ``"year"`` ("during Operation Pillar of
Defense": November 2012; "the second Lebanon war": 2006), which every series can place; any
other span is a ``"period"``: ``date`` is its first day and ``Event.date_end`` its last, and a
series counts it only in a bin holding all of it (:func:`entente.analysis.dyad.precision_clause`),
so that a war of eight years is never counted in the month it began. A span within the
article's own month keeps the article's date (it says no more), a period that starts after the
article's date is not read (the words name another war there: "the war in Yemen" in 2009 is the
Saada war), nor is a name that modifies a noun ("the Gulf War syndrome", "the Syrian war's
aftermath"). Not references: a period after "since", "after", "before", "until" (a bound, not
the time of the act: "met for the first time since the Syrian war", "sheltered al Qaeda before
the 2001 invasion"); names news gives several periods are not in the table ("the Chechen war",
"the first Gulf War", "the war in Iraq"). A period's name holding a year wins over the year
("the 2012 Gaza war" is November 2012, not 2012).

Speed: :func:`sentence_dates` runs once per sentence with an event, and reads the references
only when the text holds a year, a month name or "last", or one of the words every period's name
holds ("war", "intifada", "uprising" …: :data:`PERIOD_CUES`) (substring tests, a few
microseconds); a period's name is then looked up only after an introducer, by its first word.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass
from importlib.resources import files

import yaml

from entente.events.building import _event_date
from entente.events.inflect import _IRREGULAR
from entente.events.lexicon import _DETERMINERS, _PREPOSITIONS, _SUBJECT_PRONOUNS, _WEEKDAYS
from entente.events.units import _DAYS, _Hit, _Unit
from entente.events.units import _MONTHS as _FULL_MONTHS
from entente.ingest.dates import _MONTHS
from entente.model import Article, Sentence

__all__ = ["PERIOD_CUES", "PRECISIONS", "Period", "SentenceDates", "periods", "sentence_dates"]

#: How precise an event's date is, from finest to coarsest (ACLED's ``time_precision`` and
#: UCDP's ``date_prec`` are the analogues): the day, or only the month or the year (the date
#: stored is then the period's first day), or a named period that no month or year holds
#: (the date stored is its first day, ``Event.date_end`` its last).
PRECISIONS = ("day", "month", "year", "period")

_YEAR = re.compile(r"(?:19|20)\d\d")
#: the second year of a span written short: "2013-14", "2003/04"
_SHORT_YEAR = re.compile(r"\d\d")
#: the month names a reference without a year is written with (the cheap test looks for them)
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
#: words that introduce the time of an act ("in 2007", "during 2014", "throughout 2011")
_INTRODUCERS = frozenset({"in", "during", "throughout"})
#: words between "in" and a year or month: "in early 2014", "in late March 2011"
_PHASES = frozenset({"early", "late", "mid"})
#: seasons of a year: "in the summer of 2014" (winter straddles two years)
_SEASONS = frozenset({"spring", "summer", "autumn"})
#: nouns of a conflict or contest named by its year (up to two words between): "in the 2006
#: war", "killed in the 2014 Gaza war", "freed in the 2011 exchange for Gilad Shalit"
_PERIOD_NOUNS = frozenset(
    "war wars conflict offensive invasion uprising revolution revolt coup intifada crisis "
    "election elections fighting clashes campaign exchange operation siege raid protests "
    "referendum".split()
)
#: words after "last" that never make it a reference: "since last year" is a bound
_BOUNDS = frozenset("since until till by from than of before after over through throughout".split())
#: nouns after "in" + a number that make it a quantity ("sent in 2000 troops"), with any
#: plural in "-s" but these words ending in "s"
_COUNTED = frozenset("people men women children police personnel staff".split())
_NOT_PLURALS = frozenset("was has is as its this thus his always perhaps across unless".split())
#: words of a place's appositive besides its names ("in Awamiya, eastern Saudi Arabia, in 2011")
_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeastern "
    "northwestern southeastern southwestern".split()
)
#: words that announce an act to come: a month without a year is then not read
_FUTURE_CUES = frozenset(
    "will 'll shall would next due scheduled expected upcoming plans planned planning set".split()
)
#: words between an act and a reference after it that open another clause or name the reason
#: or topic of the act
_GAP_BREAKS = frozenset(
    ', ; : ( ) " -- — – who whom whose which that when where while whereas since after before '
    "until till because as although though if unless whether once following amid despite for "
    "over than but said says say told according ago".split()
)
#: auxiliaries and modals: a new verb group ("said it had sent troops in 2012")
_VERB_GROUP = frozenset(
    "has have had is are was were will would did does do could should may might can shall "
    "been be being".split()
)
#: words of the day of the act: "met on Monday for the first time since 2011"
_DAY_WORDS = _WEEKDAYS | _DAYS
#: words between a reference and the act after it that open another clause (a sentence-initial
#: reference governs the main clause, commas and "and" included)
_FRONT_BREAKS = frozenset(
    '; : " who whom whose which that when where while whereas since after before until till '
    "because although though if unless whether but said says told according".split()
)
#: adverbs that may stand between a subject's reference and its verb ("Hamas in 2007 also …")
_ADVERBS = frozenset("also then again first finally later already formally officially".split())
#: "-ing" and "-ed" words that are no verbs
_NOT_VERBS = frozenset(
    "during according including regarding concerning red bed hundred indeed morning evening "
    "spring wing".split()
)
#: irregular past forms and participles, verbs as the "-ed" words are ("Israel attacked Hamas
#: targets built in 2012": the building's year); those that are also common nouns are left out
_IRREGULAR_FORMS = frozenset(f for past, done in _IRREGULAR.values() for f in (past, done)) - set(
    "ground wound rose felt bore spoke fell broadcast forecast offset bound read upset shed cast "
    "bid run set split spread lit sat".split()
)
_MAX_GAP = 12
_MAX_FRONT_GAP = 30


@dataclass(frozen=True, slots=True)
class _Reference:
    """A date stated in the sentence: units ``first`` … ``last`` (inclusive)."""

    date: dt.date
    precision: str
    first: int
    last: int
    kind: str = "time"  # "time" (in 2007), "fronted" (In 2007, …) or "when" (2007, when …)
    yearless: bool = False  # "in March", "last June": read from the article's date
    end: dt.date | None = None  # the last day of a "period" ("during the Syrian war")


@dataclass(frozen=True, slots=True)
class SentenceDates:
    """The dates a sentence gives its events.

    base (date | None): the full date stated in the sentence, else the date in force where it
        starts (None for an undated article).
    stated (bool): ``base`` is a full date stated in the sentence: it dates every event.
    """

    base: dt.date | None
    stated: bool = False
    refs: tuple[_Reference, ...] = ()
    units: tuple[_Unit, ...] = ()
    caps: tuple[bool, ...] = ()  # per unit: written with a capital (a name)
    hits: tuple[_Hit, ...] = ()
    future: bool = False  # a word announcing an act to come

    def of(self, hit: _Hit, cameo: str) -> tuple[dt.date | None, str, dt.date | None]:
        """RETURNS (tuple[date | None, str, date | None]): the date of the events of ``hit``
        coded ``cameo``, its precision (one of :data:`PRECISIONS`) and, for a ``"period"``, its
        last day."""
        if self.stated or not self.refs:
            return self.base, "day", None
        comment = _comment(cameo)
        intent = cameo[:2] == "03"
        usable = [r for r in self.refs if not (r.yearless and (intent or self.future))]
        # the nearest reference after the act, in its clause
        after = [r for r in usable if r.kind != "when" and r.first > hit.first]
        for ref in sorted(after, key=lambda r: r.first):
            if self._follows(hit, ref, comment):
                return ref.date, ref.precision, ref.end
        before = sorted((r for r in usable if r.last < hit.first), key=lambda r: -r.last)
        for ref in before:
            if self._precedes(hit, ref):
                return ref.date, ref.precision, ref.end
        return self.base, "day", None

    def _follows(self, hit: _Hit, ref: _Reference, comment: bool) -> bool:
        """True when ``ref``, after the act, belongs to its clause."""
        verb = hit.verb if hit.verb is not None else hit.first
        # the words of a comment's pattern after its verb are read too: "opened an
        # investigation into alleged war crimes committed by Georgia and Russia in 2008"
        anchor = hit.last if ref.first > hit.last and not comment else verb
        lo, hi = anchor + 1, ref.first
        if hi - lo > _MAX_GAP or self._other_act(hit, lo, hi):
            return False
        units, caps = self.units, self.caps
        places = self._appositives(lo, hi)
        for k in range(lo, hi):
            unit = units[k]
            if unit.mention is not None or k in places:
                continue
            word = unit.norm
            if (
                word in _GAP_BREAKS
                or word in _VERB_GROUP
                or word in _SUBJECT_PRONOUNS
                or word in _DAY_WORDS
            ):
                return False
            after = units[k + 1] if k + 1 < hi else None
            named = after is not None and (after.mention is not None or caps[k + 1])
            if word in ("and", "or", "nor") and not named:
                return False  # "met A and praised B in 2010": the date is the second verb's
            if word == "to" and not (named or (after is not None and after.norm in _DETERMINERS)):
                return False  # an infinitive: "agreed to hold talks in …"
            if (
                (word.endswith(("ing", "ed")) or word in _IRREGULAR_FORMS)
                and not caps[k]
                and word not in _NOT_VERBS
                and not (k > lo and units[k - 1].norm in _DETERMINERS)
            ):
                return False  # "accused Israel of killing activists in 2010"
            if comment and not caps[k] and word not in _PREPOSITIONS and word not in _DETERMINERS:
                return False  # "condemned the raid on the flotilla in 2010": the raid's date
        return True

    def _appositives(self, lo: int, hi: int) -> set[int]:
        """The commas of units ``lo`` … ``hi`` around the appositive of a place ("speaks to
        supporters in Awamiya, eastern Saudi Arabia, in 2011"): they open no clause."""
        units, caps = self.units, self.caps

        def name(j: int) -> bool:
            return units[j].mention is not None or caps[j]

        commas = [k for k in range(lo, hi) if units[k].norm == "," and units[k].mention is None]
        found: set[int] = set()
        for a, b in itertools.pairwise(commas):
            j = a - 1
            while j >= lo and name(j):
                j -= 1
            if j == a - 1 or j < lo or units[j].norm not in ("in", "at", "near"):
                continue  # not after a place: "in Awamiya"
            if b > a + 1 and all(name(i) or units[i].norm in _DIRECTIONS for i in range(a + 1, b)):
                found |= {a, b}
        return found

    def _precedes(self, hit: _Hit, ref: _Reference) -> bool:
        """True when ``ref``, before the act, governs it."""
        units = self.units
        lo, hi = ref.last + 1, hit.first
        if self._other_ref(lo, hi):
            return False
        words = [u.norm for u in units[lo:hi] if u.mention is None]
        if ref.kind == "when":
            # "since 2012, when the movement abandoned its headquarters … and backed …" (words[0]
            # is "when"): the clause ends at a comma
            return not any(w in _FRONT_BREAKS or w in (",", "--") for w in words[1:])
        if ref.kind == "fronted":
            return hi - lo <= _MAX_FRONT_GAP and not any(
                w in _FRONT_BREAKS or w in _DAY_WORDS for w in words
            )
        # "Hamas in 2007 seized Gaza": right after the subject, before its verb; not a
        # reference that dates an earlier act of its own ("Militants who fought Israel in 2014
        # attacked Egyptian troops on Monday": the fighting's year, not the attack's)
        return (
            ref.first > 0
            and units[ref.first - 1].mention is not None
            and all(w in _ADVERBS or w.endswith("ly") for w in words)
            and not any(
                h is not hit
                and h.first < ref.first
                and self._follows(h, ref, _comment(h.pattern.cameo))
                for h in self.hits
            )
        )

    def _other_act(self, hit: _Hit, lo: int, hi: int) -> bool:
        """True when another coded act starts between units ``lo`` and ``hi``."""
        return any(h is not hit and lo <= h.first < hi for h in self.hits)

    def _other_ref(self, lo: int, hi: int) -> bool:
        return any(lo <= r.first < hi for r in self.refs)


#: the CAMEO roots of acts whose object is often another act (statements, appeals, praise,
#: investigations, demands, disapproval, rejection, threats): a date after the object mostly
#: dates that act ("condemned the raid on the flotilla in 2010"); signing an agreement (057)
#: is not of them
_COMMENT_ROOTS = frozenset(["01", "02", "05", "09", "10", "11", "12", "13"])


def _comment(cameo: str) -> bool:
    """True for an act about another act (see :data:`_COMMENT_ROOTS`)."""
    return cameo[:2] in _COMMENT_ROOTS and cameo != "057"


def sentence_dates(
    article: Article, sent: Sentence, units: list[_Unit], hits: list[_Hit]
) -> SentenceDates:
    """RETURNS (SentenceDates): the dates ``sent`` gives its events (see the module docstring).
    units, hits: the sentence's coding units and the coder's hits."""
    full = _event_date(article, sent)
    if full is not None:
        return SentenceDates(full, stated=True)
    reference = article.date_at(sent.start)
    text = article.text[sent.start : sent.end]
    if reference is None:
        return SentenceDates(reference)
    cued, named = _cued(text), _period_cued(text)
    if not cued and not named:
        return SentenceDates(reference)
    caps = tuple(article.text[u.start : u.start + 1].isupper() for u in units)
    refs = _references(units, caps, reference) if cued else []
    if named and (spans := _period_references(text, sent.start, units, reference)):
        # a named period holds the year it is written with: "in the 2012 Gaza war" is
        # November 2012, not the year
        refs = [r for r in refs if not any(r.first <= s.last and s.first <= r.last for s in spans)]
        refs = sorted(refs + spans, key=lambda r: r.first)
    if not refs:
        return SentenceDates(reference)
    future = any(u.norm in _FUTURE_CUES for u in units)
    return SentenceDates(reference, False, tuple(refs), tuple(units), caps, tuple(hits), future)


def _cued(text: str) -> bool:
    """The cheap test: a year, "last" or a month name in the text. Substring tests run in C and
    cost a few hundred nanoseconds; one regular expression alternating the month names costs
    ten times as much on every sentence with an event."""
    if (
        (("19" in text or "20" in text) and _YEAR.search(text))
        or "last " in text
        or "Last " in text
    ):
        return True
    return any(name in text for name in _MONTH_NAMES)


def _references(units: list[_Unit], caps: tuple[bool, ...], reference: dt.date) -> list[_Reference]:
    """The date references of a sentence ended before ``reference`` (its date in force)."""
    return _Reader([u.norm if u.mention is None else "@" for u in units], caps).read(reference)


class _Reader:
    """Reads the date references of a sentence's words (``@`` for an actor mention)."""

    def __init__(self, norms: list[str], caps: tuple[bool, ...]) -> None:
        self.norms, self.caps, self.n = norms, caps, len(norms)

    def word(self, k: int) -> str:
        return self.norms[k] if 0 <= k < self.n else ""

    def month_at(self, k: int) -> int | None:
        """The month written at unit ``k`` ("March", "Jan."), else None."""
        word = self.word(k)
        if word not in _MONTHS or not self.caps[k]:
            return None
        if word not in _FULL_MONTHS and self.word(k + 1) != ".":
            return None
        return _MONTHS[word]

    def opened(self, k: int) -> int | None:
        """The first unit of the reference whose year or month is unit ``k``: "in", "in early",
        "in the summer of" before it; None without such words."""
        word = self.word
        j = k - 1
        if word(j) in _PHASES:
            j -= 1
        if word(j) in _INTRODUCERS:
            return j
        if word(j) == "of" and word(j - 1) in _SEASONS and word(j - 2) == "the":
            return j - 3 if word(j - 3) in _INTRODUCERS else None
        return None

    def kind(self, first: int) -> str:
        """ "fronted" for a reference that opens the sentence, else "time"."""
        return "fronted" if all(w in ('"', "'") for w in self.norms[:first]) else "time"

    def read(self, reference: dt.date) -> list[_Reference]:
        found: list[_Reference] = []
        word = self.word
        for k, w in enumerate(self.norms):
            if w == "last":
                ref = self._last(k, reference)
            elif (year := _year(w)) is not None:
                ref = self._year(k, year)
                if word(k + 1) == "," and word(k + 2) == "when" and not self._range(k):
                    # "since 2012, when the movement abandoned …": the when-clause's own year
                    when = _Reference(dt.date(year, 1, 1), "year", k, k + 1, "when")
                    if _earlier(when.date, "year", reference):
                        found.append(when)
            elif w in _MONTHS:
                ref = self._month(k, reference)
            else:
                continue
            if ref is not None and _earlier(ref.date, ref.precision, reference):
                found.append(ref)
        return found

    def _last(self, k: int, reference: dt.date) -> _Reference | None:
        """ "last year", "early last month", "last June"."""
        word = self.word
        if word(k - 1) in _BOUNDS or word(k - 1) in _DETERMINERS:
            return None  # "since last year", "in the last year", "in his last year in office"
        first = k - 1 if word(k - 1) in _PHASES else k
        if word(k + 1) in ("year", "month") and word(k + 2) != "'s":
            if word(k + 1) == "year":
                date = dt.date(reference.year - 1, 1, 1)
                return _Reference(date, "year", first, k + 1, self.kind(first))
            before = reference.year * 12 + reference.month - 2
            date = dt.date(before // 12, before % 12 + 1, 1)
            return _Reference(date, "month", first, k + 1, self.kind(first))
        month = self.month_at(k + 1)
        if month is None or _year(word(k + 2)) is not None or month < reference.month:
            # "last March" in a June article: this March or the one before
            return None
        date = dt.date(reference.year - 1, month, 1)
        return _Reference(date, "month", first, k + 1, self.kind(first), yearless=True)

    def _month(self, k: int, reference: dt.date) -> _Reference | None:
        """ "in March" without a year: the last March before the article's month."""
        month = self.month_at(k) if self.norms[k] in _FULL_MONTHS else None
        after = self.word(k + 1)
        if month is None or _year(after) is not None or after.isdigit():
            return None  # "in March 2011" is read at its year; "on March 5" is a day
        first = self.opened(k)
        if first is None or month == reference.month:
            return None  # "in June" in June: this month, the article's own
        year = reference.year if month < reference.month else reference.year - 1
        date = dt.date(year, month, 1)
        return _Reference(date, "month", first, k, self.kind(first), yearless=True)

    def _range(self, k: int) -> bool:
        """True for a year in a range or a list: "2008-2009", "2008 and 2009", "2008 to 2011",
        "in 2008, 2009 and 2012" (several acts, not one)."""
        word = self.word
        if word(k + 1) in ("-", "–", "/") and _SHORT_YEAR.fullmatch(word(k + 2)):
            return True  # "in 2013-14", "the 2003/04 season": two years
        joined = {word(k - 1), word(k + 1)} & {"-", "–", "/", "and", "or", "to", ","}
        return bool(joined) and (_year(word(k - 2)) is not None or _year(word(k + 2)) is not None)

    def _year(self, k: int, year: int) -> _Reference | None:
        """The reference whose year is unit ``k``, else None."""
        norms, caps, word = self.norms, self.caps, self.word
        after = word(k + 1)
        if after == "'s" or self._range(k):
            return None  # "2014's offensive"; "the war of 2008-2009"
        # "in March 2011", "in early March 2011", "in Jan. 2011"
        m = k - 2 if word(k - 1) == "." else k - 1
        if m >= 0 and (month := self.month_at(m)) is not None:
            first = self.opened(m)
            if first is None:
                return None  # "since June 2017"
            return _Reference(dt.date(year, month, 1), "month", first, k, self.kind(first))
        if norms[k].startswith("mid-"):
            first = k - 1 if word(k - 1) in _INTRODUCERS else None
        else:
            first = self.opened(k)
        if first is not None:
            if _counts(after, k + 1 < self.n and caps[k + 1]):
                return None  # "sent in 2000 troops": a number of troops
            return _Reference(dt.date(year, 1, 1), "year", first, k, self.kind(first))
        if word(k - 1) == "the" and word(k - 2) in _INTRODUCERS:
            # "in the 2006 war", "during the 2014 Gaza war", "in the 2012 border war"
            j = k + 1
            while j < self.n and j - k <= 2 and norms[j] not in _PERIOD_NOUNS:
                if norms[j] != "@" and not norms[j].isalpha():
                    return None
                j += 1
            if word(j) in _PERIOD_NOUNS:
                return _Reference(dt.date(year, 1, 1), "year", k - 2, j, self.kind(k - 2))
        return None


def _counts(word: str, capital: bool) -> bool:
    """True for a word after "in" + a number that makes the number a quantity: a plural noun
    ("sent in 2000 troops") rather than a verb ("Hamas in 2007 seized Gaza")."""
    if capital or not word.isalpha():
        return False
    return word in _COUNTED or (word.endswith("s") and word not in _NOT_PLURALS)


def _year(word: str) -> int | None:
    """The year a token writes (1900–2099), else None ("2,007" and "2000s" are no years)."""
    if len(word) == 4 and _YEAR.fullmatch(word):
        return int(word)
    if word.startswith("mid-") and _YEAR.fullmatch(word[4:]):
        return int(word[4:])
    return None


def _earlier(date: dt.date, precision: str, reference: dt.date) -> bool:
    """True when the period starting on ``date`` ended before the month or year of
    ``reference``: a reference to the article's own year or month says nothing new."""
    if precision == "year":
        return date.year < reference.year
    return (date.year, date.month) < (reference.year, reference.month)


# -- named periods ---------------------------------------------------------------------------
#: words that introduce the time of an act before a named period ("during the Syrian war", "in
#: the 2014 Gaza war", "at the height of the Cold War"); not "since", "before", "after" (bounds)
_PERIOD_INTRODUCERS = re.compile(
    # (the longer forms first: "in" alone would take "in the midst of" and find no name)
    r"(?<![\w-])(?:[Ii]n the midst of|[Aa]t the height of|[Dd]uring|[Ii]n|[Tt]hroughout)\s+"
)
#: the cheap test for a named period: every name holds one of these (a test checks it)
PERIOD_CUES = (
    "war",
    "War",
    "onflict",
    "ntifada",
    "Spring",
    "prising",
    "volution",
    "vasion",
    "ccupation",
    "risis",
    "Operation",
    "enocide",
    "iege",
    "Aggression",
    "WWII",
    "ntervention",
    "ampaign",
    "ombing",
    "ffensive",
    "evolts",
    "rotests",
)
#: words after a period's name that make it a modifier of another noun, whose time it does not
#: give: "investigators of the Syrian war crimes", "the Gulf War syndrome", "the Iran-Iraq war's
#: aftermath"
_PERIOD_MODIFIED = frozenset(
    "'s ' crimes criminal criminals veteran veterans syndrome refugees memorial museum "
    "anniversary anniversaries aftermath legacy".split()
)


@dataclass(frozen=True, slots=True)
class Period:
    """A named period of the table (``data/periods.yaml``): ``end`` None while it goes on."""

    id: str
    start: dt.date
    end: dt.date | None
    names: tuple[str, ...]


def _expand(name: str) -> list[str]:
    """The written forms of a name of the table: "(a|b)" alternatives, "(x)?" optional."""
    found = re.search(r"\(([^()]*)\)(\?)?", name)
    if found is None:
        return [" ".join(name.split())]
    options = found.group(1).split("|") + ([""] if found.group(2) else [])
    head, tail = name[: found.start()], name[found.end() :]
    return [form for option in options for form in _expand(head + option + tail)]


def _word_pattern(word: str) -> str:
    """A word of a name as a regular expression: a lower-case word may be capitalised
    ("the Second Intifada"), a hyphen may be an en dash."""
    out = []
    for i, char in enumerate(word):
        if i == 0 and char.islower():
            out.append(f"[{char}{char.upper()}]")
        elif char == "-":
            out.append("[-–]")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _name_key(word: str) -> str:
    """The lookup key of the first word of a name (after "the") or of a text's word."""
    return word.lower().replace("–", "-").replace("’", "'")


@functools.cache
def periods() -> tuple[Period, ...]:
    """RETURNS (tuple[Period, ...]): the named periods of ``data/periods.yaml``."""
    raw = yaml.safe_load((files("entente") / "data" / "periods.yaml").read_text("utf-8"))
    return tuple(
        Period(str(p["id"]), p["start"], p.get("end"), tuple(str(n) for n in p["names"]))
        for p in raw["periods"]
    )


@functools.cache
def _period_patterns() -> dict[str, tuple[re.Pattern[str], tuple[Period, ...]]]:
    """Per first word of a name (after "the"): one expression matching its names at a position,
    longest first, each in a group whose number picks its period."""
    forms: dict[str, list[tuple[str, Period]]] = {}
    for period in periods():
        for name in period.names:
            for form in _expand(name):
                words = form.split()
                optional_the = words[0] == "the"
                body = words[1:] if optional_the else words
                forms.setdefault(_name_key(body[0]), []).append((form, period))
    out: dict[str, tuple[re.Pattern[str], tuple[Period, ...]]] = {}
    for key, entries in forms.items():
        entries.sort(key=lambda e: -len(e[0]))
        parts = []
        for form, _ in entries:
            words = form.split()
            the = "(?:[Tt]he\\s+)?" if words[0] == "the" else ""
            body = words[1:] if the else words
            parts.append("(" + the + r"\s+".join(_word_pattern(w) for w in body) + r")(?![\w-])")
        out[key] = (re.compile("|".join(parts)), tuple(p for _, p in entries))
    return out


def _period_cued(text: str) -> bool:
    """The cheap test for a named period: one of :data:`PERIOD_CUES` in the text."""
    return any(cue in text for cue in PERIOD_CUES)


def _span(period: Period, reference: dt.date) -> tuple[dt.date, str, dt.date | None] | None:
    """The date, precision and end an event during ``period`` gets in a text of the date
    ``reference``: the month or the year when the period (up to ``reference`` if it goes on)
    lies within one month or year before the text's, else the span itself (``"period"``, its
    start and end). None for a period not begun at ``reference`` (the words name another war
    there) or lying within the text's own month (the text's date says as much)."""
    start = period.start
    if start >= reference:
        return None
    end = period.end if period.end is not None and period.end < reference else reference
    if (start.year, start.month) == (end.year, end.month):
        first = dt.date(start.year, start.month, 1)
        return (first, "month", None) if _earlier(first, "month", reference) else None
    if start.year == end.year and start.year < reference.year:
        return dt.date(start.year, 1, 1), "year", None
    return start, "period", end


def _period_references(
    text: str, offset: int, units: list[_Unit], reference: dt.date
) -> list[_Reference]:
    """The named periods a sentence (``text``, starting at character ``offset`` of its article)
    states with an introducer: "during the Syrian war", "in the 2014 Gaza war", "at the height
    of the Cold War"."""
    patterns = _period_patterns()
    starts = [u.start - offset for u in units]
    found: list[_Reference] = []
    for intro in _PERIOD_INTRODUCERS.finditer(text):
        at = intro.end()
        words = text[at:].split(None, 2)
        if not words:
            continue
        first = words[1] if _name_key(words[0]) == "the" and len(words) > 1 else words[0]
        key = _name_key(first)
        entry = patterns.get(key) or patterns.get(key.rstrip(",.;:)\"'"))
        if entry is None:
            continue
        pattern, owners = entry
        match = pattern.match(text, at)
        if match is None or match.lastindex is None:
            continue
        k = bisect.bisect_left(starts, intro.start())
        last = bisect.bisect_left(starts, match.end()) - 1
        if k >= len(units) or starts[k] != intro.start() or units[k].mention is not None:
            continue  # the introducer is no word of its own
        after = units[last + 1].norm if last + 1 < len(units) else ""
        if after in _PERIOD_MODIFIED or after in ("on", "against"):
            # "the Gulf War syndrome", "the Syrian war's aftermath"; "Yemen's war on al Qaeda"
            # is another war than the table's
            continue
        if after in ("of", "in") and last + 2 < len(units) and _year(units[last + 2].norm):
            continue  # "the Gaza war of 2014", "the war in Gaza in 2014": not the war of 2023
        span = _span(owners[match.lastindex - 1], reference)
        if span is None:
            continue
        date, precision, end = span
        kind = "fronted" if all(u.norm in ('"', "'") for u in units[:k]) else "time"
        found.append(_Reference(date, precision, k, last, kind, end=end))
    return found
