"""Turn phrase matches into actor mentions, in context.

Per sentence: dictionary matches are grouped into noun phrases ("Iranian military officials",
"Iran's foreign minister", "Hamas leader Ismail Haniyeh") and each phrase becomes one actor:
a named person (code by the article's date) wins over a group, a group over a country, and a
country combines with the highest-priority role noun. Across sentences, pronouns ("he", "they",
"its") and definite descriptions ("the movement", "the country", "the regime") take the last
compatible actor ("she" a person who can be a "she": :mod:`entente.actors.gender`); an
unknown person introduced with an appositive ("Yousef Ali, a Hamas official,") keeps that actor
when named again by surname.

Speed: a sentence is read as the parallel lists of
:func:`~entente.text.tokenize.split_words` (words, normal forms, offsets), with no
:class:`~entente.text.tokenize.Token` per token. What a phrase's matches name whatever the
sentence around them (its actor, the role noun that decides it, whether it is only role nouns)
is compiled when the resolver is built for every one-match phrase whose actor no date changes
(:meth:`ActorResolver._compile_phrases`, keyed by the identity of the sense tuples the matcher
hands out, with whether they name homonymous places); other phrases are memoised on first sight
(:meth:`ActorResolver._phrase`), a dated one once per period between the dates of its roles
(:func:`_period`) rather than once per date, and so is what a title makes of a person. Each
sentence's normal forms, their set and the matcher's haystack are made once and passed to the
helpers; the helpers return early when a sentence has nothing for them (no one-word capital, no
referring word, no role noun, no word that marks a weak antecedent; the drop rules share one set
test, :func:`_group` flags a state's adjective after "and"/"," for
:meth:`ActorResolver._share_role_nouns`, and a person's gender is looked up only when "she" or
"he" needs it). The passes that only some matches concern (:func:`_drop_first_names`,
:meth:`ActorResolver._choose_homonyms`, :func:`_attach_places`) run when a match's sense tuple
has the trait compiled for them at load (:func:`_traits`); "the opposition" takes a country only
in a sentence with such a role noun; plural marks are looked up for the mentions' starts only
(:func:`_marks_of`); a plain one-match phrase (a state's or group's name or adjective) becomes
its mention in the phrase loop itself. The rules of an owner ("its", "whose"), of a title before
a surname and of a former office-holder are asked only when their word stands before the phrase
or in the sentence (session 10); a sentence takes the date of its own segment without a search;
the tokenizer's caches are emptied at each article (:func:`~entente.text.tokenize.clear_caches`:
the sentences of the article before are freed while still in the processor's caches). Hot
loops avoid generator expressions (costly on Python 3.11), and mentions are built by
:func:`_mention_maker`. Every memo filled while reading lives in the resolver and is emptied by
:meth:`ActorResolver.clear_memo` (the benchmark starts cold); what is compiled at load is never
changed by reading.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields
from itertools import compress, filterfalse, pairwise
from operator import attrgetter, itemgetter
from typing import NamedTuple

from entente.actors.gender import gender
from entente.actors.kb import Entry, KnowledgeBase, Sense, normalize_phrase
from entente.actors.matcher import Match, PhraseMatcher
from entente.actors.petrarch import (
    GappedMatcher,
    is_modifier,
    mix_agent_codes,
    petrarch_agents,
)
from entente.model import Actor, Article, Mention
from entente.text.tokenize import Token, Words, clear_caches, split_words

__all__ = ["ActorResolver"]

_START = attrgetter("start")
_SENSES = itemgetter(2)  # Match.senses

# Words that may stand inside an actor phrase between dictionary matches.
_GLUE = frozenset(
    [
        "'s",
        "'",
        "senior",
        "top",
        "chief",
        "deputy",
        "acting",
        "former",
        "new",
        "then",
        "high-ranking",
        "high-level",
        "leading",
        "prominent",
        "exiled",
        "veteran",
        "hardline",
        "moderate",
        "powerful",
        "influential",
        "outgoing",
        "incoming",
        "interim",
        "caretaker",
        "visiting",
        "retired",
        "ousted",
        "late",
        "peacekeeping",  # "Russian peacekeeping forces"
        # the field of a role noun: "Chinese medical experts", "Iranian nuclear negotiators"
        "medical",
        "nuclear",
        "trade",
        "economic",
        "financial",
        "humanitarian",
        "relief",
        "rescue",
        "aid",
        "health",
        "peace",
        "election",
        "electoral",
        "border",
        "customs",
        "defence",
        "defense",
        "energy",
        "oil",
        "security",
        "naval",
        "religious",
        "ruling",
        "diplomatic",
        "allied",  # "U.S.-led allied warplanes"
    ]
)
#: glue words that are a verb after a role noun: "the army ousted President Mursi" is two
#: actors ("the ousted president" stays one)
_VERB_GLUE = (["ousted"], ["exiled"])
_DETERMINERS = frozenset(
    ["the", "a", "an", "two", "three", "several", "some", "many", "dozens", "of", "hundreds"]
)
# Possessive determiners (its, his, their) are not mentions: "reduced its support for Hamas".
_PERSON_PRONOUNS = {"he": "person", "him": "person", "she": "person", "her": "person"}
#: the gender a personal pronoun or possessive asks of its person (:meth:`_Context.person_for`)
_PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_THEY = frozenset({"they", "them"})
_IT = frozenset({"it"})
_GROUP_NOUNS = frozenset(
    [
        "group",
        "movement",
        "organization",
        "organisation",
        "militia",
        "faction",
        "party",
        "militants",
    ]
)
_STATE_NOUNS = frozenset(["country", "kingdom", "republic", "state", "emirate"])
#: words that may stand between "the" and a state noun: "the Gulf state", "the Himalayan
#: kingdom", "the oil-rich emirate", "the tiny Gulf state" (at most two of them)
_STATE_EPITHETS = frozenset(
    """gulf arab balkan baltic caribbean himalayan african asian european latin american
    central nordic scandinavian mediterranean andean pacific island landlocked tiny small
    oil-rich impoverished war-torn neighbouring neighboring reclusive communist
    nuclear-armed""".split()
)
#: reporting verbs of "Iraq said it would …": "it" is the one who said it
_SAYING = frozenset(
    """said says say announced announces stated states added adds insisted insists
    declared declares warned warns confirmed confirms""".split()
)
_AFTER_OBJECT = frozenset(
    [
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "to",
        "with",
        "from",
        "by",
        "during",
        "after",
        "before",
        "as",
    ]
)
_REFERRING = frozenset(_PERSON_PRONOUNS) | _THEY | _IT | _GROUP_NOUNS | _STATE_NOUNS
_REGIME_NOUNS = {
    "regime": "GOV",
    "government": "GOV",
    "administration": "GOV",
    "army": "MIL",
    "military": "MIL",
}


class _PhraseActor(NamedTuple):
    """What a phrase's matches name, whatever the sentence around them."""

    actor: Actor | None  # None: a bare role noun (or nothing)
    via: str
    mixed: bool  # PETRARCH agents combined into the code
    agent: Sense | None  # the highest-priority role noun (:func:`_best_agent_sense`)


@dataclass(slots=True)
class _Phrase:
    """What the resolver knows of a phrase from its matches' senses alone (memoised: see
    :meth:`ActorResolver._phrase`)."""

    senses: tuple[tuple[Sense, ...], ...]  # kept alive so that their identities stay theirs
    split: int  # where the possessed part starts (:func:`_possessed_start`)
    role_only: bool  # only role nouns (:func:`_is_role_only`)
    city: bool  # role nouns + a city or region (:meth:`ActorResolver._city_phrase`)
    by_date: dict[dt.date | None, _PhraseActor] | None  # None: the same on every date
    actor: _PhraseActor | None = None  # (when the date does not matter)
    #: a person's actor after :meth:`ActorResolver._titled_person`, by (period, former)
    titled: dict[tuple[int, bool], Actor] | None = None
    #: the start and end dates of the roles of its entries, in order (:func:`_period`)
    dates: tuple[dt.date, ...] = ()
    #: what it names in each period between those dates (``by_date`` is filled from it)
    by_period: dict[int, _PhraseActor] | None = None
    #: a one-match phrase compiled at load whose mention only "ordinary" before it can change
    #: (the shortcut of :meth:`ActorResolver.resolve_sentence`)
    plain: Actor | None = None


def _mention_maker() -> Callable[[int, int, int, Actor, str], Mention]:
    """RETURNS: a :class:`Mention` constructor a third faster than the frozen dataclass's own
    ``__init__`` (which sets every field through ``object.__setattr__``): it sets the slots
    directly. The dataclass's constructor is used when ``Mention`` is no longer the plain
    frozen, slotted record of five fields that this relies on (checked once, here)."""
    names = ("start", "end", "sentence", "actor", "via")
    if (
        tuple(f.name for f in fields(Mention)) != names
        or hasattr(Mention, "__post_init__")
        or not all(type(getattr(Mention, name)).__name__ == "member_descriptor" for name in names)
    ):
        return Mention
    set_start, set_end, set_sentence, set_actor, set_via = (
        getattr(Mention, name).__set__ for name in names
    )
    new = object.__new__

    def make(start: int, end: int, sentence: int, actor: Actor, via: str) -> Mention:
        mention = new(Mention)
        set_start(mention, start)
        set_end(mention, end)
        set_sentence(mention, sentence)
        set_actor(mention, actor)
        set_via(mention, via)
        return mention

    return make


_new_mention = _mention_maker()


#: memoised phrases kept before the memo is cleared (bounds memory in long runs)
_MEMO_SIZE = 1 << 16


def _role_dates(senses: tuple[tuple[Sense, ...], ...]) -> tuple[dt.date, ...]:
    """The start and end dates of the roles of the entries these matches name, in order: what a
    dated phrase names (:meth:`ActorResolver._phrase_actor_now`, :meth:`ActorResolver.
    _titled_person`) depends on its date only through comparisons with these dates
    (:meth:`Role.covers`, :func:`_by_date`), so it is the same on every date of a
    :func:`_period`."""
    dates = set()
    for options in senses:
        for sense in options:
            entry = sense.entry
            if entry is not None:
                for role in entry.roles:
                    if role.start is not None:
                        dates.add(role.start)
                    if role.end is not None:
                        dates.add(role.end)
    return tuple(sorted(dates))


def _period(dates: Sequence[dt.date], date: dt.date | None) -> int:
    """Which period of the sorted ``dates`` (:func:`_role_dates`) ``date`` falls in: -1 for no
    date, 2i when it lies between ``dates[i - 1]`` and ``dates[i]``, 2i + 1 when it is
    ``dates[i]`` (every comparison with one of the dates comes out alike within a period)."""
    if date is None:
        return -1
    i = bisect_left(dates, date)
    return 2 * i + 1 if i < len(dates) and dates[i] == date else 2 * i


def _dated(senses: tuple[tuple[Sense, ...], ...]) -> bool:
    """True when what these matches name can depend on the date: a sense has dated roles
    (:meth:`Entry.code_on`, :meth:`ActorResolver._titled_person`), or a match's senses name
    several people (:func:`_by_date`)."""
    for options in senses:
        people = 0
        for sense in options:
            entry = sense.entry
            if entry is not None:
                if entry.roles:
                    return True
                people += entry.kind == "person"
        if people > 1:
            return True
    return False


@dataclass
class _Context:
    """What earlier sentences of the article introduced (for pronouns and descriptions)."""

    last_person: Actor | None = None
    #: the people named, in order (:meth:`person_for`); shared with the shallow copies made
    #: for a sentence's references, whose additions are remembered again in the same order
    people: list[Actor] = field(default_factory=list)
    last_group: Actor | None = None
    last_country: Actor | None = None
    last_plural: Actor | None = None
    last_any: Actor | None = None
    surnames: dict[str, Actor] = field(default_factory=dict)
    #: the last person named with each title word ("Crown Prince Abdullah": "prince"), for
    #: "the prince" later (:meth:`ActorResolver.resolve_sentence`)
    titles: dict[str, Actor] = field(default_factory=dict)
    groups: dict[str, Actor] = field(default_factory=dict)  # group code -> group actor
    countries: AbstractSet[str] = frozenset()  # the countries named in the previous sentence
    #: the person the previous sentence opens with, its subject (session 11): "Ahmadinejad met
    #: Meshaal and Shallah. He praised the factions …" ("he" at the start of a sentence)
    subject: Actor | None = None

    def remember(self, actor: Actor, weak: bool = False) -> None:
        """weak: a place named after a locative preposition ("in Paris") or a singular role noun
        ("a newspaper"): "the country" later, but "they" keeps an earlier plural actor
        ("Gunmen attacked a weekly in Paris. They killed …"); see :func:`_weak_plural`."""
        self.last_any = actor
        if actor.kind == "person":
            self.last_person = actor
            self.people.append(actor)  # (genders are looked up when a pronoun needs them)
            if actor.code in self.groups and not _STATE_SECTORS.issuperset(actor.sectors):
                # a Hamas leader makes Hamas "the movement" (and "it"); a head of government
                # makes no group "it" ("Trump warned North Korea that it …": North Korea)
                self.last_group = self.groups[actor.code]
        elif actor.kind in ("group", "igo"):
            if weak and self.last_group is None and self.last_country is not None:
                return  # "at the International Court of Justice": a venue, not "it"
            self.last_group = actor
            self.last_plural = actor
        else:
            if actor.country:
                self.last_country = actor
            if not weak or self.last_plural is None:
                self.last_plural = actor

    def person_for(self, word: str) -> Actor | None:
        """The person a pronoun or possessive (``word``, lower case) refers to: for "she",
        "her" the last person known to be female, failing that the last person of unknown
        gender (never one known to be male); for "he", "him", "his" the last person not known to
        be female; for other words the last person."""
        sex = _PRONOUN_GENDER.get(word)
        if sex is None:
            return self.last_person
        unknown = None
        for actor in reversed(self.people):
            known = gender(actor.name)
            if known == sex or (known is None and sex == "m"):
                return actor
            if known is None and unknown is None:
                unknown = actor  # "she": a person of unknown gender, failing a woman
        return unknown


def _fits(actor: Actor, word: str) -> bool:
    """True when a person can be the referent of a pronoun or possessive (``word``, lower case):
    "she" is not someone known to be male, nor "he" someone known to be female."""
    sex = _PRONOUN_GENDER.get(word)
    return sex is None or gender(actor.name) in (None, sex)


class ActorResolver:
    """Resolve every actor mention of an article (the ``actors`` stage)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.matcher = PhraseMatcher(kb)
        self.gapped = GappedMatcher(kb)  # PETRARCH names with modifiers between their words
        #: its pass over a sentence, None without PETRARCH names (tested once here: the
        #: matcher's ``__bool__`` is a Python call)
        self._extend_gapped = self.gapped.extend_words if self.gapped else None
        self._phrases: dict[int | tuple[int, ...], _Phrase] = {}  # see _phrase
        self._based_memo: dict[str, tuple[Sense] | None] = {}
        # homonymous places (:meth:`_homonym`, :meth:`_choose_homonyms`)
        self._homonyms: dict[int, tuple[tuple[Sense, ...], bool]] = {}
        self._chosen: dict[tuple[int, int], tuple[Sense, ...]] = {}
        self.groups = {
            e.code: self.kb.actor(e.code, name=e.name, kind=e.kind)
            for e in reversed(kb.entries)
            if e.kind in ("group", "igo")
        }
        #: compiled at load (never cleared): the one-match phrases whose actor no date changes,
        #: and whether each sense tuple of the matcher names homonymous places
        self._singles, self._homonymous = self._compile_phrases()
        #: peoples and faiths with no state of their own, by the first three letters of their
        #: codes: those codes, longest first ("MOS": ("MOSSHI", "MOS")); see _placed_peoples
        self._peoples = _peoples(kb)
        #: compiled at load (never cleared): the passes each sense tuple of the matcher may need
        #: (:func:`_traits`)
        self._traits = {
            key: _traits(senses, self._homonymous[key])
            for senses in self.matcher.sense_tuples()
            if (key := id(senses)) in self._homonymous
        }

    def _compile_phrases(self) -> tuple[dict[int, _Phrase], dict[int, bool]]:
        """Work out once, for every sense tuple the matcher hands out (by identity: the matcher
        keeps them alive), what :meth:`_phrase` and :meth:`_homonym` would find on first sight:
        the phrase of a one-match group with its actor when no date can change it
        (:func:`_dated`; a person's title then changes nothing either: :meth:`_titled_person`
        needs dated roles), and whether it names places of several states. Reading then only
        works out phrases of several matches, dated ones and sense tuples made while reading
        (chosen homonyms, "-based" adjectives), in the memos :meth:`clear_memo` empties."""
        singles: dict[int, _Phrase] = {}
        homonymous: dict[int, bool] = {}
        for senses in self.matcher.sense_tuples():
            key = id(senses)
            if not senses or key in homonymous:
                continue
            homonymous[key] = self._homonym_codes(senses)
            if _dated((senses,)):
                continue
            group = [Match(0, 1, senses)]
            phrase = _Phrase((senses,), 0, _is_role_only(group), False, None)
            named = phrase.actor = self._phrase_actor_now(group, None)
            if (
                named.actor is not None
                and named.actor.kind != "person"
                and named.agent is None
                and not named.mixed
                and senses[0].function != "seat"
                and not named.actor.code.startswith("---")
            ):
                # none of _phrase_mention's rules but "ordinary" applies: no capital or seat,
                # no title, no role noun (former), no bare role noun; and no owner is looked
                # for (resolve_sentence: an actor without a country code)
                phrase.plain = named.actor
            singles[key] = phrase
        return singles, homonymous

    def clear_memo(self) -> None:
        """Forget the memoised phrases (:meth:`_phrase`, with the titles they remember) and the
        other memos filled while reading (homonymous places, "-based" adjectives): benchmarks
        start from scratch. (They are emptied together: their keys are identities of the sense
        tuples they keep alive.)"""
        self._phrases.clear()
        self._homonyms.clear()
        self._chosen.clear()
        self._based_memo.clear()  # (also "X-led", "pro-X": _affix_senses)
        gender.cache_clear()  # (module-wide: genders of names do not depend on the knowledge base)

    def __call__(self, article: Article) -> Article:
        clear_caches()  # (the tokenizer's sentences of the article before: see clear_caches)
        context = _Context(groups=self.groups)
        mentions: list[Mention] = []
        text = article.text
        # without a segment of its own date, every sentence has the publication date
        segments = article.segments
        dated = any(segment.date is not None for segment in segments)
        # (segments in text order, none overlapping another: the segment a sentence gives is
        # the one :meth:`Article.date_at` finds, without a search)
        tiled = dated and all(a.end <= b.start for a, b in pairwise(segments))
        published = date = article.published
        resolve = self.resolve_sentence
        for sent in article.sentences:
            toks = split_words(text[sent.start : sent.end], sent.start)
            if dated:
                k = sent.segment
                segment = segments[k] if tiled and 0 <= k < len(segments) else None
                if segment is not None and segment.start <= sent.start < segment.end:
                    date = segment.date if segment.date is not None else published
                else:
                    date = article.date_at(sent.start)
            mentions.extend(resolve(toks, sent.index, date, context))
        return article.evolve(mentions=tuple(mentions))

    # -- one sentence ---------------------------------------------------------------------
    def resolve_sentence(
        self, toks: Words, index: int, date: dt.date | None, context: _Context
    ) -> list[Mention]:
        """RETURNS (list[Mention]): the actor mentions of one tokenised sentence (its tokens
        as :func:`~entente.text.tokenize.split_words` gives them)."""
        norms = toks.norms
        present = set(norms)  # (the sentence's words, for the cheap tests below)
        words = " " + " ".join(norms) + " "  # (:func:`~entente.actors.matcher.haystack`)
        matches = self.matcher.match_words(toks.texts, norms, words)
        if self._extend_gapped is not None:
            matches = self._extend_gapped(toks.texts, matches, norms, present)
        if ("north" in present or "south" in present) and "the" in present and matches:
            matches = self._korean_halves(matches, toks, context)
        if "-based " in words:  # (a word ends in "-based")
            matches = self._based(matches, toks)
        if (
            "-led " in words
            or " pro-" in words
            or "-flagged " in words
            or "-owned " in words
            or "-linked " in words
        ):  # "Saudi-led", "pro-X", "British-flagged", "Israel-linked"
            matches = self._led(matches, toks, words)
        brokers: list[tuple[Match, int]] | None = None  # "Egyptian-brokered": _brokered
        if "-" in words and (  # (one character first: a scan that rarely goes on)
            "brokered " in words or "mediated " in words or "sponsored " in words
        ):
            matches, brokers = self._brokered(matches, toks)
        if matches and not _DROP_WORDS.isdisjoint(present):  # (one test for the passes below)
            if not _MODIFIER_ROLES.isdisjoint(present):
                matches = _drop_modifier_roles(matches, toks)
            if matches and not _TREATY_WORDS.isdisjoint(present):
                matches = _drop_treaty_places(matches, toks)
            if matches and not _THING_NOUNS.isdisjoint(present):
                matches = _drop_thing_adjectives(matches, toks)
            if matches and not _VERB_ROLES.isdisjoint(present):
                matches = _drop_verb_roles(matches, toks)
            if matches and not _UNIFORMS.isdisjoint(present):
                matches = _drop_uniforms(matches, toks)
            if matches and not _SHIP_PREFIXES.isdisjoint(present):
                matches = _join_ship_names(matches, toks)
            if matches and "airspace" in present:
                matches = _drop_civil_aircraft(matches, toks)
            if matches and "with" in present and not _WEAPONS.isdisjoint(present):
                matches = _drop_instruments(matches, toks)
            if matches and "opposition" in present and "to" in present:
                matches = _drop_stance_opposition(matches, toks)
            if matches and not _MOSQUES.isdisjoint(present):
                matches = _drop_named_mosques(matches, toks)
        # the passes the matches may need (:func:`_traits`, compiled at load; a sense tuple made
        # while reading is not known: every pass). (A loop: for a handful of matches, cheaper
        # than or-ing them in C through a chain of maps, which costs more to set up.)
        traits = 0
        trait_of = self._traits.get
        for _, _, senses in matches:  # (unpacked: cheaper than a field's descriptor)
            traits |= trait_of(id(senses), _UNKNOWN)
        unknown = traits & _UNKNOWN
        if unknown:
            traits = _ALL_TRAITS
        if traits & _FIRST_NAME and len(toks.norms) > 2:
            matches = _drop_first_names(matches, toks)
        if traits & _HOMONYM if not unknown else any(map(self._homonym, map(_SENSES, matches))):
            matches = self._choose_homonyms(matches, context)
        groups, listed = _group(matches, norms)
        phrases = _attach_places(groups, toks) if traits & _ROLE_FIRST else groups
        shared: list[tuple[list[Match], int]] | None = None  # (_share_role_nouns)
        if listed:  # a state's adjective or name after "and", "or" or ","
            for group in phrases:
                start = group[0].start
                if (
                    len(group) > 1
                    and start
                    and norms[start - 1] in _SHARING
                    and group[0].senses[0].kind in _MODIFIER_KINDS
                ):
                    phrases, shared = self._share_role_nouns(phrases, toks, norms)
                    break
        found: list[Mention] = []
        bare_gov = False  # (a role noun of government left without a state: _bare_titles)
        covered: set[int] = set()
        spans: list[tuple[int, int]] = []
        singles, memo = self._singles, self._phrases
        possessive = "'s" in present or "'" in present  # (else no possessive splits a phrase)
        former = not _FORMER_WORDS.isdisjoint(present)  # (else no phrase is a former one's)
        starts, ends = toks.starts, toks.ends
        size = len(norms)
        for group in phrases:
            # (a one-match phrase compiled at load or straight from the memo: see _phrase)
            if len(group) == 1:
                match = group[0]
                key = id(match.senses)
                phrase = singles.get(key) or memo.get(key)
                if phrase is not None and phrase.plain is not None:
                    # the commonest phrases (names of states and groups, state adjectives):
                    # :attr:`_Phrase.plain` is the actor, which only "ordinary" before it
                    # changes; no owner, title or place rule applies, a group may head
                    # "'s founder" (as below)
                    start, last = match.start, match.end
                    actor = phrase.plain
                    if (
                        start
                        and norms[start - 1] in _ORDINARY
                        and actor.kind == "country"
                        and not actor.sectors
                    ):
                        actor = self.kb.actor(actor.code + "CVL")  # "ordinary Kazakhs" → KAZCVL
                    elif possessive and actor.kind in ("group", "igo"):
                        last = _possessed_head(toks, last) or last
                    via = phrase.actor.via  # type: ignore[union-attr]
                    found.append(_new_mention(starts[start], ends[last - 1], index, actor, via))
                    spans.append((start, last))
                    covered.update(range(start, last))
                    continue
            else:
                phrase = None
            if phrase is None:
                phrase = self._phrase(group, norms, possessive)
            made = self._phrase_mention(group, phrase, toks, norms, index, date, context, former)
            if made is None:
                continue
            mention = made
            if mention.actor.code.startswith("---"):
                # "his government", "its diplomats": the role noun of an actor named before;
                # "the country's Aboriginal people": of the country named before; "China,
                # whose foreign ministry": of the actor just before the comma (each rule asks
                # first for the word before the phrase)
                before = norms[group[0].start - 1] if group[0].start else ""
                owner = (
                    (
                        _possessor(norms, group, found, context, starts)
                        if before in _POSSESSIVES
                        else None
                    )
                    or (self._mission_owner(group, toks, found) if before == "its" else None)
                    # (needs a possessive: "the country's")
                    or (_described_owner(norms, group, context, found) if possessive else None)
                    or (
                        _whose_owner(norms, group[0].start, found, spans)
                        if before == "whose"
                        else None
                    )
                )
                if owner is not None:
                    owned = self._owned(owner, mention.actor)
                    if owned is not None:
                        mention = Mention(mention.start, mention.end, index, owned, "description")
                elif len(group) == 1 and group[0].start and norms[group[0].start - 1] == "the":
                    # "the prince": the prince named before ("Crown Prince Abdullah")
                    # (only title words are remembered: :data:`_TITLE_NOUNS`)
                    # ("the supreme leader": remembered by "supreme", as "leader" alone names
                    # any group's leader)
                    title = norms[group[0].end - 1]
                    if title == "leader" and norms[group[0].start] == "supreme":
                        title = "supreme"
                    described = context.titles.get(title)
                    if described is not None:
                        mention = Mention(mention.start, mention.end, index, described, "title")
                bare_gov = bare_gov or mention.actor.code == "---GOV"
            elif mention.actor.kind == "person":
                for word in _TITLE_NOUNS.intersection(norms[group[0].start : group[-1].end]):
                    context.titles[word] = mention.actor  # "Crown Prince Abdullah": "prince"
                if mention.via == "role" and date is not None:
                    # session 11: a person named without a title holds the office of his role
                    # on the date ("Khamenei receives Hamas delegation … The supreme leader
                    # praises the movement": Khamenei, Supreme Leader of Iran in 2019)
                    for word in self._role_titles(mention.actor, date):
                        context.titles[word] = mention.actor
            last = group[-1].end
            # (a title before a capitalised word, on a known date: _titled_surname)
            titled = (
                self._titled_surname(group, toks, date)
                if phrase.role_only
                and last < size
                and date is not None
                and toks.texts[last][:1].isupper()
                else None
            )
            if titled is not None:  # "Deputy Secretary Hicks", "Governor Shumkov"
                actor, last = titled
                mention = Mention(mention.start, toks.ends[last - 1], index, actor, "title")
                context.surnames.setdefault(norms[last - 1], actor)
            elif phrase.city and [
                w for w in norms[group[-2].end : group[-1].start] if w != "the"
            ] == ["in"]:
                # "Shiite clerics in Najaf": IRQRELMOSSHI, named by the words before "in"
                end = group[-2].end
                mention = Mention(
                    mention.start, toks.ends[end - 1], index, mention.actor, mention.via
                )
            elif possessive and mention.actor.kind in ("group", "igo"):
                head = _possessed_head(toks, last)
                if head:  # "Al-Qaida's founder", "the EU's foreign policy chief"
                    last = head
                    mention = Mention(
                        mention.start, toks.ends[last - 1], index, mention.actor, mention.via
                    )
            found.append(mention)
            spans.append((group[0].start, last))
            covered.update(range(group[0].start, last))
        if shared:
            found, spans = self._shared_mentions(
                shared, found, spans, covered, toks, norms, index, date, context
            )
        apposed: list[int] = []  # (appositives after a known person: _named_by_role)
        found = _named_by_role(toks, norms, index, found, spans, covered, context, apposed)
        if apposed:
            self._apposed_offices(toks, norms, found, apposed, date, context)
        marked = not _MARKS.keys().isdisjoint(present)  # (a word that marks its next one)
        marks = _marks_of(toks.starts, norms, found) if marked and found else {}
        references = self._references(toks, norms, index, covered, context, found, marks, present)
        if references:
            if marked:
                marks.update(_marks_of(toks.starts, norms, references))
            found.extend(references)
            found.sort(key=_START)
        if "loyal" in present and found:
            found = self._loyal_to(toks, found)
        if ("supporters" in present or "followers" in present) and found:
            found = self._supporters(toks, found, index)
        if "the" in present and not (
            _REBEL_NOUNS.isdisjoint(present) and _GROUP_NOUNS.isdisjoint(present)
        ):
            found = _rebels_named(toks, found, context)
        found = self._implied_country(toks, found, context, present)
        # (context.countries: the states this sentence names, just set by _implied_country)
        if (
            bare_gov
            and "the" in present
            and context.countries
            and not _BARE_TITLES.isdisjoint(present)
        ):
            found = self._bare_titles(toks, found)
        remember = context.remember
        if marks:
            get_mark = marks.get
            for mention in found:
                if mention.via != "description":  # "its consulate": its owner is remembered
                    mark = get_mark(mention.start)
                    if mark is None:  # (no mark: not weak, see _weak_plural)
                        remember(mention.actor)
                    else:
                        remember(mention.actor, _weak_plural(mention, marks))
        else:  # (no word marks a weak antecedent)
            for mention in found:
                if mention.via != "description":
                    remember(mention.actor)
        if brokers:
            found = self._mediators(brokers, found, toks, index, date, context)
        first = found[0] if found else None
        context.subject = (
            first.actor
            if first is not None
            and first.actor.kind == "person"
            and first.start == toks.starts[_first_word(norms)]
            else None
        )
        return found

    def _korean_halves(self, matches: list[Match], toks: Words, context: _Context) -> list[Match]:
        """Add the Korean states named "the North" and "the South" (capitalised, names of their
        own) in a sentence that names one of the Koreas, or after one that did, as the wire gold
        codes them ("the first North Korean leader to set foot in the South" → KOR, "the North
        shelled a South Korean island" → PRK, "the South's military fired back" → KORMIL). Not
        a region's name ("the South China Sea", "the South Korean delegation", "the North
        American Free Trade Agreement": a capitalised word follows)."""
        norms, texts = toks.norms, toks.texts
        korean = any(
            s.entry is not None and (s.entry.country or s.entry.code[:3]) in _KOREAS
            for m in matches
            for s in m.senses[:1]
        ) or not _KOREAS.isdisjoint(context.countries)
        if not korean:
            return matches
        taken = {k for m in matches for k in range(m.start, m.end)}
        added = []
        for i in range(1, len(norms)):
            word = norms[i]
            if (
                word in _KOREAN_HALVES
                and norms[i - 1] == "the"
                and i not in taken
                and texts[i][:1].isupper()
                and not (i + 1 < len(norms) and texts[i + 1][:1].isupper())
            ):
                senses = self._korea_senses.get(word)
                if senses:
                    added.append(Match(i, i + 1, senses))
        if not added:
            return matches
        return sorted([*matches, *added], key=_START)

    @functools.cached_property
    def _korea_senses(self) -> dict[str, tuple[Sense, ...]]:
        """The senses of the Korean states' names by "north" and "south" (built once): what
        "the North" and "the South" stand for (:meth:`_korean_halves`)."""
        out = {}
        for word, name in _KOREAN_HALVES.items():
            words = name.split()
            found = self.matcher.match_words(words, [w.lower() for w in words])
            if len(found) == 1 and found[0].end == len(words):
                out[word] = found[0].senses
        return out

    def _share_role_nouns(
        self, phrases: list[list[Match]], toks: Words, norms: list[str]
    ) -> tuple[list[list[Match]], list[tuple[list[Match], int]]]:
        """Give the role nouns of "<state adjective> <role nouns>" to the state adjectives listed
        before it: "Indian and Pakistani troops" → INDMIL and PAKMIL, "Indian, Pakistani and
        Chinese officials", "US and British troops", "North and South Korean warships" (the
        compass word makes "North Korean").
        RETURNS: the phrases without the adjectives that borrow role nouns, and those adjectives
        as (the adjective and the role nouns, where the adjective ends: its mention's end)."""
        shared: list[tuple[list[Match], int]] = []
        drop: set[int] = set()  # ids of the lone adjectives' phrases
        for n in range(len(phrases) - 1, -1, -1):
            group = phrases[n]
            if id(group) in drop or len(group) < 2 or not _is_state_modifier(group[0], toks):
                continue
            roles = group[1:]
            if not _is_role_only(roles):
                continue
            k = n
            while k:
                before = phrases[k - 1]
                gap = norms[before[-1].end : phrases[k][0].start]
                if (
                    gap not in _LIST_GAPS
                    or len(before) != 1
                    or not _is_state_modifier(before[0], toks)
                ):
                    break
                k -= 1
                drop.add(id(before))
                shared.append(([before[0], *roles], before[0].end))
            # "North and South Korean": the compass word and the adjective's other words
            start = phrases[k][0].start
            if (
                start >= 2
                and norms[start - 1] == "and"
                and norms[start] in _COMPASS
                and norms[start - 2] in _COMPASS
                and toks.texts[start - 2][:1].isupper()
                and (k == 0 or phrases[k - 1][-1].end <= start - 2)
            ):
                stop = phrases[k][0].end
                words = Words(
                    [toks.texts[start - 2], *toks.texts[start + 1 : stop]],
                    [toks.norms[start - 2], *toks.norms[start + 1 : stop]],
                    [toks.starts[start - 2], *toks.starts[start + 1 : stop]],
                    [toks.ends[start - 2], *toks.ends[start + 1 : stop]],
                )
                found = self.matcher.match_words(words.texts, words.norms)
                if (
                    len(found) == 1
                    and found[0].end == len(words.norms)
                    and _is_state_modifier(found[0], words)
                ):
                    prev = Match(start - 2, start - 1, found[0].senses)
                    shared.append(([prev, *roles], prev.end))
        return [g for g in phrases if id(g) not in drop], shared

    def _shared_mentions(
        self,
        shared: list[tuple[list[Match], int]],
        found: list[Mention],
        spans: list[tuple[int, int]],
        covered: set[int],
        toks: Words,
        norms: list[str],
        index: int,
        date: dt.date | None,
        context: _Context,
    ) -> tuple[list[Mention], list[tuple[int, int]]]:
        """Add the mentions of adjectives that borrow role nouns (:meth:`_share_role_nouns`:
        "Indian" in "Indian and Pakistani troops" is INDMIL) to ``found`` and ``spans`` (and
        ``covered``). RETURNS: both lists in text order."""
        for group, stop in shared:
            phrase = self._phrase(group, norms)
            mention = self._phrase_mention(group, phrase, toks, norms, index, date, context)
            if mention is None:
                continue
            end = toks.ends[stop - 1]
            found.append(_new_mention(mention.start, end, index, mention.actor, mention.via))
            spans.append((group[0].start, stop))
            covered.update(range(group[0].start, stop))
        order = sorted(range(len(found)), key=lambda k: found[k].start)
        return [found[k] for k in order], [spans[k] for k in order]

    def _apposed_offices(
        self,
        toks: Words,
        norms: list[str],
        found: list[Mention],
        apposed: list[int],
        date: dt.date | None,
        context: _Context,
    ) -> None:
        """A known person followed by an appositive that names an office he or she is known to
        have held takes that office's code when the article's date is outside every role (or
        unknown): "Kofi Annan, UN secretary-general," → IGOUNO. apposed: the first tokens of
        actor phrases right after a comma that follows a matched name (:func:`_named_by_role`).
        Changes ``found`` in place."""
        for first in apposed:
            comma = first - 1
            while norms[comma] in ("the", "then"):
                comma -= 1
            if norms[comma] != "," or norms[comma + 1 : first] not in _APPOSITIVE_GAPS:
                continue
            before, after = toks.ends[comma - 1], toks.starts[first]
            k = next((k for k, m in enumerate(found) if m.end == before), -1)
            office = next((m.actor for m in found if m.start == after), None)
            if k < 0 or office is None:
                continue
            person = found[k]
            if person.actor.kind != "person" or person.via != "role":
                continue
            for entry in self._people.get(person.actor.name, ()):
                if any(r.covers(date) for r in entry.roles):
                    continue
                code = _held_office(entry, [office.code])
                if code is not None and code != person.actor.code:
                    actor = self.kb.actor(code, name=entry.name, kind="person")
                    found[k] = Mention(person.start, person.end, person.sentence, actor, "role")
                    surname = norms[comma - 1]
                    if context.surnames.get(surname) is person.actor:
                        context.surnames[surname] = actor
                    break

    def _role_titles(self, actor: Actor, date: dt.date) -> frozenset[str]:
        """The title nouns (:data:`_TITLE_NOUNS`) of the office a person held on ``date`` with
        the code he is given ("Supreme Leader of Iran" → "supreme", "President of Iran" →
        "president"); empty when none of his roles covers the date."""
        for entry in self._people.get(actor.name, ()):
            for role in entry.roles:
                if role.code == actor.code and role.title and role.covers(date):
                    return _office_titles(role.title)
        return frozenset()

    @functools.cached_property
    def _people(self) -> dict[str, list[Entry]]:
        """People with dated roles by canonical name (built once)."""
        index: dict[str, list[Entry]] = {}
        for entry in self.kb.entries:
            if entry.kind == "person" and entry.roles:
                index.setdefault(entry.name, []).append(entry)
        return index

    def _homonym(self, senses: tuple[Sense, ...]) -> bool:
        """True when a phrase names places of several states ("Tripoli": Libya's capital and a
        Lebanese city): compiled at load for the matcher's sense tuples, memoised by identity
        for the others (the sense tuple kept alive in the memo)."""
        static = self._homonymous.get(id(senses))
        if static is not None:
            return static
        known = self._homonyms.get(id(senses))
        if known is None:
            if len(self._homonyms) >= _MEMO_SIZE:
                self._homonyms.clear()
            known = self._homonyms[id(senses)] = (senses, self._homonym_codes(senses))
        return known[1]

    @staticmethod
    def _homonym_codes(senses: tuple[Sense, ...]) -> bool:
        """True when ``senses`` name places of several states (:meth:`_homonym`)."""
        codes = {
            s.entry.code
            for s in senses
            if s.entry is not None and s.entry.kind == "country" and len(s.entry.code) == 3
        }
        return len(codes) > 1

    def _choose_homonyms(self, matches: list[Match], context: _Context) -> list[Match]:
        """Put first the sense of a homonymous place (:meth:`_homonym`) whose state the sentence
        (or, failing it, the previous sentence) names otherwise ("Tripoli, Lebanon's second
        city" → LBN); without one, the state's own name or seat before another state's place
        (a bare "Tripoli" is Libya's). The chosen tuples are memoised, so that a phrase's senses
        keep one identity per choice (:meth:`_phrase`)."""
        named = {
            s.entry.code
            for m in matches
            if not self._homonym(m.senses)
            for s in m.senses[:1]
            if s.entry is not None
        }
        out = []
        for m in matches:
            if self._homonym(m.senses):
                senses = m.senses
                pick = next(
                    (s for s in senses if s.entry is not None and s.entry.code in named), None
                ) or next(
                    (
                        s
                        for s in senses
                        if s.entry is not None and s.entry.code in context.countries
                    ),
                    None,
                )
                if pick is None:
                    pick = next(
                        (
                            s
                            for s in senses
                            if s.entry is not None
                            and (
                                s.function == "seat"
                                or self.kb.countries.get(s.entry.code) is s.entry
                            )
                        ),
                        senses[0],
                    )
                if pick is not senses[0]:
                    key = (id(senses), id(pick))
                    chosen = self._chosen.get(key)
                    if chosen is None:
                        chosen = self._chosen[key] = (pick, *[s for s in senses if s is not pick])
                    m = Match(m.start, m.end, chosen)
            out.append(m)
        return out

    def _city_phrase(self, group: list[Match]) -> bool:
        """True for a role noun phrase followed by a city or region that is no state: when "in"
        stands between them it took the city's country ("Shiite clerics in Najaf"), and the
        mention is the role noun phrase; a state stays in it ("trade unions in Denmark")."""
        if len(group) < 2 or not _is_unplaced(group[:-1]):
            return False
        sense = group[-1].senses[0]
        entry = sense.entry
        return (
            sense.function == "name"
            and entry is not None
            and entry.kind == "country"
            and self.kb.countries.get(entry.code) is not entry
        )

    def _implied_country(
        self,
        toks: Words,
        found: list[Mention],
        context: _Context,
        present: AbstractSet[str] | None = None,
    ) -> list[Mention]:
        """Give "the opposition", "protesters" without a country the one country the sentence
        names ("Georgia's president resigned as the opposition threatened …" → GEOOPP), or, when
        it names none, the one country the previous sentence named; so too the state's own
        armed forces ("Mubarak handed power to the armed forces" → EGYMIL,
        :data:`_IMPLIED_DEFINITE`). Two countries leave them open, but a state's embassy or
        consulate does not count: it stands in another ("demonstrators outside the Turkish
        consulate in Berlin" → DEUOPP), nor does a state's company ("A Malaysia Airlines jet
        crashed in eastern Ukraine, and Kyiv accused separatists" → UKRREB). A state named
        only as the object of a clause gives its country to none of the mentions before it
        (:meth:`_object_state`). Updates ``context.countries``. present (set[str]): the
        sentence's normal forms when the caller has them (without one of the role nouns
        concerned, nothing changes)."""
        # (a state's company names no state of the event: "A Malaysia Airlines jet crashed in
        # eastern Ukraine, and Kyiv accused pro-Russian separatists" → UKRREB)
        # (a loop: on Python 3.11 a set comprehension is a function made and called per
        # sentence, dearer than the test itself for the handful of mentions of a sentence)
        named = set()
        for mention in found:
            actor = mention.actor
            if (
                actor.country
                and actor.kind != "igo"
                and not actor.code.startswith("---")
                and actor.sectors[:1] != ("BUS",)
            ):
                named.add(actor.country)
        if len(named) > 1 and present is not None and not _MISSIONS.isdisjoint(present):
            # a state's embassy or consulate stands in another state: protesters "outside the
            # Chinese consulate in Toronto" are Canada's
            heads = dict(zip(toks.ends, toks.norms, strict=True))  # (end → word)
            named = {
                m.actor.country
                for m in found
                if m.actor.country
                and m.actor.kind != "igo"
                and not m.actor.code.startswith("---")
                and m.actor.sectors[:1] != ("BUS",)
                and heads.get(m.end) not in _MISSIONS
            } or named
        countries = named or context.countries
        context.countries = named
        if len(countries) != 1:
            return found
        (country,) = countries
        peoples = any(m.actor.country is None and m.actor.code[:3] in self._peoples for m in found)
        implied = (present is None or not _IMPLIED_HEADS.isdisjoint(present)) and any(
            m.via == "agent" and m.actor.code.startswith("---") for m in found
        )
        if not (peoples or implied):
            return found
        # a state named only as the object, after the mentions that would take it ("Kurdish
        # officials asked Turkey for weapons", "the opposition appealed to Washington"): none
        # of them live there (:meth:`_object_state`)
        limit = (self._object_state(toks, found, country) if named else None) or -1
        if peoples:
            found = self._placed_peoples(found, country, limit)
        if implied:
            found = self._implied_roles(toks, found, country, present, limit)
        return found

    def _bare_titles(self, toks: Words, found: list[Mention]) -> list[Mention]:
        """A state office named by its title alone ("the president", "the new president", "the
        interim prime minister", "the supreme leader"; no person named with it before: see
        ``context.titles``) is the office of the one state the sentence names, when it names
        it by a possessive or by its forces ("Sudan's army ousted President Bashir …, the
        defence minister said" → SDNGOV; "The new president … vows Iran's continued support"
        → IRNGOV; "unless the president agrees to step down" with "Algeria's first multi-party
        elections" → DZAGOV). A place alone does not make it the state's ("The minister
        returned from holiday in Spain"), nor do a person or an office of the state ("The
        supreme leader tells the Russian president …"), nor two states."""
        norms = toks.norms
        n = len(norms)
        after = dict(zip(toks.ends, range(1, n + 1), strict=True))  # (end → next token)
        named = [
            m
            for m in found
            if m.actor.country and m.actor.kind in ("country", "person") and m.actor.code[0] != "-"
        ]
        states = {m.actor.country or "" for m in named}
        if len(states) != 1:
            return found
        # (the state named by a possessive, "Iran's", "Sudan's army", or one of its forces,
        # "Rwandan soldiers"; not by a person or an office of its own, which may be another
        # state's counterpart: "The supreme leader tells the Russian president …", "Putin
        # welcomes …", "An Israeli spokesman accused the emir …")
        for m in named:
            sectors = m.actor.sectors
            if m.actor.kind == "country" and sectors and sectors[0] not in _INSTITUTIONAL:
                break
            k = after.get(m.end, n)
            if m.actor.code == m.actor.country and k < n and norms[k] in ("'s", "'"):
                break
        else:
            return found
        (country,) = states
        firsts = dict(zip(toks.starts, range(len(norms)), strict=True))  # (start → index)
        out = []
        for m in found:
            if m.actor.code == "---GOV" and m.via == "agent":
                i = firsts.get(m.start, 0)
                last = after.get(m.end, 0) - 1
                k = i - 1
                while k > 0 and norms[k] in _TITLE_ADJECTIVES:
                    k -= 1
                if (
                    k >= 0
                    and norms[k] == "the"
                    and norms[last] in _BARE_TITLES
                    and (norms[last] != "leader" or norms[i] == "supreme")
                ):
                    actor = self.kb.actor(country + "GOV", kind="country")
                    m = Mention(m.start, m.end, m.sentence, actor, "context")
            out.append(m)
        return out

    def _object_state(self, toks: Words, found: list[Mention], country: str) -> int | None:
        """RETURNS (int | None): where the first mention of ``country`` starts (an offset) when
        it is the state's own name or capital as the object of a clause, right after a verb
        of asking or meeting ("asked Turkey", "urged Washington", "called on Ankara") or a
        preposition of address ("appealed to the United States", "sought arms from Washington",
        "talks with Iran"; :data:`_OBJECT_MARKERS`), and the sentence names the state nowhere
        else; else None. Not a capital after "to", where a journey goes ("marched to Cairo"),
        nor a city ("visited Timbuktu"), nor a place after "in" ("an ambush in southeastern
        Turkey"), nor a possessive ("protesters met at Bangkok's airport": a place in the
        state)."""
        mine = [m for m in found if m.actor.country == country]
        first = mine[0]
        if first.actor.code not in (country, country + "GOV") or first.via != "dictionary":
            return None
        if any(m.actor.code not in (country, country + "GOV") for m in mine):
            return None
        norms = toks.norms
        i = bisect_left(toks.starts, first.start)
        end = _token_ending(toks, first.end) + 1
        before = i - 1 if i and norms[i - 1] != "the" else i - 2
        if before < 0 or (end < len(norms) and norms[end] in ("'s", "'")):
            return None  # ("met at Bangkok's airport": a place in it)
        word = norms[before]
        if (
            word not in _OBJECT_MARKERS
            and not (
                word == "on" and before and norms[before - 1] in _CALLING  # "called on Turkey"
            )
            and not (
                # session 11: a crowd's protest "against" a state: "Thousands of demonstrators
                # protested against the United States" names no crowd of that state (not USAOPP);
                # "Kurdish rebels fought against Turkey" still places the rebels
                word == "against" and before and norms[before - 1] in _PROTESTING
            )
        ):
            return None
        senses = self.matcher.match_words(toks.texts[i:end], norms[i:end])
        if len(senses) != 1:
            return None
        sense = senses[0].senses[0]
        if _is_capital(sense):
            return first.start if word != "to" else None
        state = sense.entry is not None and sense.entry is self.kb.countries.get(country)
        return first.start if state and sense.function == "name" else None

    def _implied_roles(
        self,
        toks: Words,
        found: list[Mention],
        country: str,
        present: AbstractSet[str] | None,
        limit: int,
    ) -> list[Mention]:
        """The role nouns of :meth:`_implied_country` that take ``country`` (those that start
        after the offset ``limit``)."""
        heads = dict(zip(toks.ends, toks.norms, strict=True))  # (end → word)
        # "government forces", "the government": the state's own (session 8), when the country
        # is named by more than its government: "U.S. officials said government forces attacked
        # rebels" leaves the forces open (the first words of mentions are only needed then)
        own = (present is None or "government" in present) and any(
            m.actor.country == country and m.actor.sectors != ("GOV",) for m in found
        )
        opposed = own and (present is None or not _OPPOSING.isdisjoint(present))
        firsts = dict(zip(toks.starts, toks.norms, strict=True)) if own else {}
        out = []
        for m in found:
            sector = m.actor.code[3:]
            if (
                m.via == "agent"
                and m.actor.code.startswith("---")
                and m.start > limit
                and (
                    (
                        heads.get(m.end) in _IMPLIED_COUNTRY.get(sector, ())
                        and (
                            sector not in _CROWD_SECTORS
                            or (
                                not any(p.actor.sectors for p in found if p.start < m.start)
                                and _word_before(toks, m.start) not in _FOREIGN_WORDS
                            )
                        )
                    )
                    or (
                        heads.get(m.end) in _IMPLIED_DEFINITE.get(sector, ())
                        and _word_before(toks, m.start) in _OWN_FORCES_BEFORE
                    )
                    or (
                        sector == "MIL"
                        and firsts.get(m.start) == "government"
                        and heads.get(m.end) in _GOVERNMENT_FORCES
                    )
                    or (
                        # "a charge the government denied", "protests against the government"
                        opposed
                        and sector == "GOV"
                        and heads.get(m.end) == "government"
                        and _word_before(toks, m.start) == "the"
                    )
                )
            ):
                actor = self.kb.actor(country + sector, kind="country")
                m = Mention(m.start, m.end, m.sentence, actor, "context")
            out.append(m)
        return out

    def _placed_peoples(self, found: list[Mention], country: str, limit: int) -> list[Mention]:
        """A people or faith named without a state ("Hutu rebels", "Moslem fundamentalist
        demonstrators", "Kurdish guerrillas") takes the one state its sentence (else the
        previous sentence) names, as coders code a population by its country of residence:
        "Egyptian police dispersed Moslem demonstrators" → EGYOPPMOS, "Tuareg rebels seized
        Timbuktu" → MLIREBTRG. The people's code stays at the end of the new one. Only the
        mentions that start after the offset ``limit`` (:meth:`_object_state`)."""
        out = []
        for m in found:
            actor = m.actor
            code = actor.code
            people = (
                self._peoples.get(code[:3]) if actor.country is None and m.start > limit else None
            )
            if people is not None and not code.endswith("REF"):  # (refugees have left it)
                whole = next((p for p in people if code.startswith(p)), code[:3])
                placed = country + code[len(whole) :] + whole
                m = Mention(m.start, m.end, m.sentence, self.kb.actor(placed), "context")
            out.append(m)
        return out

    def _phrase_mention(
        self,
        group: list[Match],
        phrase: _Phrase,
        toks: Words,
        norms: list[str],
        index: int,
        date: dt.date | None,
        context: _Context,
        former: bool = True,
    ) -> Mention | None:
        """The mention of a phrase (None when it names no actor here). former (bool): False when
        the sentence has no word that :func:`_is_former` looks for (then it is not asked)."""
        start, end = toks.starts[group[0].start], toks.ends[group[-1].end - 1]
        whole = group
        if phrase.split:
            group = group[phrase.split :]
        named = phrase.actor if phrase.by_date is None else phrase.by_date.get(date)
        if named is None:
            named = self._phrase_actor_on(phrase, group, date)
        actor, via, mixed, agent = named
        first = whole[0].start
        before = norms[first - 1] if first else ""
        if (
            before in _ORDINARY
            and actor is not None
            and actor.kind == "country"
            and not actor.sectors
        ):
            actor = self.kb.actor(actor.code + "CVL")  # "ordinary Kazakhs" → KAZCVL
        if via == "dictionary" and actor is not None and len(whole) == 1:
            sense = whole[0].senses[0]
            after = whole[0].end
            if (
                sense.function == "seat"
                and after < len(toks.norms)
                and (
                    norms[after] in _PRESS_WORDS
                    or (norms[after] in _MASTHEADS and toks.texts[after][:1].isupper())
                )
                and actor.country
            ):
                # "the Cairo daily Al-Ahram", "The Washington Post": the capital names where
                # the paper is, not the government
                actor, via = self.kb.actor(actor.country + "MED", kind="country"), "agent"
            elif (
                before == "the"
                and sense.case_sensitive
                and sense.function == "seat"
                and (after == len(norms) or norms[after] in _AFTER_NAME)
                and _is_capital(sense)
            ):
                # "missiles seized from the Victoria" (a ship), "the Kingston was full" (a
                # hotel): a city's name needs no article, so "the" before a capital that is also
                # another name (``ambiguous`` in the knowledge base: Victoria, Kingston,
                # Wellington, Santiago …) makes it the name of something else. Not when a noun
                # follows ("the Kingston government"), nor a palace's name ("the Casa Rosada",
                # "the Oval Office": seats that take "the")
                return None
            elif (
                sense.function == "seat"  # (what _is_capital asks first: no call for a name)
                and (
                    before in _LOCATIVES
                    or _is_destination(norms, first)
                    or _is_city_place(norms, first, after)
                )
                and (
                    _is_capital(sense)
                    or (
                        _is_hosted_seat(sense)
                        and not (first > 1 and norms[first - 2] in _HOSTED_GATHERINGS)
                    )
                )
            ):
                # "lifted the curfew in Tirana", "a market in Baghdad's Sadr City": a capital
                # after a locative preposition is the place (the bare country), not the
                # government; so is the destination of a journey ("flew to Moscow", "a visit
                # to Riyadh", "left for Rabat", "will visit Pyongyang"), a part of the city
                # ("the centre of Baghdad", "the Moscow metro") and the city armies take or
                # bomb ("bombed Baghdad", "seized Damascus": see :func:`_is_city_place`)
                entry = sense.entry
                if entry.kind != "country" and entry.country:  # type: ignore[union-attr]
                    # an organisation's seat named as a place: the host state's city ("NATO
                    # leaders met in Brussels", "bombers struck Brussels airport": BEL)
                    actor = self.kb.actor(entry.country)  # type: ignore[union-attr]
                elif entry.roles:  # type: ignore[union-attr]
                    # a dated seat ("in Juba" before 2011: SDN): the state of its dated code
                    state = self.kb.countries.get(actor.code[:3])
                    name = state.name if state is not None else actor.name
                    actor = self.kb.actor(actor.code[:3], name=name)
                else:
                    actor = self.kb.actor(entry.code, name=entry.name)  # type: ignore[union-attr]
        if actor is None:
            # bare role noun: "the regime", "the army" → last country mentioned
            head = norms[group[-1].end - 1]
            before = norms[group[0].start - 1] if group[0].start else ""
            if head in _REGIME_NOUNS and before == "the" and context.last_country is not None:
                country = context.last_country.country or ""
                actor = self.kb.actor(country + _REGIME_NOUNS[head])
                return Mention(start, end, index, actor, "description")
            sector = agent.sector if agent is not None else None
            if sector is None or (
                head in _OWNED_ONLY and len(group) == 1 and before not in ("its", "their")
            ):
                return None  # (a bare "helicopter" names no actor: medical, police, news …;
                # "its agents" is the owning state's)
            actor = self.kb.actor("---" + sector, kind="agent")
            via = "agent"
        if actor.kind == "person":
            # (what the title makes of the person depends on the phrase, the date and "former"
            # only: the person is the phrase's actor on the date; a phrase whose people have no
            # dated roles, :func:`_dated`, keeps its actor: :meth:`_titled_person` needs roles,
            # and so does a lone one-word name: it has no title before it nor in it)
            if phrase.by_date is not None and (len(group) > 1 or group[0].end - group[0].start > 1):
                titled = phrase.titled
                if titled is None:
                    titled = phrase.titled = {}
                key = (_period(phrase.dates, date), former and _is_former(group, norms))
                person = titled.get(key)
                if person is None:
                    person = titled[key] = self._titled_person(group, norms, date, actor)
                actor = person
            context.surnames.setdefault(norms[group[-1].end - 1], actor)
            last_match = group[-1]
            if (
                actor.country in _FAMILY_NAME_FIRST
                and last_match.end - last_match.start > 1
                and _kind(last_match) == "person"
            ):
                # session 11: a Korean or Chinese name puts the family name first, and it is
                # the one the text uses again: "North Korean leader Kim Jong-il ..., and Kim
                # apologised" (PRKGOV), "Moon Jae-in ..., and Moon urged Tokyo" (the first
                # word of the person's own name, not of a title in the alias: "President Hu
                # Jintao")
                family = actor.name.split(" ", 1)[0].lower()
                if family in norms[last_match.start : last_match.end - 1]:
                    context.surnames.setdefault(family, actor)
            if len(whole) > 1 and norms[whole[-1].start - 1] in ("'s", "'"):
                owned = self._persons_role(actor, whole[-1])
                if owned is not None:  # "President Kabila's army": his state's army (CODMIL)
                    return _new_mention(start, end, index, owned, "agent")
        elif not mixed and agent is not None and former and _is_former(group, norms):
            # "a former CIA official", "Iran's former foreign minister": a former office-holder
            home = actor.country
            if actor.code.startswith("---") or (home and actor.code[3:6] in _STATE_SECTORS):
                actor = self.kb.actor((home or "---") + "ELI", kind="country" if home else "agent")
        return _new_mention(start, end, index, actor, via)

    def _phrase(self, group: list[Match], norms: list[str], possessive: bool = True) -> _Phrase:
        """What the phrase's matches say whatever the sentence around them, memoised by the
        identity of their sense tuples (the matcher hands out the same tuples for a phrase every
        time; the memo keeps them alive, so an identity is never reused) and where a possessive
        splits the phrase (:func:`_possessed_start`; possessive: False when the sentence has no
        possessive, so that none splits it)."""
        key: int | tuple[int, ...]
        if len(group) == 1:
            split, key = 0, id(group[0].senses)
        else:
            split = _possessed_start(group, norms) if possessive else 0
            key = (split, *map(id, map(_SENSES, group)))
        phrase = self._phrases.get(key)
        if phrase is None:
            if len(self._phrases) >= _MEMO_SIZE:
                self._phrases.clear()
            senses = tuple([m.senses for m in group])
            dated = _dated(senses[split:])
            phrase = self._phrases[key] = _Phrase(
                senses,
                split,
                _is_role_only(group),
                self._city_phrase(group),
                {} if dated else None,
                dates=_role_dates(senses) if dated else (),
            )
        return phrase

    def _phrase_actor_on(
        self, phrase: _Phrase, group: list[Match], date: dt.date | None
    ) -> _PhraseActor:
        """What the possessed part of a phrase (``group``) names on ``date``, remembered in
        ``phrase`` (by date only when the date can matter: :func:`_dated`). Speed: a date is
        worked out once per period between the dates of the phrase's roles (:func:`_period`),
        not once per date."""
        if phrase.by_date is None:
            named = phrase.actor = self._phrase_actor_now(group, date)
            return named
        period = _period(phrase.dates, date)
        if phrase.by_period is None:
            phrase.by_period = {}
        named = phrase.by_period.get(period)  # type: ignore[assignment]
        if named is None:
            named = phrase.by_period[period] = self._phrase_actor_now(group, date)
        phrase.by_date[date] = named
        return named

    def _phrase_actor_now(self, group: list[Match], date: dt.date | None) -> _PhraseActor:
        """What a phrase's matches name on ``date`` (not memoised)."""
        mixed = petrarch_agents(m.senses[0] for m in group)  # PETRARCH agents: all combine
        actor, via = self._mixed_actor(group, mixed, date) if mixed else (None, "")
        if actor is None:
            actor, via = self._phrase_actor(group, date)
        return _PhraseActor(actor, via, bool(mixed), _best_agent_sense(group))

    def _loyal_to(self, toks: Words, found: list[Mention]) -> list[Mention]:
        """A role noun without a state before "loyal to <actor>" is that actor's: "troops loyal
        to President Laurent Kabila" → CODMIL, "gunmen loyal to Hamas" → the group. Armed men
        of a state loyal to a rebel leader or a rebel group of it are the rebels: "Somali gunmen
        loyal to General Mohamed Farah Aidid" → SOMREB, as the wire gold codes them (session
        9; :meth:`_loyal_rebels`)."""
        out = list(found)
        for k, mention in enumerate(found[:-1]):
            if mention.via != "agent":
                continue
            unaligned = mention.actor.sectors == ("UAF",) and mention.actor.country is not None
            if not (unaligned or mention.actor.code.startswith("---")):
                continue
            end = _token_ending(toks, mention.end)
            if toks.norms[end + 1 : end + 3] != ["loyal", "to"]:
                continue
            after = end + 3
            nxt = found[k + 1]
            while (
                after < len(toks.norms)
                and toks.starts[after] != nxt.start  # ("former" may start the mention)
                and toks.norms[after] in _LOYAL_SKIP
            ):
                after += 1  # "loyal to the ousted president", "loyal to former Vice President"
            if after >= len(toks.starts) or nxt.start != toks.starts[after]:
                continue
            if unaligned:
                rebels = self._loyal_rebels(mention.actor, nxt.actor)
                if rebels is not None:
                    out[k] = Mention(
                        mention.start, mention.end, mention.sentence, rebels, "description"
                    )
                continue
            owned = self._owned(nxt.actor, mention.actor)
            if owned is not None:
                out[k] = Mention(mention.start, mention.end, mention.sentence, owned, "description")
        return out

    def _supporters(self, toks: Words, found: list[Mention], index: int) -> list[Mention]:
        """Make "supporters of <a state's office-holder>" civilians of his state, not his office:
        "Supporters of former Brazilian president Jair Bolsonaro stormed Congress" → BRACVL, as
        the wire gold codes them (dev-wire6-193, dev-wire7-080); the mention keeps the person's
        span (via ``description``, as for "troops loyal to …").
        Not when the person owns what they support ("Supporters of President Mugabe's ruling
        ZANU-PF party"), nor a person coded by a group ("supporters of Mursi" in 2013: the
        Brotherhood's)."""
        norms = toks.norms
        firsts = dict(zip(toks.starts, range(len(norms)), strict=True))  # (start → index)
        out = []
        for m in found:
            actor = m.actor
            if actor.kind == "person" and actor.country and actor.code[3:6] in ("GOV", "ELI"):
                k = firsts.get(m.start, 0) - 1
                while k > 0 and norms[k] in _LOYAL_SKIP:
                    k -= 1  # "supporters of the ousted president", "of former president"
                end = _token_ending(toks, m.end) + 1
                if (
                    k > 0
                    and norms[k] == "of"
                    and norms[k - 1] in _SUPPORTER_NOUNS
                    and (end >= len(norms) or norms[end] not in ("'s", "'"))
                ):
                    civilians = self.kb.actor(actor.country + "CVL", kind="country")
                    m = Mention(m.start, m.end, index, civilians, "description")
            out.append(m)
        return out

    def _loyal_rebels(self, men: Actor, leader: Actor) -> Actor | None:
        """The rebels that armed men of a state (``men``, "Somali gunmen") loyal to ``leader``
        are: the leader's rebel code when he or it is a rebel (person or group) of the same
        state, else None."""
        if leader.country != men.country or "REB" not in leader.sectors:
            return None
        return leader if leader.kind == "group" else self.kb.actor(leader.code)

    def _mission_owner(self, group: list[Match], toks: Words, found: list[Mention]) -> Actor | None:
        """The owner of "its embassy in <place>" when states of two countries could own it: the
        one the place is not in ("Saudi Arabia cut ties with Iran after protesters stormed its
        embassy in Tehran" → SAU; an embassy is a state's mission in another). None for any
        other shape, or when that leaves no single state."""
        norms = toks.norms
        start, end = group[0].start, group[-1].end
        if (
            start == 0
            or norms[start - 1] != "its"
            or norms[end - 1] not in _MISSIONS
            or end + 1 >= len(norms)
            or norms[end] != "in"
        ):
            return None
        after = self.matcher.match_words(toks.texts[end + 1 :], norms[end + 1 :])
        if not after or after[0].start != 0:
            return None
        entry = after[0].senses[0].entry
        if entry is None or entry.kind != "country":
            return None
        owners = [
            m.actor
            for m in found
            if m.actor.kind != "person"
            and not m.actor.code.startswith("---")
            and (m.actor.country or m.actor.code)[:3] != entry.code[:3]
        ]
        if len({(a.country or a.code)[:3] for a in owners}) != 1:
            return None
        return owners[-1]

    def _owned(self, owner: Actor, role: Actor) -> Actor | None:
        """The actor of a role noun after a possessive ("his government", "its diplomats"): the
        owner's country with the role's sector; a group's or organisation's own people are the
        group ("Hamas … its fighters")."""
        if owner.kind in ("group", "igo"):
            return owner
        if not owner.country or not role.sectors:
            return None
        return self.kb.actor(owner.country + "".join(role.sectors), kind="country")

    def _persons_role(self, person: Actor, last: Match) -> Actor | None:
        """The actor of "<office-holder>'s <role noun>" ("President Kabila's army", "Putin's
        security services"): the state of a person who holds a state office, with the security
        sector of the role noun (``last``, the phrase's last match). None for another shape."""
        role = _first_agent(last.senses)
        if (
            role is None
            or role.sector not in _OWNED_SECTORS
            or last.senses[0].function != "agent"
            or not person.country
            or person.code[3:6] not in _STATE_SECTORS
        ):
            return None
        return self.kb.actor(person.country + role.sector, kind="country")

    def _mixed_actor(
        self, group: list[Match], agents: list[Sense], date: dt.date | None
    ) -> tuple[Actor | None, str]:
        """The actor of a phrase with PETRARCH agents: the named actor's code with every agent
        combined (:func:`~entente.actors.petrarch.mix_agent_codes`). RETURNS (None, "") for a
        phrase of one agent and no name (the rules for bare role nouns apply)."""
        named = [m for m in group if m.senses[0].function != "agent"]
        base = self._phrase_actor(named, date)[0] if named else None
        if base is None and len(agents) < 2:
            return None, ""
        code = mix_agent_codes(base.code if base is not None else "---", agents)
        if base is not None and base.kind == "person":
            return self.kb.actor(code, name=base.name, kind="person"), "agent"
        return self.kb.actor(code, kind="agent" if base is None else "country"), "agent"

    def _titled_surname(
        self, group: list[Match], toks: Words, date: dt.date | None
    ) -> tuple[Actor, int] | None:
        """A title followed by a bare surname that the knowledge base lists only as part of a full
        name: the one person with that surname who, on the article's date, holds an office of
        the title's sector ("Deputy Secretary Hicks" → Kathleen Hicks, USAGOV).
        RETURNS (tuple[Actor, int] | None): the person and the token index after the surname."""
        i = group[-1].end
        if i >= len(toks.norms) or date is None:
            return None
        text = toks.texts[i]
        if not (text[:1].isupper() and text.replace("-", "").isalpha()):
            return None
        if i + 1 < len(toks.norms) and toks.texts[i + 1][:1].isupper():
            return None  # "Minister Juan Carlos ...": a longer name the resolver does not know
        sector = _best_agent(group)
        head = toks.norms[group[-1].end - 1]  # the title must name the office: "Governor"
        found = [
            (entry, role)
            for entry in self._surnames.get(toks.norms[i], ())
            for role in entry.roles
            if role.covers(date) and role.code[3:6] == sector and head in role.title.lower()
        ]
        if len({id(entry) for entry, _ in found}) != 1:
            return None
        entry, role = found[0]
        return self.kb.actor(role.code, name=entry.name, kind="person"), i + 1

    @functools.cached_property
    def _surnames(self) -> dict[str, list[Entry]]:
        """Last words of people's full names (not listed as names on their own) → the people."""
        index: dict[str, list[Entry]] = {}
        for entry in self.kb.entries:
            if entry.kind != "person":
                continue
            words = normalize_phrase(entry.name).split()
            if len(words) >= 2 and words[-1] not in self.kb.phrases:
                index.setdefault(words[-1], []).append(entry)
        return index

    def _based(self, matches: list[Match], toks: Words) -> list[Match]:
        """Read "Somalia-based" (one token) as the country's adjective: "a Somalia-based
        paramilitary group" → SOMUAF."""
        taken = {i for m in matches for i in range(m.start, m.end)}
        extra = []
        texts = toks.texts
        for i, norm in enumerate(toks.norms):
            if i in taken or not norm.endswith("-based") or not texts[i][:1].isupper():
                continue
            senses = self._based_senses(norm[: -len("-based")])
            if senses is not None:
                extra.append(Match(i, i + 1, senses))
        return sorted(matches + extra, key=lambda m: m.start) if extra else matches

    def _led(self, matches: list[Match], toks: Words, words: str) -> list[Match]:
        """Read "Saudi-led", "US-led", "NATO-led" (one token) before a role noun or "coalition"
        as the leader's adjective or name: "the Saudi-led coalition" → SAUMIL, "US-led forces" →
        USAMIL, "NATO-led troops" → IGOWSTNAT (the leader's forces); and "pro-Indonesian" before
        unaligned armed men as the side they fight for: "pro-Indonesian militias" → IDNUAF
        (other role nouns after "pro-X" keep no country: "pro-Russian separatists" are
        ---REB, not Russia's); "British-flagged" as the flag state ("Iran seized a
        British-flagged tanker": the ship is Britain's). words: the sentence's
        :func:`~entente.actors.matcher.haystack`."""
        by_start = {m.start: m for m in matches}
        taken = {i for m in matches for i in range(m.start, m.end)}
        extra: list[Match] = []
        for found in _AFFIXED.finditer(words):
            i = words.count(" ", 0, found.start()) - 1  # (the token's index)
            if i in taken or i + 1 >= len(toks.norms):
                continue
            text = toks.texts[i]
            if found.group().endswith("-led") and text[:1].isupper():
                senses = self._affix_senses(text[:-4], ("country", "igo"))
                nxt = by_start.get(i + 1)
                if nxt is None and toks.norms[i + 1] == "allied":
                    nxt = by_start.get(i + 2)  # "US-led allied warplanes"
                if senses is None and nxt is not None and nxt.senses[0].function == "agent":
                    # "the Hezbollah-led opposition": the leading group's state (session 8)
                    senses = self._group_state(text[:-4])
                if senses is None:
                    continue
                if nxt is None and toks.norms[i + 1] == "coalition":
                    extra.append(Match(i, i + 1, senses))
                    extra.append(Match(i + 1, i + 2, _COALITION))
                elif nxt is not None and nxt.senses[0].function == "agent":
                    extra.append(Match(i, i + 1, senses))
            elif found.group().endswith("-flagged") and text[:1].isupper():
                # "a British-flagged tanker", "Panamanian-flagged ships": the flag state's
                senses = self._affix_senses(text[:-8], ("country",))
                if senses is not None:
                    extra.append(Match(i, i + 1, senses))
            elif (
                found.group().endswith(("-owned", "-linked"))
                and text[:1].isupper()
                and toks.norms[i + 1] in _OWNED_VESSELS
            ):
                # session 11: "an Israel-linked cargo ship", "Greek-owned tankers": the ship is
                # the owning state's, as a flag makes it ("a state-owned newspaper" is not)
                senses = self._affix_senses(text[: text.rindex("-")], ("country",))
                if senses is not None:
                    extra.append(Match(i, i + 1, senses))
            elif found.group().startswith("pro-") and text[4:5].isupper():
                nxt = by_start.get(i + 1)
                if nxt is not None and nxt.senses[0].sector == "UAF":
                    senses = self._affix_senses(text[4:], ("country",))
                    if senses is not None:
                        extra.append(Match(i, i + 1, senses))
        return sorted(matches + extra, key=_START) if extra else matches

    def _brokered(
        self, matches: list[Match], toks: Words
    ) -> tuple[list[Match], list[tuple[Match, int]]]:
        """Find the mediators named by an adjective compound before a process between parties:
        "an Egyptian-brokered ceasefire", "a UN-mediated deal", "UN-sponsored talks" (one token:
        the state's adjective or name, or an organisation's name, before the suffix) and "the
        U.S.-brokered truce" (a matched state or organisation, "-" and the participle: three
        tokens). The compound names the one who brokered the process, not an actor of the
        clause, so it is made a mention of its own kind after the context passes
        (:meth:`_mediators`): it is no subject or antecedent for them, and a matched
        "U.S." is taken out of ``matches``. A compound before any other noun ("Iran-sponsored
        militias") is left as it is.
        RETURNS: the matches, and each compound as (its match, the index after its last token)."""
        norms, texts = toks.norms, toks.texts
        n = len(norms)
        taken = {i for m in matches for i in range(m.start, m.end)}
        ends = {m.end: m for m in matches}
        found: list[tuple[Match, int]] = []
        dropped: set[int] = set()  # ids of the matches that became compounds
        for i, norm in enumerate(norms):
            if not norm.endswith(_BROKERED_SUFFIXES):
                continue
            noun = _process_after(norms, i + 1, n)
            if noun is None or (norm.endswith("sponsored") and noun in _PROPOSALS):
                continue  # "a U.S.-sponsored plan": the sponsor's own proposal, no mediation
            if norm not in _BROKERED_SUFFIXES:  # "Egyptian-brokered", "UN-mediated"
                head, dash, _ = texts[i].rpartition("-")
                if i in taken or not dash or not head[:1].isupper():
                    continue
                senses = self._affix_senses(head, ("country", "igo"))
                if senses is not None:
                    found.append((Match(i, i + 1, senses), i + 1))
            elif i >= 2 and norms[i - 1] == "-" and (match := ends.get(i - 1)) is not None:
                sense = match.senses[0]  # "U.S." "-" "brokered"
                entry = sense.entry
                if (
                    entry is not None
                    and entry.kind in ("country", "igo")
                    and sense.function in ("name", "adjective")
                ):
                    found.append((match, i + 1))
                    dropped.add(id(match))
        if dropped:
            matches = [m for m in matches if id(m) not in dropped]
        return matches, found

    def _mediators(
        self,
        brokers: list[tuple[Match, int]],
        found: list[Mention],
        toks: Words,
        index: int,
        date: dt.date | None,
        context: _Context,
    ) -> list[Mention]:
        """Add the mediators of :meth:`_brokered` to a sentence's mentions, each spanning its
        whole compound ("Egyptian-brokered", "U.S.-brokered") and marked ``via="mediator"``:
        a modifier of the process that names who brokered it. The event coder takes no such
        mention as the source or target of a pattern; it codes the mediation (045) toward the
        process's parties itself. RETURNS (list[Mention]): the mentions in text order."""
        out = list(found)
        for match, end in brokers:
            group = [match]
            phrase = self._phrase(group, toks.norms)
            made = self._phrase_mention(group, phrase, toks, toks.norms, index, date, context)
            if made is not None:
                stop = toks.ends[end - 1]  # (the compound's last character)
                out.append(_new_mention(made.start, stop, index, made.actor, "mediator"))
        out.sort(key=_START)
        return out

    def _affix_senses(self, word: str, kinds: tuple[str, ...]) -> tuple[Sense] | None:
        """The sense of the state (as an adjective) or organisation (its name) that ``word`` (as
        written, before "-led" or after "pro-") names, when its kind is in ``kinds``; memoised,
        so that the same sense tuple is handed out every time, as the matcher does."""
        key = f"{word} {' '.join(kinds)}"
        if key not in self._based_memo:
            self._based_memo[key] = None
            for sense in self.kb.phrases.get(normalize_phrase(word), ()):
                entry = sense.entry
                if (
                    entry is None
                    or entry.kind not in kinds
                    or sense.function not in ("name", "adjective")
                    or (sense.case_sensitive and sense.surface != word)
                ):
                    continue
                if entry.kind == "country":
                    if self.kb.countries.get(entry.code) is not entry:
                        continue  # a place, not a state
                    sense = Sense("adjective", entry=entry)
                self._based_memo[key] = (sense,)
                break
        return self._based_memo[key]

    def _group_state(self, word: str) -> tuple[Sense] | None:
        """The adjective sense of the state of the group that ``word`` (as written, before
        "-led") names, or None (memoised as :meth:`_affix_senses`): "the Hezbollah-led
        opposition" is Lebanon's opposition (LBNOPP), "a Hamas-led government" Palestine's;
        a group of no single state (al-Qaeda) gives none."""
        key = f"{word} -led group"
        if key not in self._based_memo:
            self._based_memo[key] = None
            group = self._affix_senses(word, ("group",))
            country = group[0].entry.country if group and group[0].entry else None
            state = self.kb.countries.get(country) if country else None
            if state is not None:
                self._based_memo[key] = (Sense("adjective", entry=state),)
        return self._based_memo[key]

    def _based_senses(self, word: str) -> tuple[Sense] | None:
        """The adjective sense of the country a word names, or None (memoised, so that the same
        sense tuple is handed out every time, as the matcher does)."""
        if word not in self._based_memo:
            self._based_memo[word] = None
            for sense in self.kb.phrases.get(word, ()):
                entry = sense.entry
                if entry is not None and entry.kind == "country" and sense.function != "seat":
                    self._based_memo[word] = (Sense("adjective", entry=entry),)
                    break
        return self._based_memo[word]

    def _titled_person(
        self, group: list[Match], norms: list[str], date: dt.date | None, actor: Actor
    ) -> Actor:
        """A title before a name ("Prime Minister Scott Morrison") that names an office the person
        held is trusted when the article's date is outside every known role of the person (or
        unknown: an undated "President Yoweri Museveni" is UGAGOV, not his default code), and
        chooses between two offices held on the date ("army chief Burhan": SDNMIL)."""
        entry = None
        at = 0  # (where the person's name is in the phrase)
        for k, m in enumerate(group):  # the person the date chose among namesakes (_by_date)
            sense = m.senses[0] if len(m.senses) == 1 else _by_date(m.senses, date)
            if (
                sense.function == "name"
                and sense.entry is not None
                and sense.entry.kind == "person"
            ):
                entry, at = sense.entry, k
                break
        if entry is None or not entry.roles or _is_former(group, norms):
            return actor
        title = [
            m.senses[0].sector
            for m in group[:at]
            if m.senses[0].function == "agent" and m.senses[0].sector
        ]
        other = next((sector for sector in title if sector in _NONSTATE_TITLES), None)
        if other is not None and entry.country:
            # "Kenya's opposition leader Raila Odinga": the title says what he is on the
            # article's date, against a state office held before or after (KENOPP, not KENGOV)
            if actor.code[3:6] != other and (
                actor.code[3:6] in _STATE_SECTORS or not any(r.covers(date) for r in entry.roles)
            ):
                return self.kb.actor(entry.country + other, name=entry.name, kind="person")
            return actor
        covering = [r for r in entry.roles if r.covers(date)]
        if len(covering) == 1:
            return actor
        # the offices the title names: its state's (or the person's country's) sector for each
        # role noun, "Chinese Premier" → CHNGOV; an organisation's code, "UN Secretary-General"
        # → IGOUNO, "Arab League Secretary-General" → IGOMEAARL
        state = entry.country or ""
        offices: list[str] = []
        for m in group[:at]:
            sense = m.senses[0]
            named = sense.entry
            if sense.function == "agent" and sense.sector:
                offices.append(f"{state}{sense.sector}")
            elif named is not None and named.kind in ("igo", "group"):
                # (between two offices held on the date, a group's code on that date: "Taliban
                # leader Mullah Omar" in 2001 is the Taliban government's, AFGGOV)
                offices.append(named.code_on(date) if covering else named.code)
            elif named is not None and named.kind == "country" and len(named.code) == 3:
                state = named.code
        name = group[at]
        if name.end - name.start > 1:
            # a name that starts with its title: "Premier Zhu" (the role noun "premier")
            in_alias = _first_agent(tuple(self.kb.phrases.get(norms[name.start], ())))
            if in_alias is not None and in_alias.sector:
                offices.append(f"{state}{in_alias.sector}")
        if covering:
            # two offices held at once (listed as overlapping roles): the one the title names
            # ("Sudan's army chief Abdel Fattah al-Burhan" → SDNMIL while he also chairs the
            # Sovereignty Council, SDNGOV; session 9), else the first
            codes = {r.code for r in covering}
            role = next((office for office in offices if office in codes), None)
        else:
            role = _held_office(entry, offices)
        return actor if role is None else self.kb.actor(role, name=entry.name, kind="person")

    def _phrase_actor(self, group: list[Match], date: dt.date | None) -> tuple[Actor | None, str]:
        senses = [_by_date(m.senses, date) for m in group]
        for k, sense in enumerate(senses):
            role = _first_agent(group[k].senses)
            if role is not None and role.sector and sense.entry is not None and sense.code is None:
                other = _other_state(senses, sense)
                if other is not None and other.code != (sense.entry.country or "")[:3]:
                    # "Chile's Defense Department": a generic institution name that is also the
                    # name of another state's institution (the Pentagon) belongs to the state named
                    return self.kb.actor(other.code + role.sector, kind="country"), "agent"
        for rank in ("person", "group", "igo"):
            for sense in senses:
                if (
                    sense.entry is not None
                    and sense.entry.kind == rank
                    and sense.function in ("name", "population")
                ):
                    entry = sense.entry
                    code = entry.code_on(date)
                    via = "role" if entry.roles else "dictionary"
                    return self.kb.actor(code, name=entry.name, kind=rank), via
        for k, sense in enumerate(senses):
            if sense.function == "seat" and sense.code:
                other = _other_state(senses, sense)
                if other is not None:
                    # "Chile's Defense Department": the seat's words, not its country (USAMIL)
                    role = _first_agent(group[k].senses)
                    role = role or _best_agent_sense(group)
                    sector = role.sector if role is not None and role.sector else ""
                    return self.kb.actor(other.code + sector, kind="country"), "agent"
                agent = _best_agent_sense(group)
                place = sense.entry
                code = sense.code
                if place is not None and place.roles:  # a dated seat: "Juba" in 2005 is SDNGOV
                    for dated in place.roles:
                        if dated.covers(date):
                            code = dated.code
                            break
                if (
                    agent is not None
                    and agent.sector
                    and place is not None
                    and place.kind == "country"
                    and sense.code == place.code + "GOV"
                ):
                    # a capital with a role noun: "Kyiv police" is UKRCOP, not the government
                    return self.kb.actor(code[:3] + agent.sector, kind="country"), "agent"
                return self.kb.actor(code), "dictionary"
        country = next((s.entry for s in senses if s.entry is not None), None)
        if country is None:
            return None, ""
        agent = _best_agent_sense(group)
        faith = ""
        if country.kind in _POPULATION_KINDS:
            # "Muslim leaders" → MOSREL; "Muslim leaders in France" → FRARELMOS;
            # "Pakistani Christians", "Rakhine Buddhists" → PAKCHR, MMRBUD (CAMEO: country
            # first); a people alike: "Kurdish rebels in Iraq" → IRQREBKUR
            state = next((s.entry for s in senses if s.entry and s.entry.kind == "country"), None)
            people = country.kind
            if state is not None:
                faith, country = country.code, state
            if people == "religious" and agent is not None and agent.sector in _GENERIC_LEADERS:
                agent = _REL_SENSE
        elif agent is None:
            faith = next(
                (s.entry.code for s in senses if s.entry and s.entry.kind == "religious"), ""
            )
        if agent is not None and agent.sector:
            code = agent.sector + country.code if agent.prepend else country.code + agent.sector
            return self.kb.actor(code + faith, kind="country"), "agent"
        state = self.kb.countries.get(country.code, country)  # a place or territory: its state
        if faith:
            return self.kb.actor(country.code + faith, kind="country"), "dictionary"
        return self.kb.actor(country.code, name=state.name), "dictionary"

    def _references(
        self,
        toks: Words,
        norms: list[str],
        index: int,
        covered: set[int],
        context: _Context,
        found: list[Mention],
        marks: dict[int, str],
        present: set[str] | None = None,
    ) -> list[Mention]:
        """Pronouns, definite descriptions and surnames of people introduced earlier.

        found (list[Mention]): the sentence's mentions so far, in text order (remembered as the
        words are reached); marks: the sentence's :func:`_plural_marks`; present (set[str]): the
        sentence's normal forms when the caller has them.
        """
        surnames = context.surnames  # (neither remember nor _reference changes it)
        if present is None:
            present = set(norms)
        if present.isdisjoint(_REFERRING) and present.isdisjoint(surnames):
            return []  # (a third of sentences: no set is built for them)
        referring = present & _REFERRING
        referring.update(present.intersection(surnames))
        # Only words that can refer to something are looked at (code that must see every token
        # does not belong here).
        positions = compress(range(len(norms)), map(referring.__contains__, norms))  # (in C)
        words = list(filterfalse(covered.__contains__, positions))  # (the uncovered ones, in C)
        if not words:
            return []
        out: list[Mention] = []
        local = _Context.__new__(_Context)  # a shallow copy, as _Context(**vars(context))
        local.__dict__.update(context.__dict__)
        k = 0
        for i in words:
            start = toks.starts[i]
            while k < len(found) and found[k].start <= start:
                if found[k].via != "description":
                    local.remember(found[k].actor, _weak_plural(found[k], marks))
                k += 1
            actor, via = self._reference(toks, i, local)
            if via == "pronoun" and norms[i] == "it":
                # "Iraq said it would allow …": the sayer, not a group named before it
                actor = _saying_subject(toks, norms, i, found) or actor
            if via == "description" and i > 1 and norms[i - 2] in _ENTERING and found:
                # "Iraq's parliament called for the withdrawal of U.S. troops from the country",
                # "Israel barred the rapporteur from entering the country": the subject's state
                actor = self._subject_state(toks, norms, found) or actor
            if via == "pronoun" and norms[i] == "it" and _ACT_NOUNS.intersection(norms[:i]):
                owner = _act_owner(toks, norms, i, found)
                if owner is not None:
                    actor = owner  # "described the US move as unjustified, and X condemned it"
            if actor is not None and (
                (via == "pronoun" and norms[i] == "it")
                or (via == "description" and norms[i] in _STATE_NOUNS)
            ):
                # "the Security Council condemned it", "Cairo blamed the country for …": an
                # object is not its own clause's subject (that would be "itself"; session 8)
                actor = self._other_than_subject(toks, norms, i, found, actor, context) or actor
            if via == "pronoun" and norms[i] in _THEY and actor is not None:
                # "police beat some of them", "they accused Pyongyang": not the clause's own
                # subject or object, nor a bare place when a plural noun was named
                actor = _they_instead(toks, norms, i, found, actor) or actor
                if norms[i - 1] in _SAYING or norms[i - 1] == "that":
                    # session 10: "Houthi rebels, Saudi Arabia's foes, said they …"
                    actor = _apposed_speaker(toks, norms, i, found) or actor
            if via == "pronoun" and norms[i] in _OBJECT_PERSONS and actor is not None:
                # "Ban Ki-moon said after meeting him": not the clause's own subject
                actor = _person_other_than_subject(toks, norms, i, found, actor, local) or actor
            if via == "pronoun" and norms[i] in ("he", "she"):
                # "Putin told Barroso he could take Kiev": the teller (who can be a "he")
                actor = _reporting_subject(toks, norms, i, found) or actor
                if norms[i - 1] in _SAYING or norms[i - 1] == "that":
                    # session 10: "Erdogan, a longtime rival of Assad, said he …": the subject
                    # before the appositive, not the person named inside it
                    actor = _apposed_speaker(toks, norms, i, found) or actor
            elif actor is None and norms[i] in ("he", "she"):
                # "Turkey's president said he would …": the office-holder who said it
                actor = _saying_office(toks, norms, i, found)
                via = "pronoun" if actor is not None else via
            if actor is not None:
                out.append(_new_mention(start, toks.ends[i], index, actor, via))
        return out

    def _other_than_subject(
        self,
        toks: Words,
        norms: list[str],
        i: int,
        found: list[Mention],
        actor: Actor,
        context: _Context,
    ) -> Actor | None:
        """Another antecedent for the object "it" or "the country" at ``i`` than ``actor`` when
        ``actor`` is the subject of the object's own clause: a non-reflexive object does not refer
        to its clause's subject ("North Korea carried out a nuclear test, and the UN Security
        Council condemned it" → PRK, not the Council; "Egypt cut ties with Qatar. Cairo blamed
        the country for the crisis" → QAT; session 8). The subject is the mention ending right
        before the verb of the object, or, for a participle after a comma (", accusing it of
        …"), the mention that starts the sentence. The other antecedent is the last earlier
        mention of the sentence of another state (a state, group or organisation for "it"), else
        the one other state the previous sentence named. None when no rule applies."""
        if i < 2 or norms[i - 1] in _CLAUSE_ENDS or norms[i - 1] in _SAYING:
            return None  # ("said it", "and it": a subject)
        if i + 1 < len(norms) and norms[i + 1] in _SUBJECT_AFTER:
            return None  # ("… that it would"): a subject, which may be the one named before
        j = i - 1 if norms[i - 1] != "the" else i - 2  # (the verb)
        while j > 0 and norms[j] in _STATE_EPITHETS:
            j -= 1
        if j > 0 and norms[j - 1] == "," and norms[j].endswith("ing"):
            opening = found[0] if found else None  # (the sentence's subject, when it starts it)
            first = toks.starts[_first_word(norms)]
            subject = opening if opening is not None and opening.start == first else None
        else:
            end = toks.ends[j - 1]
            subject = next((m for m in found if m.end == end), None)
        if subject is None:
            return None
        country = subject.actor.country
        state = norms[i] != "it"
        if (actor.country != country) if state else (actor.code != subject.actor.code):
            return None
        start = toks.starts[i]
        for m in reversed(found):
            other = m.actor
            if m.start >= start or m is subject or other.code.startswith("---"):
                continue
            if other.kind == "person" or (state and other.kind != "country"):
                continue
            if other.country != country or (other.country is None and other.code != actor.code):
                return self.kb.actor(other.country) if state and other.country else other
        others = set(context.countries) - {country}
        if len(others) == 1 and not any(m.end <= subject.start for m in found):
            return self.kb.actor(next(iter(others)))
        return None

    def _subject_state(self, toks: Words, norms: list[str], found: list[Mention]) -> Actor | None:
        """The state of the sentence's subject (its first mention, when the sentence starts with
        it: "Iraq's parliament" → IRQ), or None."""
        first = found[0]
        if first.start != toks.starts[_first_word(norms)] or first.actor.kind == "person":
            return None
        country = first.actor.country
        state = self.kb.countries.get(country) if country else None
        return self.kb.actor(country, name=state.name) if state is not None and country else None

    def _reference(self, toks: Words, i: int, ctx: _Context) -> tuple[Actor | None, str]:
        norm = toks.norms[i]
        if norm in _PERSON_PRONOUNS and ctx.last_person is not None:
            following = toks.norms[i + 1] if i + 1 < len(toks.norms) else "."
            if norm == "her" and following[:1].isalpha() and following not in _AFTER_OBJECT:
                return None, ""  # "her government": a possessive, not the person
            person = ctx.person_for(norm)  # "she": not a man named last
            if (
                i == 0
                and norm in _OPENING_PRONOUNS
                and ctx.subject is not None
                and _fits(ctx.subject, norm)
            ):
                # session 11: "Ahmadinejad later met Meshaal and Islamic Jihad leader Shallah.
                # He praised the factions …": a sentence that opens with "he" goes on about
                # the previous sentence's subject, not the last person its object named
                person = ctx.subject
            return (person, "pronoun") if person is not None else (None, "")
        if norm in _THEY and ctx.last_plural is not None:
            return ctx.last_plural, "pronoun"
        if norm in _IT and (ctx.last_group or ctx.last_country) is not None:
            return (ctx.last_group or ctx.last_country), "pronoun"
        prev = toks.norms[i - 1] if i else ""
        if i and norm in _STATE_NOUNS:
            # "the Gulf state", "the tiny Gulf state": skip up to two epithets before the noun
            k = i - 1
            while k > 0 and i - k <= 2 and toks.norms[k] in _STATE_EPITHETS:
                k -= 1
            prev = toks.norms[k]
        if prev == "the" and (i + 1 == len(toks.norms) or toks.norms[i + 1] not in ("of",)):
            if norm in _GROUP_NOUNS and ctx.last_group is not None:
                return ctx.last_group, "description"
            if norm in _STATE_NOUNS and ctx.last_country is not None:
                code = ctx.last_country.country or ctx.last_country.code
                return self.kb.actor(code), "description"
        if toks.texts[i][:1].isupper() and norm in ctx.surnames:
            return ctx.surnames[norm], "surname"
        return None, ""


#: words that end the clause of a mention before a pronoun (:func:`_they_instead`)
_CLAUSE_ENDS = frozenset(
    """, ; : and but or that who which whom after before as when while because since if
    until""".split()
)


#: words before "the country" that make it where someone is sent from or let into: the
#: sentence's subject's state (:meth:`ActorResolver._subject_state`)
_ENTERING = frozenset("from leave leaving left enter entering entered".split())
#: words between a subject and "them" that start a clause with another subject ("police
#: said that …"; not "and", which joins the subject's verbs: "police fired tear gas to drive
#: them back" is the same clause as "police … and beat them")
_THEM_ENDS = frozenset("; : but that who which whom because since if until while when".split())


def _they_instead(
    toks: Words, norms: list[str], i: int, found: list[Mention], actor: Actor
) -> Actor | None:
    """Another antecedent for "they"/"them" at ``i`` than ``actor`` (the last plural actor),
    when ``actor`` was named in this sentence and cannot be meant: "them" in the clause whose
    subject it is ("Serbian police beat some of them"), "they" whose own object is of the same
    country ("… and they accused Pyongyang" is not North Korea), or a bare state or place
    ("forced Christians to flee Mosul after ordering them"). The other antecedent is the
    last earlier mention of this sentence with a plural head noun or a group's name (never a
    person or a bare state). None when no rule applies or no such mention is found."""
    start = toks.starts[i]
    before = [m for m in found if m.end <= start]
    cand = next((m for m in reversed(before) if m.actor is actor), None)
    if cand is None:
        return None  # (named in an earlier sentence)
    j = _token_ending(toks, cand.end) + 1  # (the token after the candidate)
    word = norms[i]
    if word == "them" and j < i and _THEM_ENDS.isdisjoint(norms[j:i]):
        pass  # "police beat some of them": the subject of the same clause
    elif actor.kind == "country" and not actor.sectors:
        pass  # a bare state or place: "flee Mosul after ordering them", "North Korean agents"
    elif word == "they" and actor.country:
        nxt = next((m for m in found if m.start > start), None)
        if nxt is None or nxt.actor.country != actor.country:
            return None
        k = _token_ending(toks, nxt.end)
        if not _CLAUSE_ENDS.isdisjoint(norms[i:k]):
            return None  # ("they" is not the subject of that object's clause)
    else:
        return None
    for m in reversed(before):
        other = m.actor
        if (
            m is cand
            or other.code == actor.code
            or other.kind == "person"
            or (other.kind == "country" and not other.sectors)
        ):
            continue
        head = norms[_token_ending(toks, m.end)]
        if other.kind in ("group", "igo") or (head.endswith("s") and not head.endswith("ss")):
            return other
    return None


#: object pronouns of a person (:func:`_person_other_than_subject`; a possessive "her" never
#: gets there: :meth:`ActorResolver._reference` leaves "her government" alone)
_OBJECT_PERSONS = frozenset({"him", "her"})
#: words between a person and "him"/"her" that may start another clause or name another
#: subject ("Merkel told Obama she would call him"): the person may then be meant
_OTHER_SUBJECT = _THEM_ENDS | frozenset("he she they it we i you".split())


def _person_other_than_subject(
    toks: Words, norms: list[str], i: int, found: list[Mention], actor: Actor, ctx: _Context
) -> Actor | None:
    """Another person for the object "him"/"her" at ``i`` than ``actor`` (the last person that
    fits) when ``actor`` is the subject of the pronoun's own clause: a non-reflexive object does
    not refer to its own clause's subject, which would say "himself" ("UN Secretary-General Ban
    Ki-moon said after meeting him …" is the general named before, not Ban; "Putin asked Lavrov
    to call him" is Putin). The subject is the person's mention when nothing but plain words
    stands between it and the pronoun (no other mention, clause word or subject pronoun:
    :data:`_OTHER_SUBJECT`) and it starts the sentence or a clause ("Putin met Erdogan and
    praised him": Erdogan is the object of "met"). The other person is the last one named
    before who fits the pronoun. None when no rule applies."""
    start = toks.starts[i]
    subject = None
    for m in reversed(found):
        if m.end <= start:
            subject = m
            break
    if subject is None or subject.actor is not actor or actor.kind != "person":
        return None
    first = bisect_left(toks.starts, subject.start)
    if first and norms[first - 1] not in _CLAUSE_ENDS:
        return None  # ("Putin met Erdogan and praised him": Erdogan is an object)
    j = _token_ending(toks, subject.end) + 1  # (the token after the subject)
    if j >= i or not _OTHER_SUBJECT.isdisjoint(norms[j:i]):
        return None
    word = norms[i]
    for other in reversed(ctx.people):
        if other.name != actor.name and _fits(other, word):
            return other
    return None


@functools.cache
def _office_titles(title: str) -> frozenset[str]:
    """The title nouns (:data:`_TITLE_NOUNS`) of a role's title ("Supreme Leader of Iran" →
    "supreme", "leader"), parsed once per title (a person named by role is met in sentence
    after sentence)."""
    office = title.split(" of ", 1)[0].split("(", 1)[0].lower()
    return _TITLE_NOUNS.intersection(office.split())


#: nouns of a single act or decision that a later "it" may stand for ("the US move", "Trump's
#: decision", "Israel's strike on …"; see :func:`_act_owner`)
_ACT_NOUNS = frozenset(
    """move decision announcement recognition strike attack raid invasion incursion
    assassination killing bombing annexation blockade""".split()
)


def _act_owner(toks: Words, norms: list[str], i: int, found: list[Mention]) -> Actor | None:
    """The actor whose act the object "it" at ``i`` stands for (session 11): when the last
    actor named before "it" other than its clause's subject is the owner of an act noun right
    after it ("the US move", "Israel's strike"), "it" is that act, not an actor named earlier:
    "Saudi Arabia's royal court described the US move as unjustified, and Iranian President
    Hassan Rouhani condemned it" condemns the United States' move (USA), not the Organisation
    of Islamic Cooperation of the sentence before. None when no such act is named."""
    if i < 2 or norms[i - 1] in _CLAUSE_ENDS or norms[i - 1] in _SAYING:
        return None  # "and it": a subject
    if i + 1 < len(norms) and norms[i + 1] in _SUBJECT_AFTER:
        return None
    end = toks.ends[i - 2]  # the subject of "it"'s verb ends right before that verb
    start = toks.starts[i]
    for m in reversed(found):
        if m.start >= start or m.end == end or m.actor.kind == "person":
            continue
        # the word after the mention (past a possessive "'s")
        after = bisect_left(toks.starts, m.end)
        if after < i and norms[after] in ("'s", "'"):
            after += 1
        return m.actor if after < i and norms[after] in _ACT_NOUNS else None
    return None


#: words after "it" that make it a clause's subject ("said it would", "and it was"), which
#: may be the subject named before (:meth:`ActorResolver._other_than_subject`)
_SUBJECT_AFTER = frozenset(
    """would will was is had has could can should might may must did does wants needed""".split()
)


#: the head words of a rebel role noun that may name a rebel group again ("the guerrillas")
_REBEL_NOUNS = frozenset(
    """rebels rebel guerrillas guerrilla insurgents militants fighters separatists""".split()
)
#: the head words of an armed group's role noun that name the group named before only after
#: "the" and a modifier ("the Islamist movement", "the paramilitary group"; session 11)
_GROUP_NOUNS = frozenset({"group", "movement"})
#: the role codes such a definite description may carry: rebels, other armed groups
_ARMED_ROLES = frozenset({"---REB", "---UAF"})


def _rebels_named(toks: Words, found: list[Mention], context: _Context) -> list[Mention]:
    """A definite rebel role noun without a country ("the guerrillas", "the leftist guerrilla
    group") names the rebel group named before it in the sentence, else the last group of
    earlier sentences when it is a rebel group: "FARC rebels kidnapped Ingrid Betancourt after
    President Pastrana broke off talks with the guerrillas" → COLREB. Never a bare country.
    So does "the" with a modifier before "group" or "movement" of an armed role (rebels or
    other armed groups: "the Islamist movement", "the paramilitary group"), which names no new
    actor: "Burhan ruled out any truce with the Rapid Support Forces, vowing to fight until the
    paramilitary group was crushed" → SDNREBRSF (session 11, round 19)."""
    out = list(found)
    norms = toks.norms
    for k, mention in enumerate(found):
        if mention.actor.code not in _ARMED_ROLES or mention.via != "agent":
            continue
        i = bisect_left(toks.starts, mention.start)
        head = norms[_token_ending(toks, mention.end)]
        if head in _GROUP_NOUNS:
            if i == 0 or norms[i - 1] != "the":
                continue  # "an Islamist group": a new one
        elif head not in _REBEL_NOUNS or mention.actor.code != "---REB":
            continue
        j = i - 1
        while j >= 0 and i - j <= 2 and norms[j].isalpha() and norms[j] not in _DETERMINERS:
            j -= 1  # "the leftist guerrilla group": up to two words between
        if j < 0 or norms[j] != "the":
            continue
        group = next(
            (m.actor for m in reversed(found[:k]) if _is_rebel_group(m.actor)),
            context.last_group if _is_rebel_group(context.last_group) else None,
        )
        if group is not None:
            out[k] = Mention(mention.start, mention.end, mention.sentence, group, "description")
    return out


def _is_rebel_group(actor: Actor | None) -> bool:
    """True for a named group of the rebel sector (COLREB: the FARC; PSEREBHMS: Hamas)."""
    return actor is not None and actor.kind == "group" and "REB" in actor.sectors


def _word_before(toks: Words, start: int) -> str:
    """The normal form of the word before the token that starts at offset ``start`` ("" at the
    sentence's start)."""
    i = bisect_left(toks.starts, start)
    return toks.norms[i - 1] if i else ""


def _token_ending(toks: Words, end: int) -> int:
    """The index of the token that ends at character ``end`` (a mention's end: mentions end on
    a token)."""
    return bisect_left(toks.ends, end)


def _sayer(toks: Words, norms: list[str], i: int, found: list[Mention]) -> Mention | None:
    """The mention X of "X said (that) <pronoun at i> …" (None when the pronoun follows no such
    clause or no mention ends right before the verb of saying)."""
    j = i - 1
    if j >= 0 and norms[j] == "that":
        j -= 1
    if j < 1 or norms[j] not in _SAYING:
        return None
    if norms[j - 1] == "and" and found and found[0].start == toks.starts[_first_word(norms)]:
        # "North Korea expelled the UN inspectors and said it would …": the subject of the
        # sentence, which said it (not the inspectors named last)
        return found[0]
    if norms[j - 1] == ",":
        return _apposed_head(toks, norms, j - 1, found)
    end = toks.ends[j - 1]
    return next((m for m in found if m.end == end), None)


def _apposed_head(
    toks: Words, norms: list[str], comma: int, found: list[Mention]
) -> Mention | None:
    """The subject X of "X, <appositive or relative clause>, said …", the comma at ``comma``
    closing the insertion: "Saudi Arabia, Iran's main regional rival, said it …" is Saudi
    Arabia's statement, not Iran's (the possessive describes the subject). X is the mention
    ending right before the insertion's opening comma (at most eight words back) and starting
    the sentence or a clause after a comma ("On Monday, Saudi Arabia, …"); None otherwise."""
    k = comma - 1
    while k > 0 and comma - k <= 8 and norms[k] != ",":
        if norms[k] in _CLAUSE_BREAKS:
            return None  # ("…, and Iran's rival said"): no insertion
        k -= 1
    if k < 1 or norms[k] != "," or k == comma - 1:
        return None
    end = toks.ends[k - 1]
    head = next((m for m in found if m.end == end), None)
    if head is None:
        return None
    first = _token_ending(toks, head.start + 1)  # (the head's first token)
    if first != _first_word(norms) and (first == 0 or norms[first - 1] != ","):
        return None
    return head


def _apposed_speaker(toks: Words, norms: list[str], i: int, found: list[Mention]) -> Actor | None:
    """The subject X of "X, <appositive>, said (that) he/she/they …" for the pronoun at ``i``
    (:func:`_apposed_head`): a person the pronoun fits, or one office-holder ("Turkey's
    president") for "he"/"she"; an organisation, group or plural for "they". None when the verb
    of saying has no insertion before it or X cannot be the pronoun's referent."""
    said = _sayer(toks, norms, i, found)
    if said is None or said.end >= toks.starts[i]:
        return None
    j = i - 1 if norms[i - 1] in _SAYING else i - 2
    if norms[j - 1] != ",":
        return None  # (the sayer ends right before the verb: the other rules' case)
    actor, word = said.actor, norms[i]
    if word in _THEY:
        return actor if actor.kind != "person" else None
    if actor.kind == "person":
        return actor if _fits(actor, word) else None
    if (
        said.via == "agent"
        and not actor.code.startswith("---")
        and not norms[_token_ending(toks, said.end)].endswith("s")  # (not "officials")
    ):
        return actor
    return None


#: words that end a clause rather than an insertion between a subject and its verb of saying
_CLAUSE_BREAKS = frozenset("; : and but or".split())


#: subject pronouns that may open a sentence about the previous sentence's subject
_OPENING_PRONOUNS = frozenset({"he", "she"})


def _first_word(norms: list[str]) -> int:
    """The index of a sentence's first word after an article ("The Taliban")."""
    return 1 if len(norms) > 1 and norms[0] in ("the", "a", "an") else 0


def _saying_subject(toks: Words, norms: list[str], i: int, found: list[Mention]) -> Actor | None:
    """The state or organisation X of "X said (that) it …" for the pronoun "it" at ``i`` (None
    when the pronoun does not follow such a clause or X is a person or a bare role noun)."""
    said = _sayer(toks, norms, i, found)
    if said is None or said.actor.kind == "person" or said.actor.code.startswith("---"):
        return None
    return said.actor


def _saying_office(toks: Words, norms: list[str], i: int, found: list[Mention]) -> Actor | None:
    """The office-holder X of "X said (that) he …" for "he"/"she" at ``i`` when X is a role
    noun of one person with a state ("Turkey's president", "the Iranian foreign minister"), not
    a plural ("officials") or a bare role noun (None otherwise)."""
    said = _sayer(toks, norms, i, found)
    if (
        said is None
        or said.via != "agent"
        or said.actor.code.startswith("---")
        or norms[_token_ending(toks, said.end)].endswith("s")  # (a plural: "officials")
    ):
        return None
    return said.actor


#: verbs of "X told Y (that) he …", after which "he"/"she" is the teller X
_TELLING = frozenset(
    """told tells tell warned warns warn assured assures informed informs reminded reminds
    promised promises""".split()
)


#: modals after the pronoun that make "X told Y he …" a directive to Y
_DIRECTIVE = frozenset("should must ought needs need had".split())


def _reporting_subject(toks: Words, norms: list[str], i: int, found: list[Mention]) -> Actor | None:
    """The person X of "X told/warned Y (that) he …" for the pronoun at ``i`` (None when the
    pronoun does not follow such a clause)."""
    j = i - 1
    if j >= 0 and norms[j] == "that":
        j -= 1
    if j < 2 or (i + 1 < len(norms) and norms[i + 1] in _DIRECTIVE):
        return None  # "Obama told Merkel that she should act": the one told
    by_end = {m.end: m for m in found}
    told = by_end.get(toks.ends[j])
    if told is None:
        return None
    k = next((n for n in range(j, -1, -1) if toks.starts[n] == told.start), -1)
    if k < 2 or norms[k - 1] not in _TELLING:
        return None
    teller = by_end.get(toks.ends[k - 2])
    if teller is None or teller.actor.kind != "person" or not _fits(teller.actor, norms[i]):
        return None  # "Putin told Merkel she …": not the teller
    return teller.actor


#: words between a person's comma and an appositive naming an office
#: (:meth:`ActorResolver._apposed_offices`)
_APPOSITIVE_GAPS: tuple[list[str], ...] = ([], ["the"], ["then"], ["the", "then"])
#: tokens "X-led" and "pro-X" in a sentence's haystack (:meth:`ActorResolver._led`)
_AFFIXED = re.compile(r"(?<= )(?:[^ ]+-(?:led|flagged|owned|linked)|pro-[^ ]+)(?= )")
#: what a state's "-owned" or "-linked" compound makes the state's: a ship, as its flag makes
#: it (:meth:`ActorResolver._led`, session 11)
_OWNED_VESSELS = frozenset(
    """ship ships vessel vessels tanker tankers cargo freighter freighters container
    merchant""".split()
)
#: the participles of an adjective compound naming a mediator (:meth:`ActorResolver._brokered`)
_BROKERED_SUFFIXES = ("brokered", "mediated", "sponsored")
#: nouns of a process between parties that a mediator brokers ("an Egyptian-brokered truce"; the
#: event coder reads the same words: :mod:`entente.events.mediation`)
PROCESS_NOUNS = frozenset(
    """talks negotiations ceasefire ceasefires cease-fire truce truces deal deals agreement
    agreements accord accords dialogue settlement process plan pact swap exchange roadmap
    conference initiative arrangement framework""".split()
)
#: process nouns that, after "X-sponsored", name X's own proposal ("a U.S.-sponsored plan")
_PROPOSALS = frozenset("plan initiative roadmap framework".split())


def _process_after(norms: list[str], k: int, n: int) -> str | None:
    """The first noun of :data:`PROCESS_NOUNS` at ``k`` or within the two words after it, with
    no punctuation before it ("an Egyptian-brokered Gaza ceasefire agreement": "ceasefire";
    "U.S.-brokered peace talks": "talks"); None when there is none."""
    for j in range(k, min(k + 3, n)):
        word = norms[j]
        if word in PROCESS_NOUNS:
            return word
        if not word[:1].isalnum():
            return None
    return None


#: "coalition" after "Saudi-led": the leader's armed forces (:meth:`ActorResolver._led`)
_COALITION = (Sense("agent", sector="MIL", priority=80),)
#: words that may list state adjectives sharing a role noun
#: (:meth:`ActorResolver._share_role_nouns`)
_SHARING = frozenset({"and", "or", ","})
#: the kinds of a first match that may share role nouns (:func:`_is_state_modifier`)
_MODIFIER_KINDS = frozenset({"adjective", "country"})
_LIST_GAPS = (["and"], ["or"], [","], [",", "and"], [",", "or"])
_COMPASS = frozenset({"north", "south", "east", "west"})


def _is_destination(norms: list[str], i: int) -> bool:
    """True when the word at ``i`` is where a journey goes: the object of "visit", or after
    "to"/"for" after a word of travel ("flew to", "a visit to", "left for")."""
    before = norms[i - 1] if i else ""
    if before in _VISIT_WORDS:
        return True
    return i > 1 and (
        (before == "to" and norms[i - 2] in _TRAVEL_WORDS)
        or (before == "for" and norms[i - 2] in _LEAVING_WORDS)
    )


#: parts of a city before "of" + a capital: "the centre of Baghdad", "the beaches of
#: Mogadishu", "the airport of Freetown", "the southern stronghold of Aden" (:func:`_is_city_place`)
_CITY_PARTS = frozenset(
    """centre center heart outskirts suburbs suburb beaches airport district
    districts neighbourhood neighborhood neighbourhoods neighborhoods quarter stronghold""".split()
)
#: lower-case nouns after a capital that make it the city: "the Tokyo subway", "the Moscow metro"
_CITY_FACILITIES = frozenset("subway metro underground airport suburbs suburb offices".split())
#: verbs of armies taking or bombing a city: "bombed Baghdad", "seized Damascus"
_TAKING_CITY = frozenset(
    """bombed shelled pounded bombarded besieged captured seized overran stormed entered""".split()
)


#: what may follow the name of a thing (a ship, a hotel) that ends its noun phrase: punctuation,
#: a verb of saying or being, a preposition or conjunction ("from the Victoria, the navy said")
_AFTER_NAME = frozenset(",.;:()'\"").union(
    """said says was is were has had in on at off near to from of for with by as and or but
    which that when after before""".split()
)


def _is_city_place(norms: list[str], i: int, after: int) -> bool:
    """True when the capital at ``i`` (its match ending at ``after``) is the city, not the
    government: after a part of a city and "of" ("the centre of Baghdad", "the beaches of
    Mogadishu"), before a city's facility ("the Tokyo subway", "the Paris offices of …"), or the
    object of a verb of war ("bombed Baghdad", "seized Damascus"): the wire gold codes them as
    the bare state, like a capital after "in" (dev-wire3-239, dev-wire-167, dev-wire6-032; not
    "the streets of Havana", where protesters march against the government)."""
    before = norms[i - 1] if i else ""
    if before == "of":
        return i > 1 and norms[i - 2] in _CITY_PARTS
    return before in _TAKING_CITY or (after < len(norms) and norms[after] in _CITY_FACILITIES)


def _is_state_modifier(m: Match, toks: Words) -> bool:
    """A state's adjective ("Indian", "South Korean") or a short capital abbreviation of its
    name ("US", "U.S.", "UK"): what may share the role noun of "Indian and Pakistani troops"."""
    sense = m.senses[0]
    entry = sense.entry
    if entry is None or entry.kind != "country":
        return False
    if sense.function == "adjective":
        return True
    text = toks.texts[m.start]
    return sense.function == "name" and m.end - m.start == 1 and len(text) <= 4 and text.isupper()


def _group(matches: list[Match], norms: list[str]) -> tuple[list[list[Match]], bool]:
    """Group adjacent matches (allowing glue words) into actor phrases.
    RETURNS: the phrases, and whether a state's adjective or name follows "and", "or" or ","
    (the phrases that :meth:`ActorResolver._share_role_nouns` looks at)."""
    groups: list[list[Match]] = []
    listed = False
    last = 0  # (the end of the match before: the last of the last group)
    for m in matches:
        start = m.start
        if groups:
            bridge = False
            if start > last and norms[last] not in _GLUE:
                # (a word but glue between them, the common case: no slice of the words;
                # "Turkish F-16 jets", "U.S.-led forces" join: :func:`_bridges`)
                bridge = (
                    "-" in norms[last]
                    and m.senses[0].function == "agent"
                    and _bridges(norms, last, start)
                )
                if not bridge:
                    if norms[start - 1] in _SHARING and m.senses[0].kind in _MODIFIER_KINDS:
                        listed = True
                    groups.append([m])
                    last = m.end
                    continue
            between = norms[last:start]  # (nothing or glue first)
            # "Israel's security cabinet": one plain word may stand between a possessive and
            # the role noun it qualifies
            possessive_modifier = (
                len(between) == 2
                and between[0] in ("'s", "'")
                and between[1].isalpha()
                and m.senses[0].function == "agent"
            )
            # a PETRARCH noun phrase: "Ithilen's awful and evil minister" (modifiers, "and")
            possessive_modifier = possessive_modifier or (
                2 <= len(between) <= 5
                and between[0] in ("'s", "'")
                and all(w in ("and", "or") or is_modifier(w) for w in between[1:])
                and bool(petrarch_agents(m.senses[:1]))
            )
            if (
                (_GLUE.issuperset(between) or possessive_modifier or bridge)
                and not (between in _VERB_GLUE and groups[-1][-1].senses[0].function == "agent")
                and _can_join(groups[-1], m, between)
            ):
                groups[-1].append(m)
                last = m.end
                continue
        elif start > 1 and norms[start - 1] == "and":
            listed = True  # (the first match: "North and South Korean …")
        groups.append([m])
        last = m.end
    return groups, listed


def _bridges(norms: list[str], last: int, start: int) -> bool:
    """True when the words from ``last`` to ``start`` (a word with a hyphen first) join a state
    and the role noun after them: a weapon's type ("Turkish F-16 jets", "U.S. B-52 bombers": one
    word of letters, a hyphen and a number), or "-led" after a dotted name split from it ("U.S.-led
    (allied) forces"; one token "US-led" is :meth:`ActorResolver._led`'s; session 9)."""
    if start == last + 1:
        return _DESIGNATION(norms[last]) is not None
    return (
        norms[last] == "-"
        and norms[last + 1] == "led"
        and _GLUE.issuperset(norms[last + 2 : start])
    )


#: role nouns that name an actor only with a state or owner ("Israeli helicopters", "North
#: Korean agents"); alone they are any such craft or agents ("helicopters evacuated the
#: wounded", "a law on foreign agents"; session 9)
_OWNED_ONLY = frozenset({"helicopter", "helicopters", "agent", "agents"})
#: a weapon's type: "f-16", "b-52", "mig-29s", "su-24" (:func:`_group`)
_DESIGNATION = re.compile(r"[a-z]{1,3}-\d{1,3}[a-z]{0,2}$").match


def _kind(match: Match) -> str:
    """What a match makes of its phrase (:attr:`Sense.kind` of its first sense)."""
    return match.senses[0].kind


_ORDINARY = frozenset({"ordinary", "average"})
#: words after a capital that make it the place of a newspaper ("the Cairo daily Al-Ahram")
_PRESS_WORDS = frozenset({"daily", "weekly", "tabloid", "paper", "newspaper", "radio"})
#: role nouns that take the one country named around them (:meth:`ActorResolver._implied_country`).
#: Not rebels: they are often fought or armed by foreign states ("U.S. troops killed rebels").
_IMPLIED_COUNTRY = {
    # ("opposition leaders": the head is "leaders"; session 8)
    "OPP": frozenset(
        """opposition protesters protestors demonstrators protester demonstrator leader
        leaders""".split()
    ),
    # separatists are of the state they would split from, never foreign fighters ("Kiev accused
    # pro-Russian separatists of downing it" → UKRREB; session 8)
    "REB": frozenset(["separatists", "secessionists"]),
    # the groups that march and strike against their own government (session 9), as the subject
    # (no actor with a sector before them: :data:`_CROWD_SECTORS`): "Thousands of students marched
    # through Mexico City …" → MEXEDU, "Workers at a truck factory in Minsk heckled …" →
    # BLRLAB, "Angry farmers blocked roads across Bolivia" → BOLAGR (the wire gold's majority:
    # dev-wire-132, -136, dev-wire3-175, dev-wire4-116, dev-wire6-189); plurals only
    "EDU": frozenset(["students", "teachers"]),
    "LAB": frozenset(["workers"]),
    "AGR": frozenset(["farmers"]),
    # session 11: the police of the one state a sentence names, as the crowds are ("Police
    # blamed the Tamil Tigers for a car bomb in Colombo" → LKACOP, dev-wire-172); not after
    # another state's actor with a sector, nor after "foreign"
    "COP": frozenset(["police"]),
}
#: the sectors of :data:`_IMPLIED_COUNTRY` that take the country only when no actor with a
#: sector comes before them (a state's name or adjective may: "French public-sector workers
#: stayed off the job" → FRALAB), and not after "foreign": "Russian police arrested students"
#: keeps ---EDU, as PETRARCH's unit tests code it; "gunmen took 41 foreign workers hostage in
#: Algeria"
_CROWD_SECTORS = frozenset({"EDU", "LAB", "AGR", "COP"})
#: the words of a sentence about a state's opposition, whose "the government" is that state's
#: (:meth:`ActorResolver._implied_country`)
_OPPOSING = _IMPLIED_COUNTRY["OPP"] - {"leader", "leaders"}
#: role nouns that take it only when nothing but "the" or a compass adjective stands before
#: them: a state's own armed forces, not foreign ones ("handed power to the armed forces", "the
#: army", "Northern forces captured Aden, ending the civil war in Yemen"; "forces" alone stays
#: open)
_IMPLIED_DEFINITE = {"MIL": frozenset(["forces", "military", "army"])}
#: the words that make those role nouns the state's own (:data:`_IMPLIED_DEFINITE`)
_OWN_FORCES_BEFORE = frozenset(["the", "northern", "southern"])
#: military role nouns that "government" before them makes the state's own (session 8): "The
#: Syrian opposition accused government forces …" → SYRMIL, "M23 rebels captured Goma, the
#: main city in eastern Congo, after government troops fled" → CODMIL; so too "the government"
#: itself in a sentence about the state's opposition or protesters: the government they oppose
#: ("The Syrian opposition accused …, a charge the government flatly denied" → SYRGOV, "Supporters
#: of the Hezbollah-led opposition blocked roads across Lebanon … to bring down the government"
#: → LBNGOV); without them "the government" may be another state's ("U.S. officials said the
#: government had agreed")
_GOVERNMENT_FORCES = frozenset(
    "forces troops soldiers army military warplanes aircraft jets helicopters".split()
)
#: every head word of :data:`_IMPLIED_COUNTRY`, :data:`_IMPLIED_DEFINITE` and
#: :data:`_GOVERNMENT_FORCES` (one set test per sentence; "the government" needs a word of
#: :data:`_OPPOSING`, which are among them)
_IMPLIED_HEADS = frozenset().union(
    *_IMPLIED_COUNTRY.values(), *_IMPLIED_DEFINITE.values(), _GOVERNMENT_FORCES
)
#: the states whose people's names put the family name first, the one a text repeats alone
#: ("Kim Jong-il ... Kim", "Moon Jae-in ... Moon", "Xi Jinping ... Xi"; session 11)
_FAMILY_NAME_FIRST = frozenset({"PRK", "KOR", "CHN", "TWN", "HKG", "MAC"})
#: words after which a state is the one addressed, not where the clause's actors are
#: (:meth:`ActorResolver._object_state`): verbs of asking, thanking, meeting and visiting and
#: prepositions of address ("Kurdish officials asked Turkey", "the opposition appealed to
#: Washington", "sought arms from Washington", "talks with Iran"); not verbs of hostility, whose
#: object is often the actors' own state ("Tuareg rebels warned Mali", "Kurdish rebels attacked
#: Turkey": MLIREBTRG, TURREBKUR), nor "against"
_OBJECT_MARKERS = frozenset(
    """to from with toward towards ask asks asked asking urge urges urged urging press presses
    pressed pressured beg begged thank thanks thanked meet meets met lobby lobbied petitioned
    implored tell tells told invite invites invited visit visits visited visiting request
    requests requested""".split()
)
#: verbs of a crowd's protest before "against" whose object is no state of the crowd's
#: (:meth:`ActorResolver._object_state`, session 11)
_PROTESTING = frozenset(
    """protest protests protested protesting demonstrate demonstrates demonstrated
    demonstrating rally rallies rallied rallying march marches marched marching""".split()
)
#: verbs before "on" that make it address ("called on Turkey to …")
_CALLING = frozenset({"call", "calls", "called", "calling"})
#: the two Korean states, and what "the North" and "the South" name in a sentence about them
#: (:meth:`ActorResolver._korean_halves`)
_KOREAS = frozenset({"PRK", "KOR"})
_KOREAN_HALVES = {"north": "North Korea", "south": "South Korea"}
#: nouns of the people who back a leader (:meth:`ActorResolver._supporters`; the sentence test
#: names them one by one)
_SUPPORTER_NOUNS = frozenset({"supporters", "followers"})
#: the heads of a state office's title (:meth:`ActorResolver._bare_titles`; "leader" only after
#: "supreme")
_BARE_TITLES = frozenset(
    "president premier minister chancellor emir king queen monarch sultan shah leader".split()
)
#: words between "the" and such a title: "the new president", "the interim prime minister"
_TITLE_ADJECTIVES = frozenset("new interim acting outgoing incoming late".split())
#: a state's missions abroad (:meth:`ActorResolver._mission_owner`)
_MISSIONS = frozenset(["embassy", "embassies", "consulate", "consulates", "mission"])
#: words of a journey before "to" (:func:`_is_destination`)
_TRAVEL_WORDS = frozenset(
    "flew fly flies flying travelled traveled travel travels travelling traveling went go goes "
    "going came come comes coming arrived returned return returns returning headed heading "
    "trip trips visit visits journey journeys mission".split()
)
#: words of leaving before "for": "left for Rabat"
_LEAVING_WORDS = frozenset("left leave leaves leaving departed depart departs departing".split())
#: verbs whose object is the place visited: "will visit Pyongyang"
_VISIT_WORDS = frozenset("visit visits visited visiting toured tour touring".split())
#: prepositions after which a capital names the place: "in Kabul" (not "to", "from",
#: "between": "appeals from London", "talks between Washington and Beijing" are governments)
_LOCATIVES = frozenset("in into near outside inside around across throughout within at".split())


def _plural_marks(
    tokens: list[Token], norms: list[str], present: set[str] | None = None
) -> dict[int, str]:
    """:func:`_marks_at` for a list of tokens."""
    return _marks_at([tok.start for tok in tokens], norms, present)


def _marks_at(
    starts: list[int], norms: list[str], present: set[str] | None = None
) -> dict[int, str]:
    """Character offsets of the tokens right after a locative preposition ("in", "near") →
    "place", after one and "the" → "venue", and right after "a"/"an" → "single". starts: the
    tokens' start offsets; present (set[str]): the sentence's normal forms when the caller has
    them."""
    if present is not None and _MARKS.keys().isdisjoint(present):
        return {}
    # (the positions of the marking words but the last, found in C)
    marks = {}
    for i in compress(range(len(norms) - 1), map(_MARKS.__contains__, norms)):
        mark = marks[starts[i + 1]] = _MARKS[norms[i]]
        if mark == "place" and i + 2 < len(norms) and norms[i + 1] == "the":
            marks[starts[i + 2]] = "venue"  # "at the International Court of Justice" (_marks_of)
    return marks


_MARKS = dict.fromkeys(_LOCATIVES, "place") | {"a": "single", "an": "single"}


def _marks_of(starts: list[int], norms: list[str], mentions: list[Mention]) -> dict[int, str]:
    """:func:`_marks_at` for the starts of ``mentions`` only (the only offsets it is asked
    about). Speed: a few look-ups per sentence instead of a pass over its words; a sentence
    whose mentions follow no marking word then remembers them without looking at marks."""
    marks: dict[int, str] = {}
    for mention in mentions:
        start = mention.start
        i = bisect_left(starts, start)  # (mentions start on a token)
        if i and i < len(starts) and starts[i] == start:
            mark = _MARKS.get(norms[i - 1])
            if mark is None and i > 1 and norms[i - 1] == "the":
                # "at the International Court of Justice": a venue (for organisations only)
                mark = "venue" if _MARKS.get(norms[i - 2]) == "place" else None
            if mark is not None:
                marks[start] = mark
    return marks


def _weak_plural(mention: Mention, marks: dict[int, str]) -> bool:
    """A poor antecedent for "they": a bare country or place named after a locative preposition
    ("in Paris", "in Iraq"), or a role noun after "a"/"an" ("a newspaper")."""
    actor = mention.actor
    mark = marks.get(mention.start)
    if mark == "place":
        # (an organisation after "at", "in": a venue; :meth:`_Context.remember`)
        return (actor.kind == "country" and not actor.sectors) or actor.kind == "igo"
    if mark == "venue":  # "at the International Court of Justice"
        return actor.kind == "igo"
    return mark == "single" and actor.kind not in ("group", "igo", "person")


def _is_capital(sense: Sense) -> bool:
    """A seat that stands for the state's government (a capital city, not "the Kremlin")."""
    entry = sense.entry
    return (
        sense.function == "seat"
        and entry is not None
        and entry.kind == "country"
        and sense.code == entry.code + "GOV"
    )


#: gatherings that an organisation holds at its seat: "a Western Balkans summit in Brussels" is
#: the EU's summit, not a Belgian one (:func:`_is_hosted_seat`)
_HOSTED_GATHERINGS = frozenset(
    "summit summits meeting meetings talks conference conferences council".split()
)


def _is_hosted_seat(sense: Sense) -> bool:
    """An organisation's seat in a state's city ("Brussels": the EU's, in Belgium; its entry
    carries the host state), which names the city when it is named as a place (session 11),
    but not after a gathering (:data:`_HOSTED_GATHERINGS`)."""
    entry = sense.entry
    return (
        sense.function == "seat"
        and entry is not None
        and entry.kind != "country"
        and entry.country is not None
    )


#: capitalised words after a capital that make it a newspaper's name ("The Washington Post")
_MASTHEADS = frozenset({"post", "times", "herald", "tribune", "journal", "gazette", "observer"})
_POSSESSIVES = {"his": "person", "her": "person", "its": "thing", "their": "any"}
#: role nouns that are also adjectives: "military exercises", "naval drills" name no actor
#: ("militant" too: "militant training camps in Afghanistan" are the place's, wire gold codes
#: strikes on them against the state they are in; "rebel positions" stay the rebels)
_ADJECTIVE_ROLES = frozenset({"military", "naval", "militant"})
#: the words :func:`_drop_modifier_roles` looks at
_MODIFIER_ROLES = _ADJECTIVE_ROLES | {"hostage", "general"}
#: nouns after which a lone "general" is the adjective ("a general strike"): no MIL
_GENERAL_NOUNS = frozenset(
    """strike strikes election elections amnesty consensus public debate debates meeting
    meetings conference conferences assembly""".split()
)
#: words after "the military" that make it the subject ("the military said")
_AFTER_SUBJECT = frozenset(
    """said says say has have had is was were are will would could may might should must can did
    does do also and or but then in on at to of from for with by as says warns denies claims
    insists admits announces reports confirms accuses rejects launches plans wants agrees refuses
    controls remains takes seizes continues retains holds""".split()
)
#: verbs after which a singular "hostage" is predicative ("held the cabinet hostage")
_HOLDING = frozenset(
    "held hold holds holding took take takes taken taking kept keep keeping seized".split()
)


#: capitalised words after a capital that make it a place or an institution, not a first name
#: ("Kabul Airport", "Tehran University", "Damascus Declaration")
_AFTER_PLACE = frozenset(
    """airport university province region district street square declaration accord accords
    agreement summit conference communique protocol process format convention treaty talks
    times post olympics games stock exchange metro zoo museum hotel city valley mosque
    cathedral palace stadium station port council court municipality mayor governor police
    consensus pact charter initiative forum airlines airways radio television tv bureau office
    embassy international central daily herald tribune journal news gazette observer club
    group spring peace marathon bay river road avenue bridge gate camp prison area""".split()
)
_DETERMINER_BEFORE = frozenset({"the", "a", "an", "this", "that"})


def _drop_first_names(matches: list[Match], toks: Words) -> list[Match]:
    """A capital or a group's one-word name that is the first name of a person: "Paris Hilton
    attended" (not the French government), "the lawyer Amal Clooney" (not the Amal party). The
    name is followed by one unknown capitalised word (the surname) and then a lower-case word or
    punctuation; not after a determiner ("the Washington Consensus"). A group's name is taken
    as a first name only after a role noun ("lawyer", "activist"), which names a person."""
    dropped: set[int] = set()
    taken: set[int] | None = None
    for k, m in enumerate(matches):
        i = m.end
        if (
            m.end - m.start != 1
            or m.senses[0].kind not in _FIRST_NAME_KINDS
            or i >= len(toks.norms)
        ):
            continue  # (not a one-word capital or group name, or nothing after it)
        surname = toks.texts[i]
        if not (surname[:1].isupper() and surname[1:].islower()):
            continue
        if taken is None:
            taken = {j for x in matches for j in range(x.start, x.end)}
        if i in taken:
            continue
        sense = m.senses[0]
        entry = sense.entry
        capital = _is_capital(sense)
        group = (
            sense.function == "name"
            and entry is not None
            and entry.kind == "group"
            and k > 0
            and matches[k - 1].end == m.start
            and matches[k - 1].senses[0].function == "agent"
            and toks.texts[m.start - 1].islower()
        )
        after = toks.texts[i + 1] if i + 1 < len(toks.norms) else "."
        if (
            (capital or group)
            and toks.texts[m.start][1:].islower()  # "Paris", not "PARIS" or "AMAL"
            and surname.replace("-", "").isalpha()
            and toks.norms[i] not in _AFTER_PLACE
            and toks.norms[i] not in _MONTHS_AND_DAYS
            and not after[:1].isupper()
            and after not in ("-", "&")
            and (m.start == 0 or toks.norms[m.start - 1] not in _DETERMINER_BEFORE)
        ):
            dropped.add(k)
    if not dropped:
        return matches
    return [m for k, m in enumerate(matches) if k not in dropped]


#: the kinds of the senses :func:`_drop_first_names` looks at (capitals and groups' names)
_FIRST_NAME_KINDS = frozenset({"seat", "group"})

#: traits of a sense tuple (:func:`_traits`): it names homonymous places
#: (:meth:`ActorResolver._choose_homonyms`), its first sense is a capital's or a group's
#: (:func:`_drop_first_names`), its first sense is a role noun (:func:`_attach_places`)
_HOMONYM, _FIRST_NAME, _ROLE_FIRST = 1, 2, 4
_ALL_TRAITS = _HOMONYM | _FIRST_NAME | _ROLE_FIRST
#: the bit of a sense tuple not compiled at load (made while reading): every pass
_UNKNOWN = 8


def _traits(senses: tuple[Sense, ...], homonym: bool) -> int:
    """The passes a match with these senses may need, as bits (compiled at load for every sense
    tuple of the matcher). Speed: a sentence whose matches have none of a pass's traits skips
    the pass, which would change nothing: :func:`_drop_first_names` drops only one-word
    capitals and groups' names; :func:`_attach_places` changes only phrases with a role noun
    first (:func:`_is_unplaced`). (After :meth:`ActorResolver._choose_homonyms` a first sense
    may no longer be a role noun: the bits then ask for more than is needed, never less.)"""
    first = senses[0]
    return (
        (_HOMONYM if homonym else 0)
        | (_FIRST_NAME if first.kind in _FIRST_NAME_KINDS else 0)
        | (_ROLE_FIRST if first.function == "agent" else 0)
    )


_MONTHS_AND_DAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)


#: heads of a possessed phrase that name one of the organisation's people: "Al-Qaida's founder"
_MEMBER_HEADS = frozenset(
    "founder co-founder chief head boss leader leaders commander commanders spokesman "
    "spokeswoman spokesperson envoy representative negotiator".split()
)


def _possessed_head(toks: Words, end: int) -> int:
    """After an organisation's name ending at ``end``: the end of "'s [up to three lower-case
    words] founder/chief/…" (0 when there is none), so that "the European Union's foreign policy
    chief" is one mention with the organisation's code."""
    if end >= len(toks.norms) or toks.norms[end] not in ("'s", "'"):
        return 0
    for k in range(end + 1, min(end + 5, len(toks.norms))):
        text = toks.texts[k]
        if not (text.replace("-", "").isalpha() and text.islower()):
            return 0
        if toks.norms[k] in _MEMBER_HEADS:
            return k + 1
    return 0


def _drop_modifier_roles(matches: list[Match], toks: Words) -> list[Match]:
    """Role nouns that name no actor here: an adjective before a plain noun, with no country
    ("began military exercises", "the military operation", "struck militant training camps";
    not "the military said", "military officials", "Iran's military support", "a militant
    group"), "general" before strike(s), election(s), amnesty,
    consensus, public, debate, meeting, conference, assembly or after "in" ("in general"), and
    "hostage" as a predicate ("held Prime Minister X and his cabinet hostage")."""
    if not matches:
        return matches
    taken = {i for m in matches for i in range(m.start, m.end)}
    out = []
    for m in matches:
        word = toks.norms[m.start] if m.end - m.start == 1 else ""
        if word == "general" and m.senses[0].function == "agent":
            after = toks.norms[m.end] if m.end < len(toks.norms) else ""
            if after in _GENERAL_NOUNS or (
                m.start and toks.norms[m.start - 1] == "in" and toks.texts[m.start].islower()
            ):
                continue  # "a general strike", "in general": no general
        if word in _ADJECTIVE_ROLES and m.senses[0].function == "agent" and m.end < len(toks.norms):
            nxt, nxt_norm = toks.texts[m.end], toks.norms[m.end]
            before = toks.norms[m.start - 1] if m.start else ""
            if (
                m.end not in taken
                and m.start - 1 not in taken  # "Iran's military support": IRNMIL
                and before not in ("'s", "'")
                and nxt.isalpha()
                and nxt.islower()
                and nxt_norm not in _AFTER_SUBJECT
                and nxt_norm not in _GROUP_NOUNS
                and not nxt_norm.endswith("ed")
            ):
                continue
        if (
            word == "hostage"
            and any(norm in _HOLDING for norm in toks.norms[max(0, m.start - 10) : m.start])
            and not any(w in ("a", "an", "another") for w in toks.norms[m.start - 2 : m.start])
        ):
            continue  # not "took an American hostage"
        out.append(m)
    return out


#: capitalised words after a place that make it the name of a treaty ("the Kyoto Protocol")
_TREATY_WORDS = frozenset(
    """protocol protocols accord accords agreement agreements treaty treaties convention
    conventions declaration charter pact communique""".split()
)


def _drop_treaty_places(matches: list[Match], toks: Words) -> list[Match]:
    """A place named in a treaty's name is not its actor: "the Kyoto Protocol", "the Oslo
    Accords", "the Paris Agreement", "the Singapore Declaration"."""
    out = []
    for m in matches:
        if (
            m.end < len(toks.norms)
            and toks.norms[m.end] in _TREATY_WORDS
            and toks.texts[m.end][:1].isupper()
            and _kind(m) in ("country", "seat")
        ):
            continue
        out.append(m)
    return out


#: lower-case nouns of languages and buildings: a state's or faith's adjective before them names
#: no actor ("the Russian language", "a Jewish community centre", "a Catholic church")
_THING_NOUNS = frozenset(
    """language languages community synagogue synagogues mosque mosques church churches school
    schools hospital hospitals pope pontiff enclave enclaves""".split()
)
#: the kinds of adjectives :func:`_drop_thing_adjectives` drops before a thing
_THING_ADJECTIVES = frozenset({"country", "religious", "ethnic"})
#: the pope (a seat of the Holy See): a state's adjective before it is his nationality
_POPE_NOUNS = frozenset({"pope", "pontiff"})
#: a language before a role noun says what they teach or speak ("Russian language teachers"
#: are not Russia's): :func:`_drop_thing_adjectives` drops the adjective still
_LANGUAGE_NOUNS = frozenset({"language", "languages"})
_CENTRES = frozenset({"centre", "center", "centres", "centers"})


def _drop_thing_adjectives(matches: list[Match], toks: Words) -> list[Match]:
    """A state's, people's or faith's adjective before a language, a building or a place
    (:data:`_THING_NOUNS`, lower case) is no actor: "the Russian language", "a Jewish community
    centre", "bombed a Catholic church", "a Muslim school" (the noun keeps its own role: ---REL,
    ---EDU), "the Muslim enclave of Srebrenica" (the place named after it is the actor: the
    wire gold codes BIH; session 9). "The Catholic church" (singular, after "the") and "the
    Catholic Church" are the institution, and "the Iranian embassy" stays Iran's government. A
    state's adjective before "pope" or "pontiff" is only his nationality: "the Argentine
    pontiff" is the Holy See (VAT). A building that only says what people serve in or for, a
    role noun right after it, leaves them the adjective: "23 South Korean church volunteers" are
    South Korean (KORNGO), not volunteers of a building (session 11)."""
    out = []
    for m in matches:
        sense = m.senses[0]
        entry = sense.entry
        if (
            m.end < len(toks.norms)
            and sense.function == "adjective"
            and entry is not None
            and entry.kind in _THING_ADJECTIVES
            and toks.norms[m.end] in _THING_NOUNS
            and toks.texts[m.end].islower()
        ):
            word = toks.norms[m.end]
            if word == "community":
                after = toks.norms[m.end + 1] if m.end + 1 < len(toks.norms) else ""
                building = after in _CENTRES
            elif word == "church":
                building = m.start == 0 or toks.norms[m.start - 1] != "the"
            elif word in _POPE_NOUNS:  # "the Argentine pontiff": the Holy See
                building = entry.kind == "country"
            else:
                building = True
            if building and word not in _LANGUAGE_NOUNS:
                # "South Korean church volunteers": the people's adjective
                building = not any(
                    x.start == m.end + 1 and x.senses[0].function == "agent" for x in matches
                )
            if building:
                continue
        out.append(m)
    return out


#: one-word role nouns that are also verbs ("will press President Putin", "to head the
#: delegation"): :func:`_drop_verb_roles`
_VERB_ROLES = frozenset("press police guard head lead chair host judge staff monitor".split())
#: clothes that a state's or a role noun's name describes (:func:`_drop_uniforms`)
_UNIFORMS = frozenset({"uniform", "uniforms", "fatigues"})
#: the prefixes of navy ships' names, seats of their navies in countries.yaml
#: (:func:`_join_ship_names`)
_SHIP_PREFIXES = frozenset({"uss", "hms"})
#: role nouns of weapons, which after "with" are the instrument, not an actor
#: (:func:`_drop_instruments`)
_WEAPONS = frozenset("artillery tanks gunships warplanes jets drones gunboats warships".split())
#: every word that sends matches through a drop rule (one cheap test first)
_DROP_WORDS = (
    _MODIFIER_ROLES
    | _TREATY_WORDS
    | _THING_NOUNS
    | _VERB_ROLES
    | _UNIFORMS
    | _SHIP_PREFIXES
    | _WEAPONS
    | {"airspace", "opposition", "mosque", "mosques"}
)

#: a house of worship, which its own name makes a building (:func:`_drop_named_mosques`)
_MOSQUES = frozenset({"mosque", "mosques"})


def _drop_named_mosques(matches: list[Match], toks: Words) -> list[Match]:
    """A mosque named by its own name is a place, no religious actor (session 11), where it
    is named as one: after a locative preposition ("he spoke to worshippers at Al-Azhar
    mosque", "prayed in the Umayyad Mosque") or before "compound" ("raided the Al-Aqsa mosque
    compound"). A named mosque stormed or besieged stays the clerics and students inside it
    ("troops stormed the Red Mosque": the wire gold codes PAKREL), and the word alone ("the
    mosque's imam", "mosques called for calm") keeps its role noun (---REL)."""
    texts, norms = toks.texts, toks.norms

    def place(m: Match) -> bool:
        i = m.start
        if m.end - i != 1 or norms[i] not in _MOSQUES or i == 0:
            return False
        if not any(c.isupper() for c in texts[i - 1]) or any(x.end == i for x in matches):
            return False  # no name of its own, or a state's or group's name ("Iranian mosques")
        if m.end < len(norms) and norms[m.end] == "compound":
            return True
        k = i - 2 if i >= 2 and norms[i - 2] != "the" else i - 3
        return k >= 0 and norms[k] in _LOCATIVES

    return [m for m in matches if not place(m)]


#: owners before a stance "opposition to" (:func:`_drop_stance_opposition`)
_STANCE_OWNERS = frozenset({"'s", "'", "its", "their", "his", "her", "our"})


def _drop_stance_opposition(matches: list[Match], toks: Words) -> list[Match]:
    """An owned "opposition" followed by "to" is a stance, not the political opposition:
    "Russia's opposition to the American missile defence plan" is Russia's (RUS, not RUSOPP;
    dev-wire-050), "reiterated its opposition to the deal" names no actor (session 9). "Calls
    from the opposition to step down" stays the opposition (no owner before it)."""
    norms = toks.norms
    n = len(norms)
    return [
        m
        for m in matches
        if not (
            m.end - m.start == 1
            and norms[m.start] == "opposition"
            and m.start
            and norms[m.start - 1] in _STANCE_OWNERS
            and m.end + 1 < n
            and norms[m.end] == "to"
            and _stance_object(toks, m.end + 1)
            and m.senses[0].function == "agent"
        )
    ]


#: words that open the object of a stance ("opposition to the plan", "to any deal", "to its")
_STANCE_OBJECT_STARTS = frozenset(
    "the a an any this that these those its their his her our such all further".split()
)


def _stance_object(toks: Words, k: int) -> bool:
    """True when the words after "opposition to" at ``k`` open a noun phrase or a gerund (a
    stance on something), not an infinitive ("urged Venezuela's opposition to join talks")."""
    word = toks.norms[k]
    return word in _STANCE_OBJECT_STARTS or word.endswith("ing") or toks.texts[k][:1].isupper()


def _drop_civil_aircraft(matches: list[Match], toks: Words) -> list[Match]:
    """Bare "aircraft" in a sentence about airspace names any aircraft, airliners first, not an
    air force (session 8): "The European Union closed its airspace to Russian aircraft" is
    aimed at Russia (RUS), not its military; "Indian aircraft" that are shot down stay MIL."""
    return [
        m
        for m in matches
        if not (
            m.end - m.start == 1
            and toks.norms[m.start] == "aircraft"
            and m.senses[0].function == "agent"
        )
    ]


def _drop_uniforms(matches: list[Match], toks: Words) -> list[Match]:
    """The matches right before "uniform(s)" or "fatigues" name clothes, not an actor: "gunmen
    in Indian army uniforms" (a disguise is not the army: the gunmen stay unknown), "men wearing
    police uniforms"."""
    norms = toks.norms
    # (the tokens a dropped match must end on: a clothes word, or the start of a dropped match)
    stops = {i for i in range(1, len(norms)) if norms[i] in _UNIFORMS}
    out = []
    for m in reversed(matches):
        if m.end in stops:
            stops.add(m.start)
        else:
            out.append(m)
    out.reverse()
    return out


def _drop_instruments(matches: list[Match], toks: Words) -> list[Match]:
    """Bare weapon role nouns after "with", alone or listed ("with artillery and rockets",
    "with mortars and helicopter gunships"), are the instrument of the act, not an actor: in
    "Ecuadorean and Peruvian troops clashed with mortars and helicopter gunships" the troops
    fight each other, and "Georgian troops launched an assault with artillery" keeps the troops
    the attacker (dev-wire6-173, dev-wire8-021, dev-wire4-151). Not a weapon of a state ("with
    Israeli tanks": another match before it)."""
    norms = toks.norms
    starts = {m.start for m in matches if norms[m.end - 1] not in _WEAPONS}  # (other actors)
    out = []
    for m in matches:
        if norms[m.end - 1] in _WEAPONS and m.senses[0].function == "agent" and m.start:
            k = m.start - 1
            if norms[k] in ("and", "or", ","):
                # "with mortars and helicopter gunships": up to two words of a listed thing
                k = next((j for j in range(k - 1, max(k - 4, -1), -1) if norms[j] == "with"), -1)
                if k >= 0 and any(j in starts for j in range(k + 1, m.start)):
                    k = -1
            if k >= 0 and norms[k] == "with":
                continue
        out.append(m)
    return out


def _join_ship_names(matches: list[Match], toks: Words) -> list[Match]:
    """A navy ship's prefix takes the ship's name after it, and a name there is the ship's, not
    its namesake's: "the USS Gerald R. Ford" is one mention of the US Navy (USAMIL), not the
    late president. (The prefixes are seats of their navies: :data:`_SHIP_PREFIXES`.)"""
    texts, norms = toks.texts, toks.norms
    out: list[Match] = []
    stop = 0  # (the end of the last ship's name: matches before it are in the name)
    for m in matches:
        if m.start < stop:
            continue
        if m.end - m.start == 1 and norms[m.start] in _SHIP_PREFIXES and texts[m.start].isupper():
            stop = m.end
            # (the name's capitalised words, and the full stop of an initial: "Gerald R. Ford")
            while stop < len(texts) and (
                # (a word in capitals is no name's word: "USS COLE ATTACKED IN YEMEN" keeps
                # "YEMEN"; a one-letter initial stays)
                (texts[stop][:1].isupper() and (len(texts[stop]) == 1 or not texts[stop].isupper()))
                or (
                    texts[stop] == "."
                    and stop + 1 < len(texts)
                    and texts[stop + 1][:1].isupper()
                    and len(texts[stop - 1]) == 1
                )
            ):
                stop += 1
            m = Match(m.start, stop, m.senses)
        out.append(m)
    return out


#: words before a verb: modals, "to", negation, subject pronouns
_VERB_CUES = frozenset(
    """will would could can may might must should shall to not n't also did does do we they i
    you he she it""".split()
)


def _drop_verb_roles(matches: list[Match], toks: Words) -> list[Match]:
    """A lower-case role noun that is a verb here: after a modal, "to", "not" or a subject
    pronoun and before a capitalised name or title ("the EU will press Russian President Putin",
    "agreed to host Iranian officials"): it is no actor and does not join the phrase after it."""
    out = []
    for m in matches:
        if (
            m.end - m.start == 1
            and m.start > 0
            and m.end < len(toks.norms)
            and toks.norms[m.start] in _VERB_ROLES
            and toks.texts[m.start].islower()
            and toks.norms[m.start - 1] in _VERB_CUES
            and toks.texts[m.end][:1].isupper()
        ):
            continue
        out.append(m)
    return out


def _possessor(
    norms: list[str],
    group: list[Match],
    found: list[Mention],
    context: _Context,
    starts: Sequence[int] = (),
) -> Actor | None:
    """The owner of a role noun after a possessive determiner: the person for "his"/"her", the
    state or group for "its", any actor for "their" — named before in this sentence, else in
    earlier ones. None when no possessive stands before the phrase, or when actors of two
    countries could own it ("Iran said Israel abducted its soldiers")."""
    start = group[0].start
    kind = _POSSESSIVES.get(norms[start - 1]) if start else None
    if kind is None:
        return None
    known = [m for m in found if not m.actor.code.startswith("---")]
    owners = [
        m.actor for m in known if kind == "any" or (kind == "person") == (m.actor.kind == "person")
    ]
    if owners and kind == "person":  # "Merkel met Putin and her government …": hers
        owners = [a for a in owners if _fits(a, norms[start - 1])]
        if not owners:
            return context.person_for(norms[start - 1])
    if not owners and kind == "person":  # "Nepal's prime minister said his government …"
        owners = [m.actor for m in known if m.via == "agent" and m.actor.sectors]
    if owners:
        if len({a.country or a.code for a in owners}) > 1:
            return _first_owner(norms, start, known, kind, starts)
        return owners[-1]
    if kind == "person":
        return context.person_for(norms[start - 1])
    if kind == "thing":
        return context.last_group or context.last_country
    return context.last_plural or context.last_country


def _first_owner(
    norms: list[str], start: int, known: list[Mention], kind: str, starts: Sequence[int]
) -> Actor | None:
    """The owner of a second "its" (at ``start - 1``) when actors of two countries could own
    it: the owner of the sentence's first "its", when only one state or group is named before
    that one ("Israel eased its blockade of Gaza … after its commandos": Israel's); the state
    or group asked "to" do something with it ("urged Russia to withdraw its troops", "demanded
    that Russia pull its troops"); the one that says something of it ("Ethiopian and Eritrean
    troops fought …, and Addis Ababa said its forces had recaptured Badme": Ethiopia's; session
    9). None otherwise ("Iran said Israel abducted its soldiers").
    starts: the tokens' start offsets."""
    word = norms[start - 1]
    if kind != "thing" or not starts:
        return None
    for mention in reversed(known):
        k = bisect_left(starts, mention.end)  # (the token after the mention)
        if mention.actor.kind == "person":
            continue
        if k + 2 == start - 1 and norms[k] == "to":
            return mention.actor  # "asked France to withdraw its troops": France's
        if k + 1 == start - 1 and norms[k] in _SAYING:
            return mention.actor  # "Addis Ababa said its forces had recaptured …": the sayer's
        first_token = bisect_left(starts, mention.start)
        if k + 1 == start - 1 and first_token and norms[first_token - 1] == "that":
            return mention.actor  # "demanded that Russia pull its troops": Russia's
    first = norms.index(word)
    if first >= start - 1:
        return None
    before = [m.actor for m in known if m.end <= starts[first] and m.actor.kind != "person"]
    if len({a.country or a.code for a in before}) != 1:
        return None
    return before[-1]


def _whose_owner(
    norms: list[str], start: int, found: list[Mention], spans: list[tuple[int, int]]
) -> Actor | None:
    """The owner of "<actor>, whose <role noun>": the actor named just before the comma
    ("China, whose foreign ministry summoned …" is CHNGOV; "Obama, whose administration" is
    USAGOV). None for any other shape, or when that actor is a bare role noun."""
    if (
        start < 3
        or norms[start - 1] != "whose"
        or norms[start - 2] != ","
        or not spans
        or spans[-1][1] != start - 2
    ):
        return None
    owner = found[-1].actor
    return None if owner.code.startswith("---") else owner


def _described_owner(
    norms: list[str], group: list[Match], context: _Context, found: Sequence[Mention] = ()
) -> Actor | None:
    """The country of "the country's [one or two words] <role noun>" ("the country's Aboriginal
    people", "the kingdom's foreign minister"): the last country named; of "her/his country's
    <role noun>" ("her country's army"): the person's (whose country :meth:`_owned` takes).
    None otherwise. found: the sentence's mentions so far."""
    k = group[0].start - 1
    skipped = 0
    while k >= 0 and skipped < 2 and norms[k].isalpha() and norms[k] not in _DETERMINERS:
        k -= 1
        skipped += 1
    if k < 2 or norms[k] not in ("'s", "'") or norms[k - 1] not in _STATE_NOUNS:
        return None
    owner = norms[k - 2]
    if owner == "the":
        # the state named last, in this sentence ("Australian Prime Minister Kevin Rudd
        # apologised to the country's Aboriginal people": a person names his state) or else
        # in earlier ones
        for mention in reversed(found):
            actor = mention.actor
            if actor.country and actor.kind in ("country", "person") and actor.code[:3] != "---":
                return actor
        return context.last_country
    if _POSSESSIVES.get(owner) == "person":
        # "her country's army": the country of the person she is (named before in this
        # sentence, else in earlier ones)
        for mention in reversed(found):
            actor = mention.actor
            if actor.kind == "person" and _fits(actor, owner):
                return actor if actor.country else None
        person = context.person_for(owner)
        return person if person is not None and person.country else None
    return None


def _possessed_start(group: list[Match], norms: list[str]) -> int:
    """Where the head part of "schoolchildren's parents" starts (0: the whole phrase): after a
    possessive, role nouns describe the actor; role nouns before it only describe whose they
    are (CVL, not EDU)."""
    for j in range(len(group) - 1, 0, -1):
        gap = norms[group[j - 1].end : group[j].start]
        if "'s" in gap or "'" in gap:
            if all(m.senses[0].function == "agent" for m in group[:j]) and all(
                m.senses[0].function == "agent" for m in group[j:]
            ):
                return j
            break
    return 0


#: sectors of role nouns that are labels after a person's name (:func:`_can_join`)
_LABEL_SECTORS = frozenset({"CRM", "UAF"})


def _can_join(group: list[Match], m: Match, between: list[str]) -> bool:
    new = m.senses[0].kind
    if new == "agent":
        # "Iranian officials", "Hamas leader" (the common case, decided at once); but criminals
        # or terrorists right after a person's name are a label said of him ("Khamenei called
        # Trump and Macron criminals"), never a group he qualifies
        return m.senses[0].sector not in _LABEL_SECTORS or group[-1].senses[0].kind != "person"
    kinds = [x.senses[0].kind for x in group]
    named = [k for k in kinds if k in ("person", "group", "igo", "country", "seat")]
    if new in ("agent", "adjective"):
        # "Iranian officials", "Hamas leader"; but not "Hamas Iranian" (two modifiers of names)
        return not (new == "adjective" and named)
    if not named:
        return True  # "Foreign Minister Zarif", "Iranian Foreign Minister Zarif"
    if not between and kinds[-1] == "agent" and petrarch_agents(group[-1].senses[:1]):
        return True  # PETRARCH: "Ithilen's minister Calimehtar" – the first actor is the phrase's
    # a second name joins only as the head of a modifier: "Iran's Revolutionary Guards",
    # "Hamas leader Ismail Haniyeh", "U.S. Secretary of State ..." – never two countries.
    if new == "person":
        return True
    if new == "religious" and not between and kinds[-1] == "country" and set(named) == {"country"}:
        return True  # "Rakhine Buddhists", "Gaza Christians": the faithful of a place
    if new in ("group", "igo") and set(named) <= {"country", "seat"}:
        return "'s" in between or "'" in between or kinds[-1] == "country"
    # "Pakistan's Foreign Office": an institution's generic name (a seat that is also a role
    # noun) after a possessive state is that state's (:func:`_other_state`)
    return (
        new == "seat"
        and set(named) == {"country"}
        and ("'s" in between or "'" in between)
        and any(x.function == "agent" for x in m.senses)
    )


def _best_agent(group: list[Match]) -> str | None:
    best = _best_agent_sense(group)
    return best.sector if best else None


def _best_agent_sense(group: list[Match]) -> Sense | None:
    """The highest-priority role noun of a phrase (``prepend``: its code goes first, NGO~)."""
    best: Sense | None = None
    for m in group:
        sense = m.senses[0]
        if sense.function == "agent" and (best is None or sense.priority > best.priority):
            best = sense
    return best


#: "leaders" and "community leaders" of a faith are its clergy and religious notables (REL)
_GENERIC_LEADERS = frozenset({"GOV", "ELI"})
_REL_SENSE = Sense("agent", sector="REL", priority=55)


def _other_state(senses: list[Sense], seat: Sense) -> Entry | None:
    """A country named in the phrase other than the seat's own: "Chile" in "Chile's Defense
    Department" (the US seat "Defense Department" then only says which institution)."""
    own = seat.code[:3] if seat.code else ""
    for sense in senses:
        entry = sense.entry
        if (
            sense is not seat
            and sense.function in ("name", "adjective")
            and entry is not None
            and entry.kind == "country"
            and entry.code != own
            and len(entry.code) == 3
        ):
            return entry
    return None


_INSTITUTIONAL = frozenset({"GOV", "JUD", "LEG", "COP", "SPY"})
#: title words that "the <title>" may take from a person named with it (:class:`_Context`;
#: "supreme" for "the supreme leader" after "Supreme Leader Ayatollah Ali Khamenei")
_TITLE_NOUNS = frozenset(
    """prince princess king queen emir sultan monarch shah president premier chancellor
    supreme""".split()
)
#: sectors of a role noun owned by an office-holder: "President Kabila's army" is CODMIL
#: (:meth:`ActorResolver._persons_role`; "Trump's lawyer" stays the person's)
_OWNED_SECTORS = frozenset({"MIL", "COP", "SPY"})
_STATE_SECTORS = _INSTITUTIONAL | {"MIL"}
#: role nouns that take the country of "in <country>" ("trade unions in Denmark", "people in the
#: UK", "rebels in Darfur" → SDNREB); soldiers, refugees, aid workers, businesses and IGOs in a
#: country are often foreign ("troops in Syria", "refugees in Lebanon"), so they do not. (REB
#: was left out while the event coder made "the government and the rebels in Darfur must reach
#: an agreement" an agreement between them; it now codes the reported demand.) Unaligned armed
#: men placed in a state in their own phrase are of it ("gunmen in Iraq seized …" → IRQUAF, as
#: the wire gold codes them); "foreign fighters in Syria" stay open (:data:`_FOREIGN_WORDS`).
_LOCAL_SECTORS = _INSTITUTIONAL | frozenset(
    "LAB CVL EDU HLH REL AGR MED GOVMED OPP ELI PTY HRI ENV CRM REB UAF".split()
)
#: armed role nouns placed also in a part of a state ("rebels in eastern Congo" → CODREB);
#: other role nouns only in the state itself (the wire gold codes "a hospital in southern
#: Sudan", "famine victims in southern Sudan" as the bare place)
_ARMED = frozenset({"REB", "UAF"})
_FORMER = frozenset({"former", "ex", "ex-", "retired"})
#: words of removal from office before a phrase, read as "former" (:func:`_is_former`)
_REMOVED = frozenset({"deposed", "ousted", "toppled", "overthrown"})
#: the words :func:`_is_former` looks for (a sentence without one has no former office-holder)
_FORMER_WORDS = _FORMER | _REMOVED
#: words between "loyal to" and the actor named (:meth:`ActorResolver._loyal_to`)
_LOYAL_SKIP = frozenset({"the", "a", "ousted", "deposed", "exiled", "late"}) | _FORMER
#: role nouns of a title that say a person is outside the state ("opposition leader X"):
#: they win over a state office the knowledge base dates around the article
#: (:meth:`ActorResolver._titled_person`)
_NONSTATE_TITLES = frozenset({"OPP", "REB"})


def _is_former(group: list[Match], norms: list[str]) -> bool:
    """True when "former"/"retired"/"ex" stands in the phrase or just before it ("a former"), or
    a word of removal from office just before it: "supporters of deposed President Mohamed
    Mursi" (in August 2013) are not the president's but the Muslim Brotherhood's (session 8)."""
    first = group[0].start
    if first and (norms[first - 1] in _FORMER or norms[first - 1] in _REMOVED):
        return True
    return not _FORMER.isdisjoint(norms[first : group[-1].end])


_NAMED = ("country", "seat")


def _is_role_only(group: list[Match]) -> bool:
    # (a loop, not all() over a generator: cheaper on Python 3.11, and run for every new phrase)
    for m in group:  # noqa: SIM110
        if m.senses[0].function != "agent":
            return False
    return True


def _first_agent(senses: tuple[Sense, ...]) -> Sense | None:
    """The first role noun sense of a match, or None."""
    for sense in senses:
        if sense.function == "agent":
            return sense
    return None


def _is_place(group: list[Match]) -> bool:
    return len(group) == 1 and group[0].senses[0].kind in _NAMED


#: kinds of knowledge-base entries that name a people without a state of its own
_POPULATION_KINDS = ("religious", "ethnic")


def _is_unplaced(group: list[Match], kinds: tuple[str, ...] = ("religious",)) -> bool:
    """A role noun phrase without a state: "trade unions", "Muslim leaders" (a faith is no
    state; "Muslim leaders in France" takes France). With ``kinds=_POPULATION_KINDS`` a
    people is no state either ("Kurdish rebels")."""
    has_role = False
    for m in group:
        sense = m.senses[0]
        if sense.function == "agent":
            has_role = True
        elif sense.entry is None or sense.entry.kind not in kinds:
            return False
    return has_role


#: peoples spread over many states, never placed in one by :meth:`ActorResolver._placed_peoples`
#: ("Arab leaders criticised Israel" are no Israelis)
_STATELESS_EVERYWHERE = frozenset({"ARB"})


def _peoples(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """The codes of the knowledge base's peoples and faiths that start with no state code, by
    their first three letters, longest first."""
    out: dict[str, list[str]] = {}
    for entry in kb.entries:
        code = entry.code
        if (
            entry.kind in _POPULATION_KINDS
            and code[:3] not in kb.countries
            and code[:3] not in _STATELESS_EVERYWHERE
        ):
            out.setdefault(code[:3], []).append(code)
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in out.items()}


def _is_population(group: list[Match]) -> bool:
    """True for a role noun phrase of a faith or a people ("Moslem forces", "Kurdish
    rebels"): placed in a country, it takes that country whatever its role, as the PLOVER and
    CAMEO coders code a population by its country of residence."""
    return _is_unplaced(group, _POPULATION_KINDS) and any(
        m.senses[0].entry is not None and m.senses[0].entry.kind in _POPULATION_KINDS for m in group
    )


def _attach_places(groups: list[list[Match]], toks: Words) -> list[list[Match]]:
    if len(groups) < 2:
        return groups
    for first, g in enumerate(groups):
        # (a one-match group is unplaced when it is a role noun: :func:`_is_unplaced`)
        if (
            g[0].senses[0].function == "agent"
            if len(g) == 1
            else _is_unplaced(g, _POPULATION_KINDS)
        ):
            return _attach_places_to(groups, toks, first)
    return groups


#: stems of words of removal: before "<role noun> from <place>", the place is where they leave
#: ("the withdrawal of forces from Panama", "pulled its diplomats from Kenya"), not their home
_REMOVAL_STEMS = ("withdr", "pull", "evacu", "expel", "expul", "remov", "retreat", "oust", "recall")


def _removed(toks: Words, start: int) -> bool:
    """True when a word of removal stands in the four words before ``start``."""
    return any(norm.startswith(_REMOVAL_STEMS) for norm in toks.norms[max(0, start - 4) : start])


#: words before a role noun that say it is not of the place it is in (see _attach_places_to)
_FOREIGN_WORDS = frozenset("foreign western expatriate international visiting".split())
#: words between a role noun and the country it takes ("students throughout Indonesia")
_IN_GAPS = (["in"], ["throughout"], ["across"], ["inside"], ["within"])
#: a part of the country between "in" and its name ("Moslem forces in east Bosnia")
_REGION_WORDS = frozenset(
    "east eastern west western north northern south southern central northeast northeastern"
    " northwest northwestern southeast southeastern southwest southwestern".split()
)


#: nouns of a body a people's role may head without naming it ("extremist organization")
_BODY_NOUNS = frozenset(
    "organization organisation organizations organisations group groups".split()
)


def _in_gap(between: list[str]) -> bool:
    """True for "in", "throughout" … before a place, with at most one word naming a part of it
    ("in east Bosnia", "in southern Lebanon")."""
    if between and between[0] in _BODY_NOUNS:  # "a Protestant extremist group in Ulster"
        between = between[1:]
    if between and between[0] == "based":
        # "Indian officials blamed militants based in Pakistan" → PAKREB (session 9): armed men
        # and peoples only ("Palestinian leaders based in Damascus" are no Syrians)
        between = between[1:]
    if between and between[-1] in _REGION_WORDS:
        between = between[:-1]
    return between in _IN_GAPS


#: words between a role noun and the group it belongs to ("a commander in the PMF")
_MEMBER_GAPS = (["in"], ["of"])


def _attach_places_to(groups: list[list[Match]], toks: Words, first: int = 0) -> list[list[Match]]:
    """Give a role noun without a country the country named next to it:
    "the Emir of Qatar", "delegates from Kenya", "authorities in Yemen" (institutions only),
    and "Kosovo Municipality Association (AKK) officials" (a capitalised name in between).
    first (int): the first unplaced group (:func:`_is_unplaced`; the groups before it stay)."""
    texts, norms = toks.texts, toks.norms
    out: list[list[Match]] = groups[:first]
    i = first
    while i < len(groups):
        group = groups[i]
        if not (  # (nor only role nouns; a one-match group is unplaced when a role noun)
            group[0].senses[0].function == "agent"
            if len(group) == 1
            else _is_unplaced(group, _POPULATION_KINDS)
        ):
            out.append(group)
            i += 1
            continue
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        # PETRARCH agents take any actor of their noun phrase: "activists of Gonzo GMO"
        petrarch = nxt is not None and len(nxt) == 1 and _kind(nxt[0]) not in ("agent", "adjective")
        petrarch = petrarch and bool(petrarch_agents(m.senses[0] for m in group))
        owned = group[0].start > 0 and toks.norms[group[0].start - 1] in _POSSESSIVES
        # "a commander in the Popular Mobilization Forces", "a member of Hamas": the group's own
        if (
            nxt is not None
            and len(nxt) == 1
            and _kind(nxt[0]) in ("group", "igo")
            and not owned
            and [w for w in norms[group[-1].end : nxt[0].start] if w != "the"] in _MEMBER_GAPS
        ):
            out.append(group + nxt)
            i += 2
            continue
        if (
            not owned  # "withdrew its diplomats from Afghanistan": Iran's diplomats
            and nxt is not None
            and (_is_place(nxt) or petrarch)
        ):
            gap = [j for j in range(group[-1].end, nxt[0].start) if norms[j] != "the"]
            between = [norms[j] for j in gap]
            sector = _best_agent(group)
            # "the University of St. Andrews in Scotland": a proper name between "of" and "in"
            named = (
                len(between) > 2
                and between[0] == "of"
                and between[-1] == "in"
                and len(gap) <= 8
                and all(texts[j][:1].isupper() or texts[j] in ".'-" for j in gap[1:-1])
            )
            # "Medical Services Alliance Northern Territory": one capitalised organisation name
            title = (
                0 < len(gap) <= 3
                and all(texts[j][:1].isupper() and texts[j].isalpha() for j in gap)
                and all(text[:1].isupper() for text in texts[group[0].start : group[-1].end])
            )
            # "the withdrawal of forces from Panama": whose forces is not said
            removed = between == ["from"] and _removed(toks, group[0].start)
            # a people or faith placed in a country (not a city) lives there, whatever its
            # role: "Moslem forces in east Bosnia" (refugees excepted: they have left it)
            placed_people = (
                _is_population(group)
                and sector != "REF"
                and nxt[0].senses[0].kind == "country"
                and _in_gap(between)
            )
            if (
                (not removed and between in (["of"], ["from"]))
                or placed_people
                or (
                    (
                        between in _IN_GAPS
                        or named
                        or title
                        or (sector in _ARMED and _in_gap(between))  # "in eastern Congo"
                    )
                    and (sector in _LOCAL_SECTORS or petrarch)
                    and _is_unplaced(group)  # (a people only by the rule above)
                    # "Western diplomats in Belgrade", "foreign journalists in Kabul": posted
                    # there, not of the place
                    and not (group[0].start and norms[group[0].start - 1] in _FOREIGN_WORDS)
                    # "a meeting between the two leaders in Laos", "both ministers in Geneva":
                    # people counted back to those named before, met there (session 8)
                    and not _counted_back(norms, group[0].start)
                )
            ):
                out.append(group + nxt)
                i += 2
                continue
        if _is_role_only(group) and out and _is_place(out[-1]):
            words = texts[out[-1][-1].end : group[0].start]
            if 0 < len(words) <= 6 and all(w[:1].isupper() or w in "()'s" for w in words):
                out[-1] = out[-1] + group
                i += 1
                continue
        out.append(group)
        i += 1
    return out


def _counted_back(norms: list[str], start: int) -> bool:
    """True when "the two" or "both" stands before the role noun at ``start``: people named
    before, counted again ("the two leaders in Laos" are not Laos's)."""
    before = norms[start - 1] if start else ""
    return before == "both" or (before == "two" and start > 1 and norms[start - 2] == "the")


#: words that end a place's or treaty's name, not a person's, before an appositive's comma
_NOT_NAMES_BEFORE_COMMA = _TREATY_WORDS | _AFTER_PLACE
_NAME_PARTICLES = frozenset("al el bin ibn abu abd de da del der van von la le".split())
_APPOSITIVE_LEAD = frozenset("a an the senior top former deputy".split())
#: capitalised words that open a sentence's adverbial (a time or a place), never a person's
#: name: "In December,", "On Monday,", "Last June,", "Early Tuesday,", "During Ramadan,"
_ADVERBIAL_LEADS = frozenset(
    "in on at during last early late earlier later since until after before by this next".split()
)


def _name_run(toks: Words, end: int, covered: set[int]) -> int:
    """Start of the run of capitalised, unmatched name tokens ending before ``end`` (``end`` when
    there is none): "Yousef Hammad", "Saleh al-Arouri", "Abu Mohammed al-Jolani"."""
    start = end
    while start > 0:
        text = toks.texts[start - 1]
        if start - 1 in covered:
            break
        word = text.replace("-", "").replace("'", "")
        if (word[:1].isupper() and word.isalpha()) or (
            toks.norms[start - 1] in _NAME_PARTICLES and start < end
        ):
            start -= 1
            continue
        break
    while start < end and toks.norms[start] in _NAME_PARTICLES:
        start += 1
    if end - start < 2:
        return end
    if toks.norms[start] in _ADVERBIAL_LEADS or (
        toks.norms[end - 1] in _MONTHS_AND_DAYS and toks.norms[end - 1] != "may"
    ):
        # session 10: "In December, Hamas attacked Israel", "On Christmas Day, …", "Early
        # Monday, …": an opening adverbial, not a person ("Theresa May" still is one)
        return end
    return start


def _named_by_role(
    toks: Words,
    norms: list[str],
    index: int,
    found: list[Mention],
    spans: list[tuple[int, int]],
    covered: set[int],
    context: _Context,
    apposed: list[int] | None = None,
) -> list[Mention]:
    """People the knowledge base does not know, named next to their role: "Yousef Hammad, a
    Hamas official," and "Hamas official Yousef Hammad" take the role's actor; the surname alone
    refers to them later in the article. apposed: gets the first token of each phrase after a
    comma that follows a matched phrase ("Kofi Annan, the UN secretary-general": see
    :meth:`ActorResolver._apposed_offices`). RETURNS (list[Mention]): ``found`` and those
    people, in text order."""
    out: list[Mention] = []
    texts, size = toks.texts, len(norms)
    for mention, (first, last) in zip(found, spans, strict=True):
        actor = mention.actor
        if actor.kind == "person" or actor.code.startswith("---"):
            continue
        name: tuple[int, int] | None = None
        comma = first - 1
        while comma >= 0 and norms[comma] in _APPOSITIVE_LEAD:
            comma -= 1
        if comma > 0 and norms[comma] == ",":  # "Yousef Hammad, a Hamas official,"
            start = _name_run(toks, comma, covered)
            if start < comma and norms[comma - 1] not in _NOT_NAMES_BEFORE_COMMA:
                name = (start, comma)
            elif apposed is not None and comma - 1 in covered:
                apposed.append(first)  # (a matched name before the comma)
        elif last + 1 < size and (
            texts[last + 1][:1].isupper() or norms[last + 1] in _NAME_PARTICLES
        ):  # "Hamas official Yousef Hammad"
            # (a name has two words or more: the second one, a capital or a particle, is
            # tested first, the cheap common "no")
            stop = last
            while (
                stop < size
                and stop not in covered
                and (texts[stop][:1].isupper() or norms[stop] in _NAME_PARTICLES)
                and texts[stop].replace("-", "").isalpha()
            ):
                stop += 1
            if stop - last >= 2 and texts[stop - 1][:1].isupper():
                name = (last, stop)
        if name is None:
            continue
        text = " ".join(toks.texts[name[0] : name[1]])
        person = Actor(
            mention.actor.code, text, mention.actor.country, mention.actor.sectors, "person"
        )
        out.append(
            Mention(toks.starts[name[0]], toks.ends[name[1] - 1], index, person, "appositive")
        )
        covered.update(range(*name))
        context.surnames.setdefault(norms[name[1] - 1], person)
    return sorted(found + out, key=_START) if out else found


def _held_office(entry: Entry, offices: list[str]) -> str | None:
    """The code of the first of ``offices`` (codes a title names: ``CHNGOV``, ``IGOUNO``) that
    the person ``entry`` is known to have held (an organisation's code also matches a role with
    a sector after it: IGOEUREEC, IGOEUREECGOV); None when none is."""
    for office in offices:
        for role in entry.roles:
            if role.code == office or (len(office) > 3 and role.code.startswith(office)):
                return role.code
    return None


def _by_date(senses: tuple[Sense, ...], date: dt.date | None) -> Sense:
    """The sense to use: among people sharing a name ("President Bush", "Assad"), or groups
    ("People Power Party": Thailand's in 2008, South Korea's from 2020), the one in office on the
    article's date, else the one whose office is the most recent before it; otherwise the first
    (latest-loaded) sense."""
    if len(senses) == 1 or date is None:  # (the common case: no choice to make)
        return senses[0]
    people = [s for s in senses if s.entry is not None and s.entry.kind in ("person", "group")]
    if len(people) < 2 or date is None:
        return senses[0]
    for sense in people:
        if any(r.covers(date) and not r.code.endswith("ELI") for r in sense.entry.roles):  # type: ignore[union-attr]
            return sense

    def latest(sense: Sense) -> dt.date:
        ends = [r.end or date for r in sense.entry.roles if r.start is None or r.start <= date]  # type: ignore[union-attr]
        return max(ends, default=dt.date.min)

    return max(people, key=latest)
