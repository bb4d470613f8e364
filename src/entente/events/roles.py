"""Finding a pattern's actors in the coding string: the subject left of the verb, the object
right of the pattern, compounds ("A and B"), noun and passive readings of the verb (internal to
:mod:`entente.events`)."""

from __future__ import annotations

from collections.abc import Iterable

from entente.events.inflect import _IRREGULAR
from entente.events.lexicon import (
    _ADJECTIVE_DETERMINERS,
    _ALLEGING,
    _AUXILIARIES,
    _BE_FORMS,
    _CLAUSE_BREAK,
    _CLAUSE_OPENERS,
    _COMPOUND,
    _COORDINATION_ADVERBS,
    _DETERMINERS,
    _END_PUNCTUATION,
    _LOCATIVE,
    _NOT_MODIFIERS,
    _NP_OPENERS,
    _NP_START,
    _OBJECT_WINDOW,
    _PLACE_PREPOSITIONS,
    _PREPOSITIONS,
    _QUANTITIES,
    _QUOTING,
    _SAYING,
    _STATE_SECTORS,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _TIME_PHRASE,
)
from entente.events.units import _Hit, _member, _nested, _Unit, _unknown
from entente.events.verbs import Pattern

#: the simple past forms of irregular verbs ("met", "paid", "said"), which are never nouns, so
#: that "Iran's president met …" is a verb after a possessive (a regular past form has the "-ed"
#: rule of :func:`_noun_reading`); forms that are also nouns ("left", "rose", "fell") excepted
_IRREGULAR_PAST = frozenset(past for base, (past, _) in _IRREGULAR.items() if past != base) - {
    "left",
    "shot",
    "felt",
    "ground",
    "saw",
    "rose",
    "bore",
    "spoke",
    "wound",
    "lay",
    "lit",
    "bent",
    "fell",
    "found",
}

#: irregular verbs whose simple past is their base form ("hit", "cut", "shut", "set"): after a
#: possessive noun phrase such a form is ambiguous between a noun ("Iran's budget cut") and
#: a past verb; a particle right after it makes it the phrasal verb (session 11, lexicon round
#: 20): "Sweden's prime minister hit back at Iran", "Sudan's government shut down the paper"
_SAME_FORM_PAST = frozenset(base for base, (past, _) in _IRREGULAR.items() if past == base)
#: the particles of those phrasal verbs ("hit back at", "hit out at", "cut off", "set up")
_PHRASAL_PARTICLES = frozenset({"back", "out", "off", "down", "up"})


_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten dozens hundreds thousands several".split()
)


def _number(word: str) -> bool:
    """True for a number before a noun ("four regions", "300 seized weapons")."""
    return word in _NUMBER_WORDS or word.replace(",", "").isdigit()


#: words naming a kind of train before "train(s)" ("commuter trains", "a freight train")
_TRAIN_KINDS = frozenset(
    "commuter passenger freight cargo express bullet high-speed night supply troop".split()
)


def _possessed_gerund(units: list[_Unit], verb: int) -> bool:
    """True for an -ing word after a comma, a possessive pronoun and two to four plain
    modifiers: "…, its first publicly acknowledged targeted killing in Gaza since 2014" names
    the act told before the comma again (an appositive noun phrase), it is no new act whose
    subject would be looked for to the left (session 11, lead's sample)."""
    k = verb - 1
    while k >= 0 and verb - k <= 5:
        unit = units[k]
        if unit.norm in _POSSESSIVE_PRONOUNS:
            return verb - k >= 3 and k > 0 and units[k - 1].norm == ","
        if unit.mention is not None or unit.weak is not None or not unit.norm.isalpha():
            return False
        k -= 1
    return False


def _noun_reading(units: list[_Unit], verb: int) -> bool:
    """True when a base or -s verb form follows a determiner ("the visit", "its support",
    "Iran's military support"): the word is a noun here."""
    word = units[verb].norm
    if verb == 0 or word in _BE_FORMS:  # "Sudan's government is …": "is" is never a noun
        return False
    if word in _IRREGULAR_PAST:  # "Iran's president met …", "paid", "said": never a noun
        return False
    prev = units[verb - 1]
    if prev.norm == "by" and not word.endswith(("ing", "ed")):
        # "arrived in Kyiv by train", "travelled by air": after "by" a verb is a gerund, so a
        # base or -s form is a noun (session 9, lexicon round 15)
        return True
    if word in ("train", "trains") and prev.norm in _TRAIN_KINDS:
        # "the bombings of Mumbai commuter trains", "a freight train": a kind of train before
        # it makes it the vehicle, not the verb of training forces (session 11)
        return True
    # "the visit", "Iran's military support", "an emergency meeting": a determiner and one word
    modified = (
        verb > 1
        and units[verb - 2].norm in _DETERMINERS
        and prev.mention is None
        and prev.norm.replace("-", "").isalpha()  # "the second-worst attack"
        and not prev.norm.endswith("ly")
    )
    if word.endswith("ing"):  # "their meeting", "the killing of": a noun after a determiner
        if prev.norm in _DETERMINERS:
            return True
        if _possessed_gerund(units, verb):
            return True
        # "an emergency meeting in Cairo", "their first meeting since the summit", not "a law
        # banning UNRWA" (a participle with an object)
        after = units[verb + 1].norm if verb + 1 < len(units) else "."
        # "a suicide car bombing in Baghdad": two modifiers between the determiner and the noun
        return (modified or _noun_compound(units, verb) or _gerund_noun(units, verb)) and (
            after in _PREPOSITIONS or after in _END_PUNCTUATION or after == "since"
        )
    if word.endswith("ed"):  # "the occupied West Bank", "the besieged town": an adjective
        if (
            verb + 1 < len(units)
            and units[verb + 1].norm.endswith("ing")
            and units[verb + 1].mention is None
            and _possessed_gerund(units, verb + 1)
        ):
            return True  # "…, its first publicly acknowledged targeted killing in Gaza"
        if (
            verb > 1
            and prev.norm.endswith("ly")
            and (units[verb - 2].norm in _ADJECTIVE_DETERMINERS or _number(units[verb - 2].norm))
        ):
            return True  # "four partly occupied regions", "the recently seized town"
        if (
            verb > 1
            and prev.norm.endswith("ly")
            and (units[verb - 2].norm in _PREPOSITIONS or _present_participle(units[verb - 2]))
        ):
            # session 8: "battling heavily armed militants", "with newly trained recruits": an
            # adverb and a participle after a preposition or a gerund modify the noun after
            # them (the gerund's object), they are no verb of their own
            return True
        return prev.norm in _ADJECTIVE_DETERMINERS or _territory_conjunct(units, verb)
    if prev.norm in _DETERMINERS or prev.norm == "of":
        return True  # "the visit", "a show of support"
    if prev.norm == "other" and (verb < 2 or units[verb - 2].norm != "each"):
        # session 11: "Iran and other free nations would take revenge": after "other" a word
        # modifies or is a noun ("free" is no verb here), but "accuse each other" may end a clause
        return True
    if _noun_before_of(units, verb):
        return True
    if word == "arms" and verb + 1 < len(units) and units[verb + 1].norm in _ARMS_HEADS:
        # session 11: "bombed intelligence sites and arms depots used by Hezbollah": "arms"
        # modifies the noun after it; the verb "arms" takes its recipient ("Iran arms the
        # Houthis")
        return True
    if (
        verb > 1
        and prev.mention is not None
        and not prev.role_first
        and units[verb - 2].norm in ("a", "an")
        and word.isalpha()
        and not _past_participle(word)  # "a delegation of X left for": a past form
        and not (word.endswith("s") and not word.endswith("ss"))
    ):
        # session 8: "stormed a Turkish ship carrying aid to Gaza", "an Israeli strike": "a"
        # opens a singular noun phrase, whose present verb would take -s ("a US envoy ships
        # …" is no English); a base form after "a" and an actor adjective is its noun
        return True
    if (
        verb > 2
        and units[verb - 2].norm == "of"
        and units[verb - 3].norm in _DURATIONS
        and prev.mention is None
        and prev.weak is None
        and prev.norm.isalpha()
    ):
        return True  # "weeks of mass protests", "days of street protests": a noun
    if prev.norm in _NOUN_PREPOSITIONS and not word.endswith("ed"):
        return True  # "despite protests from", "amid calls for": a noun
    if (
        verb > 1
        and prev.mention is not None
        and units[verb - 2].norm in _PLACE_PHRASE_OPENERS
        and not word.endswith("ed")
        and (verb + 1 == len(units) or units[verb + 1].norm in _PREPOSITIONS | _END_PUNCTUATION)
    ):
        # session 10: "Gunmen kill 16 Egyptian soldiers in Sinai attack near Gaza border", "in
        # Kabul bombing": a headline's noun after a place (a verb there would take an object,
        # "militants in Gaza attack Israeli troops")
        return True
    if word in _FROM_NOUNS and verb + 1 < len(units) and units[verb + 1].norm == "from":
        # session 10: "the visit drew huge crowds … and protests from Israel and Washington":
        # a plural noun whose "from" names who protests, calls or attacks (no verb of these
        # takes "from" for its object)
        return True
    if (
        word in _FROM_NOUNS
        and verb + 2 < len(units)
        and units[verb + 2].norm == "by"
        and units[verb + 1].mention is None
        and _past_participle(units[verb + 1].norm)
    ):
        # session 11, attachment round: "Drone attacks claimed by Yemen's Houthi movement set
        # fire to …", "protests organised by the opposition": a past participle and "by" right
        # after the word is a reduced passive describing the noun; the verb would take its
        # object there, so the actor after "by" is the noun's author, never its target
        return True
    if prev.mention is None and prev.norm.isdigit() and not word.endswith("s"):
        return True  # "Leopard 2 battle tanks", "36 attack helicopters": a noun's modifier
    if (
        verb > 1
        and units[verb - 2].norm in _PREPOSITIONS
        and prev.mention is None
        and prev.norm.endswith("ed")
    ):
        return True  # "ahead of planned protests by": a participle used as an adjective
    if _plural_after_preposition(units, verb):
        return True
    if (
        verb > 1
        and prev.mention is not None
        and units[verb - 2].norm in _CARGO_GERUNDS
        and word.endswith("s")
        and not word.endswith("ss")
    ):
        # session 10: "seized a ship carrying Iranian arms it says were bound for Gaza": the
        # object of a verb of carrying goods is a noun phrase ("Iranian arms"), no clause
        return True
    if (
        word in _SAME_FORM_PAST
        and verb + 1 < len(units)
        and units[verb + 1].norm in _PHRASAL_PARTICLES
    ):
        return False  # "Sweden's prime minister hit back at Iran": a phrasal verb, no noun
    return modified or _adjectives_after_determiner(units, verb)


#: gerunds and participles of carrying or trading goods, whose object is the goods carried
#: ("a ship carrying Iranian arms", "smuggling Russian weapons")
_CARGO_GERUNDS = frozenset(
    "carrying smuggling shipping transporting ferrying delivering selling buying".split()
)


def _plural_after_preposition(units: list[_Unit], verb: int) -> bool:
    """True for an -s form after "to" and a plain noun (and perhaps a participle used as an
    adjective), itself followed by a preposition: "a response to repeated rocket attacks on
    bases", "retaliated to mortar attacks on the camp" (session 10): a noun of an act the
    clause's subject answers, not its own. A finite verb there would need a subject right
    before it, and a transitive verb takes its object without a preposition. Other
    prepositions keep the subject's reading ("responded with air strikes on roads", "in
    violent protests against Beijing": the subject's own act)."""
    word = units[verb].norm
    if not word.endswith("s") or word.endswith("ss") or verb + 1 >= len(units):
        return False
    if units[verb + 1].norm not in _PREPOSITIONS:
        return False
    k = verb - 1
    if not _plain_word(units[k]) or units[k].norm.endswith(("ly", "ed")):
        return False
    k -= 1
    if k > 0 and _plain_word(units[k]) and units[k].norm.endswith("ed"):
        k -= 1  # "repeated", "renewed", "coordinated"
    return k >= 0 and units[k].norm == "to"


def _plain_word(unit: _Unit) -> bool:
    """A word of no actor, alphabetic."""
    return unit.mention is None and unit.weak is None and unit.norm.isalpha()


#: participles that name a land by who holds it ("occupied Kuwait", "annexed Crimea")
_TERRITORY_PARTICIPLES = frozenset({"occupied", "annexed", "besieged"})
#: prepositions of a place phrase whose object may be a list of lands
_AREA_PREPOSITIONS = frozenset({"in", "across", "of", "over", "throughout", "on", "at"})


def _territory_conjunct(units: list[_Unit], verb: int) -> bool:
    """True for "occupied" as the adjective of a land coordinated with a place in a
    prepositional phrase (session 8): "bombed targets across Iraq and occupied Kuwait", "in
    Baghdad and occupied Kuwait": the participle is followed by the land itself, and the
    conjunct before "and" is the object of a place preposition. "crossed into Rafah and seized
    control of" (a verb and its object) and "moved into Lebanon and occupied the south" (an
    article after the participle) stay verbs."""
    return (
        units[verb].norm in _TERRITORY_PARTICIPLES
        and verb > 2
        and verb + 1 < len(units)
        and units[verb - 1].norm == "and"
        and units[verb - 2].mention is not None
        and units[verb - 3].norm in _AREA_PREPOSITIONS
        and units[verb + 1].mention is not None
    )


def _gerund_noun(units: list[_Unit], verb: int) -> bool:
    """True for an -ing form with no object that names an activity: "in two days of fighting in
    Phnom Penh", "after heavy fighting, …" (after "of" following a span of time, or after a
    preposition and one adjective); the caller checks that no object follows. "accused Iran of
    fighting for …" stays a verb (a mention or a verb before "of")."""
    if verb < 2:
        return False
    prev = units[verb - 1]
    if prev.mention is not None or prev.weak is not None:
        return False
    before = units[verb - 2]
    if prev.norm == "of":  # "days of fighting", "weeks of shelling"
        return before.mention is None and before.weak is None and before.norm in _DURATIONS
    return (
        prev.modifier
        and before.mention is None
        and before.norm
        in _NOUN_PREPOSITIONS
        | {
            "after",
            "following",
            "in",
        }
    )


#: prepositions of a place phrase before a headline's act noun ("in Sinai attack")
_PLACE_PHRASE_OPENERS = frozenset({"in", "after", "during"})
#: plural nouns of acts spelt as a verb's -s form, whose "from" names the actor or origin
#: ("protests from Israel", "calls from the opposition", "attacks from Gaza")
_FROM_NOUNS = frozenset(
    "protests calls demands appeals attacks strikes raids visits requests offers".split()
)


#: nouns of a span of time before "of" + an activity ("three days of fighting")
_DURATIONS = frozenset("days weeks months years hours nights day week month year hour".split())


#: prepositions that take a noun, never a bare verb: a base or -s verb form right after one is a
#: noun ("despite protests from", "amid calls for", "without support from"; session 8: "tariffs
#: on imports from Mexico", "a ban on sales to Vietnam", "sanctions against exports to Iran";
#: second coder round: "who directed it from exile in Damascus" is no expulsion)
_NOUN_PREPOSITIONS = frozenset("despite amid amidst during without on for against from".split())


def _noun_compound(units: list[_Unit], verb: int) -> bool:
    """True for an -ing form that ends a noun phrase of two or three plain words after a
    determiner ("a suicide car bombing", "the latest cross-border shelling")."""
    for k in range(verb - 1, max(verb - 5, -1), -1):
        unit = units[k]
        if unit.norm in _DETERMINERS:
            return verb - k > 2
        if (
            unit.mention is not None
            or unit.weak is not None
            or not unit.norm.replace("-", "").isalpha()
            or unit.norm.endswith("ly")
            or unit.norm in _PREPOSITIONS
            or unit.norm in _BE_FORMS
        ):
            return False
    return False


#: nouns that "arms" modifies in a compound ("arms depots", "an arms shipment")
_ARMS_HEADS = frozenset(
    """depot depots cache caches dump dumps shipment shipments consignment consignments sale
    sales deal deals dealer dealers embargo embargoes trade trafficking smuggling smugglers
    factory factories race control supplies supplier suppliers warehouse warehouses""".split()
)


def _noun_before_of(units: list[_Unit], verb: int) -> bool:
    """True for a base form right before "of" at the end of a noun phrase opened by a
    determiner and two or three plain words, even plural ones: "the Quds Force, the foreign
    operations arm of the Revolutionary Guards" (session 11; "arm" is no verb of arming). A
    verb of arming or supplying takes its object without "of". A number among the words makes
    them a plural subject and the word its verb: "the two sides warn of", "the three states
    complain of" (a verb taking "of")."""
    word = units[verb].norm
    if verb + 1 >= len(units) or units[verb + 1].norm != "of":
        return False
    if word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith("ss")):
        return False
    k = verb - 1
    while k >= 0 and verb - k <= 4:
        unit = units[k]
        if unit.norm in _DETERMINERS:
            return verb - k > 2
        if (
            unit.mention is not None
            or unit.weak is not None
            or not unit.norm.isalpha()
            or _number(unit.norm)
        ):
            return False
        k -= 1
    return False


def _adjectives_after_determiner(units: list[_Unit], verb: int) -> bool:
    """True for "the first such visit", "a rare official visit": a determiner, then two or three
    plain adjective-like words (not plural nouns nor numbers: "the two sides meet" is a verb)."""
    k = verb - 1
    while k >= 0 and verb - k <= 4:
        unit = units[k]
        if unit.norm in _DETERMINERS:
            return verb - k > 2  # one word between: the rule of ``modified`` above
        if not (
            unit.mention is None
            and unit.weak is None
            and unit.modifier
            and unit.norm not in _QUANTITIES
            and (not unit.norm.endswith("s") or unit.norm.endswith(("ous", "ss")))
        ):
            return False
        k -= 1
    return False


def _after_be(units: list[_Unit], verb: int) -> bool:
    """True for a participle right after a form of "be" ("was criticized", "were all killed",
    "was heavily and unjustly criticized")."""
    if units[verb].norm.endswith("ing"):
        return False
    i = verb - 1
    if i >= 0 and units[i].norm in _BE_FORMS:
        return True
    while (
        i >= 0
        and verb - i <= 4
        and (units[i].norm.endswith("ly") or (units[i].norm == "and" and i < verb - 1))
    ):
        i -= 1
    return i < verb - 1 and i >= 0 and units[i].norm in _BE_FORMS


def _abstract_patient(units: list[_Unit], first: int) -> bool:
    """True when the subject of a passive is a noun phrase with no actor in it ("the peace
    process (with Israel) had been killed by …"): a determiner, plain words, perhaps a
    prepositional complement; not "Haniyeh's convoy", "the Israeli convoy"."""
    i = first - 1
    while i >= 0 and (
        units[i].norm in _BE_FORMS
        or units[i].norm in _AUXILIARIES
        or units[i].norm in ("been", "being", "be")
        or units[i].norm.endswith("ly")
    ):
        i -= 1
    if i >= 2 and units[i].mention is not None and units[i - 1].norm in ("with", "of", "on"):
        i -= 2  # "the peace process with Israel": the head noun is before the complement
    k = i
    determiners = ("the", "a", "an", "this")
    while (
        k >= 0
        and i - k < 4
        and units[k].mention is None
        and units[k].weak is None
        and units[k].norm.isalpha()
        and units[k].norm not in determiners
    ):
        k -= 1
    return i - k >= 1 and k >= 0 and units[k].norm in determiners and units[i].modifier


def _compound(units: list[_Unit], index: int) -> list[int]:
    """The actor at ``index`` plus those joined to it in a coordination: "A and B", "A, B and the
    C", "both A and B", "neither A nor B", "A and the evil awful B". Commas alone ("A, B,") make
    an appositive, not a compound, except in a list of three or more countries ("embargoes on
    Iran, Libya, North Korea, Sudan, and with strings attached, Cuba"): no country is another's
    appositive. A role noun without a country ("officials") joins only other such role nouns
    ("clerics and lawmakers")."""
    own = _member(units[index])
    if own is None:
        return []
    weak = units[index].mention is None
    after, and_after = _walk(units, index, 1, weak)
    if not and_after and len(after) >= 2 and _countries(units, index, len(after)):
        and_after = True
    if not and_after and after and _and_others(units, _member_edge(units, index, 1), after):
        # "apologised to China, South Korea and other Asian nations": the list goes on with
        # actors not named; its named members are a compound
        and_after = True
    before, and_before = _walk(units, index, -1, weak)
    found = [own]
    if and_before or (before and and_after):
        found = [*reversed(before), *found]
    if and_after:
        found = [*found, *after]
    found = list(dict.fromkeys(found))
    if len(found) > 1:
        # "after colliding with a Chinese fighter jet, and Beijing demanded …", "the attacks on
        # New York and Washington, and Pakistan promised …": a comma before "and" joins two
        # clauses when the list has no other member before it, or had its "and" already
        found = _clause_split(units, found, own)
    return found


def _clause_split(units: list[_Unit], found: list[int], own: int) -> list[int]:
    """The members of ``found`` (in sentence order) on the side of ``own`` of a ", and"
    (", but") that joins two clauses rather than the last two members of a list."""
    spans: dict[int, tuple[int, int]] = {}  # the first and last unit of each member
    members = set(found)
    for k, u in enumerate(units):
        member = _member(u)
        if member in members:
            first, _ = spans.get(member, (k, k))
            spans[member] = (first, k)
    if len(spans) != len(found):
        return found
    ends = [spans[m] for m in found]
    if ends != sorted(ends):
        return found  # not in sentence order: leave the compound as it is
    joined_by_and = False
    for n in range(len(ends) - 1):
        between = [u.norm for u in units[ends[n][1] + 1 : ends[n + 1][0]]]
        if between[:2] in ([",", "and"], [",", "but"]) and (n == 0 or joined_by_and):
            side = found[: n + 1] if own in found[: n + 1] else found[n + 1 :]
            return side
        joined_by_and = joined_by_and or "and" in between or "or" in between
    return found


def _and_others(units: list[_Unit], edge: int, after: list[int]) -> bool:
    """True when the last member of a list in ``after`` (the members after the first, whose
    edge is ``edge``) is followed by "and other …" or "and others"."""
    last = max(
        (k for k in range(edge + 1, len(units)) if _member(units[k]) == after[-1]), default=None
    )
    if last is None:
        return False
    k = _member_edge(units, last, 1) + 1
    if k < len(units) and units[k].norm == ",":
        k += 1
    return (
        k + 1 < len(units) and units[k].norm == "and" and units[k + 1].norm in ("other", "others")
    )


def _between_pair(units: list[_Unit], index: int, found: list[int]) -> list[int]:
    """The parties of "between A and B" when A's noun phrase goes on past its mention ("a
    meeting between an Israeli peace movement and the PLO", "talks between Syrian opposition
    groups and the government"): "between" asks for two parties, so the actor after the "and"
    that ends A's phrase is the second one. ``found`` (the members already found at ``index``)
    is returned unchanged when the mention does not follow "between" or names a pair itself."""
    if len(found) != 1:
        return found
    k = index - 1
    while k >= 0 and index - k <= 3 and (units[k].norm in _NP_START or units[k].modifier):
        k -= 1
    if k < 0 or units[k].norm != "between":
        return found
    n = len(units)
    j = _member_edge(units, index, 1) + 1
    head = 0  # the words of A's phrase after its mention ("peace movement")
    while (
        j < n
        and head < 3
        and units[j].mention is None
        and units[j].weak is None
        and units[j].norm.isalpha()
        and units[j].norm not in _PREPOSITIONS
        and units[j].norm not in _CLAUSE_BREAK
        and units[j].norm not in ("and", "or", "that", "which", "who")
    ):
        j += 1
        head += 1
    if j >= n or units[j].norm != "and":
        return found
    j = _skip_determiner_forward(units, j + 1)
    second = units[j].mention if j < n and not _unknown(units[j]) else None
    if second is None or second in found:
        return found  # a role noun of no country ("and the opposition") is not joined here
    return [*found, second]


def _interjection_end(units: list[_Unit], k: int, seps: list[str]) -> int:
    """Going right after a conjunction: past a short phrase set off by a comma before the last
    member of a list ("Iran, Syria and, to a lesser extent, Russia"; "Sudan, and with strings
    attached, Cuba"); ``k`` itself when no such phrase stands there."""
    if "and" not in seps and "nor" not in seps:
        return k
    j = k
    while j < len(units) and j - k < 5 and units[j].mention is None and units[j].weak is None:
        word = units[j].norm
        if word == ",":
            if j == k or j + 1 >= len(units):
                return k
            after = _member_edge(units, j + 1, 1) + 1 if _member(units[j + 1]) is not None else j
            # "Iran and on Sunday, Russia said …": a clause of its own, not a list
            return k if _attributing(units, after) else j + 1
        if not word.isalpha() or word in _CLAUSE_BREAK or word in _TIME_PHRASE:
            return k
        j += 1
    return k


def _walk(units: list[_Unit], index: int, step: int, weak: bool) -> tuple[list[int], bool]:
    """The members of a coordination from ``index`` in one direction, and whether a conjunction
    (not only commas) joins them."""
    found: list[int] = []
    has_and = False
    i = index
    n = len(units)
    while True:
        k = _member_edge(units, i, step) + step
        if step < 0:
            k = _skip_premodifiers(units, k)
        seps = []
        while 0 <= k < n and units[k].norm in _COMPOUND:
            seps.append(units[k].norm)
            k += step
        if not seps or not 0 <= k < n:
            break
        if step > 0:
            k = _skip_determiner_forward(units, _interjection_end(units, k, seps))
        elif _possessive_head(units, k - 2) or _possessed_name(units, k - 2):
            k -= 2  # "Colombia's government and the FARC": the mention names the head
        elif step < 0 and (owner := _tail_owner(units, k)) is not None:
            # round 17: "Lebanon's Western-backed government and the Hezbollah-led opposition
            # signed": the words after the possessive are the mention's own (its tail), with a
            # modifier before the head; the mention is the member
            k = owner
        member = _member(units[k]) if 0 <= k < n else None
        if member is None or (units[k].mention is None) != weak:
            break
        if step > 0 and seps == [","] and _attributing(units, _member_edge(units, k, 1) + 1):
            break  # "… and the Tamil Tigers, Norwegian diplomats said": a clause of its own
        # (leftwards, only the separator next to the start counts: a list ends with its
        # conjunction, "A, B and C"; in "A and B, C" the C is no member of "A and B")
        if step > 0 or not found:
            has_and = has_and or any(sep != "," for sep in seps)
        found.append(member)
        i = k
    return found, has_and


def _tail_owner(units: list[_Unit], k: int) -> int | None:
    """The unit of the mention whose words after its possessive end at ``k`` ("Lebanon's
    Western-backed government": the placeholder ends before "'s", the words after it are the
    mention's tail), or None when ``k`` is no such word."""
    tail = units[k].tail
    if tail is None or units[k].mention is not None:
        return None
    j = k - 1
    while j >= 0 and units[j].mention is None and units[j].tail == tail:
        j -= 1
    return j if j >= 0 and units[j].mention == tail else None


def _countries(units: list[_Unit], index: int, count: int) -> bool:
    """Whether the mention at ``index`` and the next ``count`` mentions are all bare countries."""
    codes = [u.code for u in units[index:] if u.mention is not None][: count + 1]
    return len(codes) == count + 1 and all(len(c) == 3 and c.isalpha() for c in codes)


def _possessive_head(units: list[_Unit], i: int) -> bool:
    """True for a mention at ``i`` whose code already names the noun after its "'s"
    ("Colombia's government" resolved as COLGOV on "Colombia")."""
    return (
        i >= 0
        and i + 2 < len(units)
        and units[i].mention is not None
        and len(units[i].code) > 3
        and units[i + 1].norm in ("'s", "'")
        and units[i + 2].mention is None
        and units[i + 2].weak is None
        and units[i + 2].norm.isalpha()
    )


def _possessed_name(units: list[_Unit], i: int) -> bool:
    """True for a country's mention at ``i`` followed by "'s" and one plain word that names
    what it owns ("Russia's Gazprom and China's CNPC signed": a company or body the
    dictionary does not know), at the start of a compound: the country stands for it."""
    return (
        i >= 0
        and i + 3 < len(units)
        and units[i].mention is not None
        and len(units[i].code) == 3
        and not units[i].pronoun
        and units[i + 1].norm in ("'s", "'")
        and units[i + 2].mention is None
        and units[i + 2].weak is None
        and units[i + 2].modifier
        and units[i + 3].norm == "and"
    )


def _member_edge(units: list[_Unit], i: int, step: int) -> int:
    """The last unit, in direction ``step``, of the mention at ``i`` (role nouns span words)."""
    if step > 0 and _possessive_head(units, i):
        return i + 2
    weak = units[i].weak
    if units[i].mention is not None or weak is None:
        return i
    while 0 <= i + step < len(units) and units[i + step].weak == weak:
        i += step
    return i


#: possessive determiners that may open a member of a compound ("Putin and his Turkish
#: counterpart Erdogan")
_OWNER_DETERMINERS = frozenset({"his", "her", "its", "their"})


def _skip_premodifiers(units: list[_Unit], k: int) -> int:
    """Going left from just before a mention: skip its determiner and modifiers ("the evil
    awful"): at most one modifier without a determiner."""
    start = k
    mods = 0
    while (
        k >= 0
        and (units[k].modifier or _participle_premodifier(units, k) or _hyphenated(units[k]))
        and mods < 3
    ):
        k -= 1
        mods += 1
    if k >= 0 and (units[k].norm in _NP_START or units[k].norm in _OWNER_DETERMINERS):
        return k - 1  # "Dacic and his Kosovo counterpart Thaci"
    return k if mods <= 1 else start


def _hyphenated(unit: _Unit) -> bool:
    """True for a hyphenated plain word ("pro-Russian", "Iranian-backed"): an adjective before
    a noun, as in "Ukrainian government troops and pro-Russian separatists fought", where it
    opens the second member of the compound (session 9)."""
    norm = unit.norm
    return (
        unit.mention is None
        and unit.weak is None
        and "-" in norm
        and all(part.isalpha() for part in norm.split("-"))
    )


def _participle_premodifier(units: list[_Unit], k: int) -> bool:
    """True for an -ing word between a determiner and an actor ("the acting Russian commander",
    "the outgoing president", "the ruling party"): a premodifier, not a verb."""
    return (
        units[k].mention is None
        and units[k].norm.endswith("ing")
        and k > 0
        and units[k - 1].norm in ("the", "a", "an")
        and k + 1 < len(units)
        and units[k + 1].mention is not None
    )


def _skip_determiner_forward(units: list[_Unit], k: int) -> int:
    """Going right from a conjunction: skip the next mention's determiner and modifiers."""
    n = len(units)
    start = k
    det = k < n and units[k].norm in _NP_START
    if det:
        k += 1
    mods = 0
    while k < n and units[k].modifier and mods < (3 if det else 1):
        k += 1
        mods += 1
    return k if k < n and _member(units[k]) is not None else start


def _subject(units: list[_Unit], verb: int, window: int = 14) -> tuple[list[int], float]:
    """Search left of the verb for its subject, skipping comma-parentheticals and the objects of
    prepositions. A role noun without a country ("officials") is taken only when no known actor
    stands further left; a personal pronoun that names no known actor ("he said") is the subject
    and ends the search. A role noun that opens a clause after a comma (", a senior official
    said") is that clause's subject: the search does not go on past the comma. A verb that opens
    a relative clause (", which killed", "the bombings that killed") takes the relative's
    antecedent: no subject when that is no actor. An actor in a participle phrase modifying the
    subject ("rebels backed by Rwanda captured") or in "between A and B" ("clashes between A and
    B killed") is not the subject; nor is one before a subordinator that opens the pattern's
    own clause ("… after gunmen killed")."""
    antecedent = _relative_antecedent(units, verb)
    if antecedent is not None:
        return antecedent, 0.9
    i = verb - 1
    while i > 0 and units[i].tail is not None:
        i -= 1  # "Iraq's prime minister travelled": the head after the possessive is the actor's
    confidence = 1.0
    steps = 0
    fallback: tuple[list[int], float] = ([], 0.0)
    fallback_at = -1
    while i >= 0 and steps < window:
        unit = units[i]
        participle = (
            _subject_participle(units, i, verb)
            if unit.mention is not None or unit.weak is not None
            else None
        )
        if participle is not None:
            # "Rebels backed by Rwanda captured …": the actor is the agent of a participle
            # that modifies the subject noun
            steps += i - participle + 1
            i = participle - 1
            confidence *= 0.9
            continue
        if unit.mention is not None:
            if (
                _prepositional(units, i)
                and i - 1 != verb - 1
                and not _speaks_for(units, i)
                and not _collective_of(units, i)
                and not _absolute_subject(units, i, verb)
            ) or _between_object(units, i):
                i -= 2  # "left its offices in Damascus and backed …": not the subject
                steps += 2
                confidence *= 0.9
                continue
            if not _unknown(unit):
                first_verb = _coordinated_object(units, i, verb)
                if first_verb is not None:
                    # "Police broke up a Hamas cell and arrested five men": the object of the
                    # verb coordinated before is not the subject of this one
                    steps += i - first_verb + 1
                    i = first_verb - 1
                    continue
                i = _force_member(units, i)  # "Nigerian troops of the ECOMOG force protected"
                return [*_coordinated_owner(units, i), *_compound(units, i)], confidence
            if not fallback[0]:
                fallback, fallback_at = ([unit.mention], confidence * 0.8), i
        elif unit.weak is not None and not fallback[0]:
            fallback, fallback_at = (_compound(units, i), confidence * 0.8), i
        elif unit.norm == "whose":
            # "families whose homes were destroyed by Israel": the subject is "whose homes",
            # the antecedent's; an actor when the antecedent is one ("Hamas, whose leaders
            # were killed", session 9), else none (not an actor further left)
            k = i - 2 if i >= 2 and units[i - 1].norm == "," else i - 1
            if k >= 0 and units[k].mention is not None and not _unknown(units[k]):
                return _compound(units, k), confidence * 0.9
            return fallback if fallback_at > i else ([], 0.0)
        elif unit.norm in _SUBJECT_PRONOUNS:
            if unit.norm in ("we", "i"):  # "'We stand by Qatar,' Erdogan told reporters"
                speaker = _quote_speaker(units, i)
                if speaker:
                    return speaker, confidence * 0.9
            break  # "he said …": the subject of this clause is not known
        elif (unit.norm in _CLAUSE_OPENERS or unit.norm in _WH_OPENERS) and (
            any(not u.norm.endswith("ly") for u in units[i + 1 : verb])
            or (verb < len(units) and units[verb].weak is not None)
        ):
            # "X cut ties with Y after protesters stormed …": the clause has its own subject,
            # not one of the main clause ("after leaving" has none: it shares the main one);
            # so has "after gunmen killed …" when the pattern itself opens with the role noun
            break
        if unit.norm == "," and fallback[0] and _noun_phrase(units, i + 1, fallback_at):
            return fallback  # ", a senior official said": the clause's own subject
        if (
            unit.norm in _SAYING
            and fallback[0]
            and unit.mention is None
            and not units[fallback_at].pronoun
            and units[fallback_at].norm not in _SUBJECT_PRONOUNS
            and units[fallback_at].code[3:6] not in _STATE_SECTORS
            and (
                fallback_at == 0
                or units[fallback_at - 1].norm not in _POSSESSIVE_PRONOUNS
                or _owned_role(units, fallback_at)
            )
        ):
            # "Turkey said militants had stormed its consulate": the reported clause has its
            # own subject, a role noun of no country; the speaker is not it ("said they would
            # …" and "Russian officials said troops were fighting" still name the speaker's
            # own). "Pakistan said its forces had shot down …": the role noun the speaker owns
            # is the reported act's subject, coded as the speaker's (PAKMIL) by the actor stage
            return fallback
        if unit.norm == ",":
            opening = _opening_comma(units, i)
            if opening is not None:
                i = opening - 1
                confidence *= 0.9
                continue
        if unit.norm in (";", ":"):
            break
        i -= 1
        steps += 1
        confidence *= 0.97
    return fallback


#: particles of a phrasal verb between it and its object ("broke up a cell")
_PARTICLES = _PHRASAL_PARTICLES - {"back"}


def _coordinated_object(units: list[_Unit], i: int, verb: int) -> int | None:
    """The unit of a past verb whose object is the actor at ``i`` when ``verb`` is coordinated
    right after that object (session 11, attachment round): "Iran said it had broken up a CIA
    spy network and arrested 17 Iranians", "police broke up a Hamas cell and arrested five
    Palestinians": the verb after "and" shares the first verb's subject (the search goes on
    left of it), not its object. Only plain words of the object's noun ("cell") may stand
    between the actor and "and"; determiners, a number and a particle between the first verb
    and the actor. None when the actor is not such an object."""
    if verb < 2 or units[verb - 1].norm != "and" or verb - i > 4:
        return None
    if any(
        u.mention is not None or u.weak is not None or not u.norm.isalpha()
        for u in units[i + 1 : verb - 1]
    ):
        return None
    k = i - 1
    while k >= 0 and i - k <= 2 and (units[k].norm in _DETERMINERS or units[k].norm.isdigit()):
        k -= 1
    if k >= 1 and units[k].norm in _PARTICLES:
        k -= 1
    if k < 1 or units[k].mention is not None or units[k].weak is not None:
        return None
    word = units[k].norm
    past = word in _IRREGULAR_PAST or word in _IRREGULAR_PARTICIPLES
    if not (past or (word.endswith("ed") and len(word) > 4)):
        return None
    if units[k - 1].norm in _DETERMINERS or units[k - 1].norm in _PREPOSITIONS:
        return None  # "the armed …", "of trained …": an adjective
    return k


def _absolute_subject(units: list[_Unit], i: int, verb: int) -> bool:
    """True for the actor right after "with" and right before a present participle, the
    subject of an absolute clause (round 17: "held peace talks in Istanbul, with Turkish
    President Erdogan urging both sides to agree a ceasefire"): not a prepositional object."""
    return (
        i + 1 == verb
        and i > 0
        and units[i - 1].norm == "with"
        and units[verb].mention is None
        and units[verb].norm.endswith("ing")
    )


def _owned_role(units: list[_Unit], i: int) -> bool:
    """True for a role noun after a possessive determiner at ``i`` that the actor stage coded
    as its owner's ("its forces", "their troops": a description kept as words, with no code of
    its own in the unit, see ``units._units``), not a role noun of no country ("---MIL")."""
    unit = units[i]
    return unit.weak is not None and unit.mention is None and not unit.code


def _force_member(units: list[_Unit], i: int) -> int:
    """The head of "<state's forces> of <organisation>" when the subject found at ``i`` is the
    organisation: "Nigerian troops of the ECOMOG force", "the first Italian troops of an
    expanded UN peacekeeping force" are the state's own troops serving in the body's force, and
    the state acts. Only a mention with a sector (a state's troops, police, officials) before
    "of" and an international organisation after it; otherwise ``i``."""
    if not units[i].code.startswith("IGO"):
        return i
    k = i - 1
    mods = 0
    while k >= 0 and units[k].mention is None and mods < 3 and units[k].norm not in _NP_START:
        if units[k].norm == "of" or not units[k].norm.isalpha():
            break
        k -= 1  # "an expanded UN force": its modifiers
        mods += 1
    if k >= 0 and units[k].norm in _NP_START:
        k -= 1
    if k < 1 or units[k].norm != "of":
        return i
    head = units[k - 1]
    if head.mention is None or head.pronoun or _unknown(head):
        return i
    code = head.code
    return k - 1 if len(code) > 3 and code[:3].isalpha() and not code.startswith("IGO") else i


#: prepositions after a past participle that open the phrase of its agent or origin in a
#: participle phrase modifying a noun ("backed by Rwanda", "a film made in the United States")
_PARTICIPLE_PREPOSITIONS = frozenset({"by", "in", "from"})


def _subject_participle(units: list[_Unit], i: int, verb: int) -> int | None:
    """The participle whose agent, origin or object the actor at ``i`` is, when that participle
    phrase modifies the noun before it and ends right before ``verb`` (a reduced relative clause
    in the subject): "Rebels backed by Rwanda captured Goma", "Commandos trained in the United
    States attacked …", "Protesters angered by a film made in the United States stormed …",
    "Turkish troops fighting Kurdish militants captured …". The actor is not the verb's subject;
    the noun modified is (the search goes on left of the participle). None when the actor
    stands in no such phrase."""
    k = _before_noun_phrase(units, i)
    if k < 1:
        return None
    if _present_participle(units[k]):
        # "Turkish troops fighting Kurdish militants captured …": a known actor heads it (a
        # role noun of no country, "rebels fighting …", is left to the search)
        head = units[k - 1]
        known = head.mention is not None and not _unknown(head) and not head.pronoun
        participle = k if known else None
    elif k >= 2 and units[k].norm in _PARTICIPLE_PREPOSITIONS:
        participle = _participle_with_head(units, k - 1)
        if participle is None:
            participle = _nested_origin(units, k)
    else:
        return None
    if participle is None or not _rest_of_phrase(units, i, verb):
        return None
    return participle


def _nested_origin(units: list[_Unit], k: int) -> int | None:
    """The participle of "launched from a base in central Syria", when the place's preposition
    at ``k`` ("in") follows a short plain noun phrase ("a base") that is itself the object of a
    participle's "from" or "in" (session 11: "an Iranian drone launched from a base in central
    Syria entered Israeli airspace": Syria is where the drone came from, not what entered)."""
    if units[k].norm != "in":
        return None
    j = k - 1
    words = 0
    while j >= 0 and words < 4 and units[j].mention is None and units[j].weak is None:
        if units[j].norm in _PARTICIPLE_PREPOSITIONS:
            break
        if not units[j].norm.replace("-", "").isalpha() or units[j].norm in _BE_FORMS:
            return None
        j -= 1
        words += 1
    if words == 0 or j < 2 or units[j].norm not in ("from", "in"):
        return None
    return _participle_with_head(units, j - 1)


def _before_noun_phrase(units: list[_Unit], i: int) -> int:
    """The unit before the noun phrase of the actor at ``i``: past a role noun's own words
    ("government troops") and up to three determiners or modifiers ("the Ukrainian city of")."""
    k = i - 1
    weak = units[i].weak
    while k >= 0 and weak is not None and units[k].weak == weak:
        k -= 1
    mods = 0
    while (
        k >= 0
        and mods < 3
        and (
            units[k].norm in _NP_START
            or units[k].norm in _OWNER_DETERMINERS
            or (units[k].modifier and units[k].mention is None and units[k].weak is None)
        )
    ):
        k -= 1
        mods += 1
    return k


def _participle_with_head(units: list[_Unit], participle: int) -> int | None:
    """``participle`` when it is a past participle after the noun it modifies: an actor
    ("Rebels backed by …") or a plain noun, itself in the subject ("a film made in …"); None
    otherwise ("was backed by …" is a finite passive)."""
    form = units[participle]
    if form.mention is not None or form.weak is not None or not _past_participle(form.norm):
        return None
    head = units[participle - 1]
    if head.mention is not None or head.weak is not None:
        return participle
    plain_noun = (
        head.modifier
        and head.norm not in _BE_FORMS
        and head.norm not in _AUXILIARIES
        and not head.norm.endswith(("ly", "ing", "ed"))
    )
    return participle if plain_noun else None


def _rest_of_phrase(units: list[_Unit], i: int, verb: int) -> bool:
    """True when only the rest of the actor's noun phrase ("'s army", "border") stands between
    the actor at ``i`` and the verb: the participle phrase ends right before the verb."""
    return verb - i <= 4 and all(
        u.mention is None
        and u.weak is None
        and (u.norm in ("'s", "'") or (u.norm.isalpha() and u.norm not in _NOT_MODIFIERS))
        for u in units[i + 1 : verb]
    )


#: words in "-ing" that are prepositions or nouns, not participles
_NOT_PARTICIPLES = frozenset(
    "during including regarding concerning following according excluding pending "
    "notwithstanding considering meeting building wedding morning evening".split()
)


def _present_participle(unit: _Unit) -> bool:
    """Whether a plain word may be a present participle opening a phrase ("fighting")."""
    return (
        unit.mention is None
        and unit.weak is None
        and len(unit.norm) > 5
        and unit.norm.endswith("ing")
        and unit.norm not in _NOT_PARTICIPLES
    )


#: past participles of irregular verbs ("led", "sent", "run", "driven")
_IRREGULAR_PARTICIPLES = frozenset(participle for _, participle in _IRREGULAR.values())


def _past_participle(word: str) -> bool:
    """Whether a word may be a past participle ("backed", "trained", "led", "run")."""
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


#: words that open a clause with a subject of its own ("in Aceh, where the tsunami killed …",
#: "escaped unhurt when gunmen opened fire"): the subject search does not go past them
_WH_OPENERS = frozenset({"where", "when", "while", "whereby"})

#: relative pronouns that can be a clause's subject
_RELATIVES = frozenset({"which", "who", "that"})
#: auxiliaries of a fact told in a reported relative clause ("that officials said had killed");
#: a modal ("said would disarm") tells an intent or a prediction, not the act done
_PERFECT_AUXILIARIES = frozenset({"had", "has", "have", "was", "were"})


def _speaks_for(units: list[_Unit], i: int) -> bool:
    """True for the mention after "a spokesman for", "an envoy for" (a role noun of no country
    right before "for"): the role noun acts for that actor, who is the subject ("A spokesman
    for Turkish Prime Minister Gul declined to comment": TURGOV)."""
    return i >= 2 and units[i - 1].norm == "for" and units[i - 2].weak is not None


#: possessive determiners that make a role noun the possessor's ("its forces", "our troops")
_POSSESSIVE_PRONOUNS = _OWNER_DETERMINERS | {"our"}

#: nouns of a body of people whose members are named after "of" ("a team of Saudi officials")
_COLLECTIVES = frozenset(
    "team delegation group contingent unit squad battalion detachment convoy column band "
    "dozens hundreds thousands scores "
    # session 10: "supporters of opposition leader Alexei Navalny clashed with riot police"
    "supporters followers loyalists".split()
)


def _collective_of(units: list[_Unit], i: int) -> bool:
    """True for the mention after "a team of", "a delegation of", "dozens of" (a collective
    noun right before "of"): the body is made of that actor, who is the subject ("Erdogan said a
    team of Saudi officials had flown into Istanbul": SAUGOV)."""
    return (
        i >= 2
        and units[i - 1].norm == "of"
        and units[i - 2].mention is None
        and units[i - 2].norm in _COLLECTIVES
    )


def _relative_antecedent(units: list[_Unit], verb: int) -> list[int] | None:
    """For a verb right after a subject relative pronoun ("the attacks in Mumbai, which killed
    170 people", "the bombings that killed", "Hamas, which has also attacked"): the antecedent's
    actors, empty when the antecedent is no actor (a plain noun, a place after "in"). None when
    the verb does not open a relative clause."""
    i = verb - 1
    while (
        i >= 0 and verb - i <= 3 and (units[i].norm in _AUXILIARIES or units[i].norm.endswith("ly"))
    ):
        i -= 1
    if (
        i >= 3
        and units[i].norm in ("said", "says")
        and units[i].mention is None
        and all(u.norm in _PERFECT_AUXILIARIES for u in units[i + 1 : verb])
    ):
        # session 11, attachment round: "a NATO rocket strike that Afghan officials said had
        # killed 12 civilians": the speaker inside the relative clause frames its verb, whose
        # subject is still the relative's antecedent
        k = i - 1
        speaker = units[k].mention if units[k].mention is not None else units[k].weak
        while k > 0 and speaker is not None and units[k - 1].weak == speaker:
            k -= 1  # the words of a role noun of no country ("officials")
        if speaker is not None and k >= 2 and units[k - 1].norm in ("that", "which"):
            i = k - 1
    if i < 1 or units[i].norm not in _RELATIVES or units[i].mention is not None:
        return None
    k = i - 1
    if units[i].norm == "that":
        if units[k].norm == ",":
            return None
    elif units[k].norm == ",":
        k -= 1
    unit = units[k]
    if unit.mention is not None:
        if _unknown(unit) or (k > 0 and units[k - 1].norm in _LOCATIVE):
            return []  # "in Mumbai, which killed": the place is not the subject
        return _compound(units, k)
    if unit.weak is not None and units[i].norm == "who":
        return _compound(units, k)  # "the rebels, who attacked"
    # "a Colombian military raid that killed": the actor that modifies the antecedent noun
    j = k - 1
    while j >= 0 and k - j <= 3 and units[j].mention is None and units[j].modifier:
        j -= 1
    if (
        j >= 0
        and units[j].mention is not None
        and not _unknown(units[j])
        and not units[j].pronoun
        and not (j > 0 and units[j - 1].norm in _PREPOSITIONS)
    ):
        return _compound(units, j)
    return []


def _coordinated_owner(units: list[_Unit], i: int) -> list[int]:
    """For "Ithilen's sheep and goats of Gondor warned" (the subject at ``i`` is the complement
    of a noun coordinated with a possessed noun): the possessor, Ithilen, is a subject too.
    RETURNS (list[int]) the possessor's mention, or nothing."""
    if i < 6 or units[i - 1].norm != "of" or units[i - 3].norm != "and":
        return []
    head, noun, owner = units[i - 2], units[i - 4], units[i - 6]
    if not (head.modifier and noun.modifier and units[i - 5].norm in ("'s", "'")):
        return []
    if owner.mention is None or _unknown(owner) or owner.pronoun:
        return []
    return [owner.mention]


def _noun_phrase(units: list[_Unit], start: int, head: int) -> bool:
    """True when the units from ``start`` to the role noun at ``head`` are only its determiner,
    modifiers and the role noun's own words ("a clearly inebriated senior official")."""
    weak = units[head].weak
    return all(
        u.norm in _NP_START
        or u.modifier
        or u.norm.endswith("ly")
        or (weak is not None and u.weak == weak)
        for u in units[start:head]
    )


def _quote_speaker(units: list[_Unit], i: int) -> list[int]:
    """The speaker of the quotation that holds unit ``i`` ("'We stand by Qatar,' Erdogan told
    reporters"; 'Erdogan said: "We …"'), found next to the quotation with a verb of saying;
    empty when ``i`` is not in an attributed quotation."""
    opening = next((k for k in range(i - 1, -1, -1) if units[k].norm == '"'), None)
    if opening is None or sum(u.norm == '"' for u in units[:opening]) % 2:
        return []  # not inside a quotation
    closing = next((k for k in range(i + 1, len(units)) if units[k].norm == '"'), None)
    if closing is not None:  # after: '…," Erdogan told', '…," said Erdogan'
        after = units[closing + 1 : closing + 8]
        verb = next((k for k, u in enumerate(after) if u.norm in _QUOTING), None)
        if verb is not None and not any(u.norm == '"' for u in after[:verb]):
            speaker = next((k for k, u in enumerate(after[:verb]) if _member(u) is not None), None)
            if speaker is None:  # '… ," said the Iranian foreign minister'
                speaker = next(
                    (k for k, u in enumerate(after[verb + 1 :], verb + 1) if u.mention is not None),
                    None,
                )
            if speaker is not None:
                return _compound(units, closing + 1 + speaker)
    before = units[max(0, opening - 8) : opening]  # 'Erdogan told reporters: "We …'
    if any(u.norm in _QUOTING for u in before):
        verb = max(k for k, u in enumerate(before) if u.norm in _QUOTING)
        start = max(0, opening - 8)
        found, _ = _subject(units, start + verb)
        return found
    return []


def _partner_act(pattern: Pattern) -> bool:
    """True for a pattern of an act done with a partner (intents, meetings, diplomatic and
    material cooperation: roots 03-06, visits excepted) that ends with its verb ("$ <meet> +",
    "$ will (visit|meet) +"): its object is the partner, never the ship or coast where the act was
    done (:data:`~entente.events.lexicon._PLACE_PREPOSITIONS`). Hostile acts are left alone."""
    if pattern.cameo[:2] not in _PARTNER_ROOTS or pattern.cameo[:3] == "042":
        return False  # a visit's object may be the place visited
    body = pattern.text.rstrip(" +").split()
    return bool(body) and (
        body[-1].startswith("<")
        or (body[-1].startswith("(") and len(body) > 1 and body[-2] in ("to", "will"))
    )


#: roots of acts done with a partner, whose object is never a ship or coast (see _partner_act)
_PARTNER_ROOTS = frozenset({"03", "04", "05", "06"})


def _ends_with_verb(pattern: Pattern) -> bool:
    """True for "$ <kill> +": the target is the verb's direct object."""
    body = pattern.text.rstrip(" +").split()
    return bool(body) and body[-1].startswith("<")


#: modifiers of a title before a person's mention ("loyal to former President X")
_FORMER_TITLES = frozenset("former ousted deposed exiled late jailed detained slain".split())

#: particles of a phrasal verb that may stand between the verb and its direct object ("shot
#: dead", "shot down", "rounded up"): the object still follows the verb phrase at once
_VERB_PARTICLES = frozenset("dead down up off out".split())


def _ends_with_verb_phrase(pattern: Pattern) -> bool:
    """True for "$ <kill> +" and for a phrasal verb ending with its particle ("$ <shoot> dead +",
    "$ <shoot> down +"): the target is the direct object of the verb phrase, so a participle of
    it followed at once by a place is a headline passive ("Russian ambassador shot dead in
    Ankara", session 10)."""
    body = pattern.text.rstrip(" +").split()
    if len(body) > 1 and body[-1] in _VERB_PARTICLES:
        body = body[:-1]
    return bool(body) and body[-1].startswith("<")


def _prepositional(units: list[_Unit], i: int) -> bool:
    """True when the mention at ``i`` is the object of a preposition ("in Damascus"); "thousands
    of Syrians", "members of Hamas" still name the subject."""
    if (
        i > 2
        and units[i - 1].norm == "the"
        and units[i - 2].norm in ("to", "at", "in", "from")
        and (units[i - 3].mention is not None or units[i - 3].tail is not None)
    ):
        # "Saudi Arabia's envoy at the United Nations demanded" (session 9); round 17: "Jewish
        # settlers in the West Bank city of Hebron set fire to …"
        return True
    if (
        i > 1
        and units[i - 1].norm in _FORMER_TITLES
        and units[i - 2].norm in ("to", "with", "against", "by")
    ):
        # round 17: "rebels loyal to former Vice President Riek Machar resumed": the title's
        # modifier stands between the preposition and its object
        return True
    if i == 0 or units[i - 1].norm not in _PREPOSITIONS:
        return False
    if units[i - 1].norm == "from" and i > 1 and _unknown(units[i - 2]):
        # "a suicide bomber from Islamic State Khorasan struck …", "militants from Hamas":
        # a role noun of no country and the group it comes from name one actor (round 17)
        return False
    if units[i - 1].norm == "of" and i > 1:
        before = units[i - 2].norm
        return not (before in _QUANTITIES or before.isdigit() or _of_head(units, i - 2))
    return True


def _between_object(units: list[_Unit], i: int) -> bool:
    """True for the mention at ``i`` in "between A and B" ("clashes between Christians and
    Muslims killed 20 people"): both are objects of "between", the subject is the noun before
    it, not an actor."""
    k = i - 1
    if k >= 0 and units[k].norm in _NP_START:
        k -= 1
    if k >= 0 and units[k].norm == "between":
        return True
    if k < 1 or units[k].norm != "and" or _member(units[k - 1]) is None:
        return False
    j = _member_edge(units, k - 1, -1) - 1
    if j >= 0 and units[j].norm in _NP_START:
        j -= 1
    return j >= 0 and units[j].norm == "between"


def _of_head(units: list[_Unit], head: int) -> bool:
    """True for "The republic of Slovenia defied", "Supporters of Kataib Hezbollah stormed": a
    plain noun (not a pattern word nor a nominalised act: "the killing of", "the invasion of")
    that opens its clause, with at most a determiner and one modifier before it."""
    unit = units[head]
    if not unit.modifier or unit.norm.endswith(("tion", "sion")):
        return False
    k = head - 1
    if k >= 0 and units[k].modifier:
        k -= 1
    if k >= 1 and units[k].norm == "of" and units[k - 1].norm in _QUANTITIES:
        # round 17: "Thousands of supporters of Jair Bolsonaro stormed Congress": a number of
        # the plain noun ("tens of thousands of", "hundreds of")
        k -= 2
        while k >= 1 and units[k].norm == "of" and units[k - 1].norm in _QUANTITIES:
            k -= 2
    if k >= 0 and units[k].norm in _NP_START:
        k -= 1
    return k < 0 or units[k].norm in _NP_OPENERS


def _opening_comma(units: list[_Unit], closing: int) -> int | None:
    """For ", … ," before a verb: the index of the opening comma when an actor precedes it."""
    j = closing - 1
    while j >= 0 and closing - j < 16:
        if units[j].norm == ",":
            if j > 0 and (units[j - 1].mention is not None or _possessed_noun(units, j - 1)):
                return j
            # "The rebels, who attacked Chad last week, met Sudan": a relative clause after a
            # role noun
            relative = j + 1 < closing and units[j + 1].norm in _RELATIVES
            return j if j > 0 and units[j - 1].weak is not None and relative else None
        j -= 1
    return None


def _possessed_noun(units: list[_Unit], end: int) -> bool:
    """True when the plain words ending at ``end`` are a noun possessed by a known actor: "the
    Taliban's chief negotiator" (``@ 's chief negotiator``), so that ", Baradar," after it is
    its appositive."""
    k = end
    while k > end - 3 and k >= 0 and units[k].mention is None and units[k].norm.isalpha():
        k -= 1
    return (
        k < end
        and k >= 1
        and units[k].norm in ("'s", "'")
        and units[k - 1].mention is not None
        and not _unknown(units[k - 1])
    )


def _headline_participle(units: list[_Unit], last: int) -> bool:
    """True when the verb phrase ending at ``last`` is a past participle not after "has"
    ("killed", "shot dead", "shot down"; "has risen in" is active)."""
    verb = last
    if units[last].norm in _VERB_PARTICLES and last > 0:
        verb = last - 1  # "shot dead in Ankara": the participle is before its particle
    return units[verb].norm.endswith(("ed", "en", "t")) and (
        verb == 0 or units[verb - 1].norm not in ("has", "have", "had")
    )


def _as_clause(units: list[_Unit], i: int, end: int) -> bool:
    """True when the "as" at ``i`` opens a clause with an actor for subject ("Israel declares
    war after Hamas assault as Iranian officials praise the attack": the officials are no
    target of the assault; session 11, lead's review of the demo report), not a predicate
    ("denounced as an ugly crime", "took over as prime minister")."""
    if i + 2 >= end or units[i + 1].mention is None:
        return False
    verb = units[i + 2]
    return (
        verb.mention is None
        and verb.weak is None
        and verb.norm.isalpha()
        and verb.norm not in _PREPOSITIONS
        and verb.norm not in _DETERMINERS
        and verb.norm not in _COMPOUND
    )


def _object(
    units: list[_Unit],
    last: int,
    stop: int | None = None,
    *,
    direct: bool = False,
    avoid: Iterable[str] = (),
    places: bool = False,
    asides: bool = False,
) -> list[int]:
    """The first actor right of the pattern, before a clause break (or the next verb); a role
    noun without a country only when no known actor follows. direct (bool): the pattern ends
    with its verb; a participle followed at once by "in", "at", "near" … is a headline passive
    ("Haniyeh killed in Tehran"): the place is where, not whom. places (bool): the act is done
    with a partner (:func:`_partner_act`): an actor in a phrase of a ship or coast right after
    the verb ("aboard", "on board", "off") is where it was done, not the partner ("met aboard
    a South African navy ship"); a partner after "with" still is ("met aboard a navy ship with
    Kabila"). avoid (Iterable[str]): the
    source's codes; a pronoun for the same actor ("whether he …" after "Sam") is passed over.
    asides (bool): the act is done to a place or a force (:func:`aside_act`): an aside naming
    the object as its speaker sees it is passed over ("struck what it called militant hideouts
    inside Iran")."""
    i = last + 1
    end = min(len(units), stop if stop is not None else len(units))
    fallback: list[int] = []
    avoided = False
    if (
        direct
        and i < end
        and units[i].norm in _LOCATIVE
        and not _bound_quantifier(units, i)  # "killed at least 20 villagers": the object
        and _headline_participle(units, last)
    ):
        return []  # headline passive: "Haniyeh killed in Tehran" names no target
    if i < end and units[i].norm == "by" and (direct or units[last].norm.endswith("ed")):
        # "ordered patrols by police": "by" names the doer, not the object; so it does after a
        # participle ("militias backed by the government": the government is no target)
        return []
    if 0 < last < end and units[last - 1].norm in _OWNER_DETERMINERS:
        owner = _post_owner(units, last, last - 1, avoid)  # "stormed its embassy in Tehran"
        if owner is not None:
            return [owner]
    if asides and i < end and units[i].norm == "what":
        # "struck what New Delhi said was a militant camp in Pakistan": the speaker of the
        # aside is not the object; the object is the place or actor named after it
        i = _past_naming_aside(units, i, end)
    place = False  # inside a place phrase right after the verb ("met aboard a navy ship")
    means = False  # after "with" past a non-actor object ("backed the offensive with advisers")
    office: int | None = None  # a role noun right after "as" ("took over as prime minister")
    while i < end and i - last <= _OBJECT_WINDOW:
        unit = units[i]
        if place and unit.mention is not None:
            pass  # "met aboard a South African navy ship": South Africa is where, not whom
        elif places and _opens_place(units, last, i):
            place = True
        elif place and unit.norm == "with":
            place = False  # "met aboard a navy ship with Kabila": the partner follows
        elif unit.mention is not None and _venue(units, i):
            pass  # "leaders of Muslim countries gathered in Riyadh": where, not whom
        elif unit.mention is None and unit.norm in _OWNER_DETERMINERS and not avoided:
            owner = _post_owner(units, last, i, avoid)
            if owner is not None:
                return [owner]  # "stormed its embassy in Tehran": the embassy's state
        elif unit.mention is not None:
            if unit.anaphor and avoid and any(_nested(unit.code, code) for code in avoid):
                if fallback and (
                    units[i - 1].norm == "that" or (unit.pronoun and units[i - 1].weak in fallback)
                ):
                    # "accepted demands from rebels that it …": a clause of its own; so is a
                    # relative clause with no "that" ("freed the prisoners it had promised to
                    # release under its deal with the United States")
                    break
                # "Sam … whether he … with the Orcs", "recalled its ambassador from Athens": the
                # source named again; only a known actor after it can be the target
                fallback, avoided = [], True
            elif _reported_self(units, last, i, avoid):
                # "declined to comment on a report that Tokyo had held talks with North
                # Korea": the source itself as the subject of the reported clause; the one it
                # dealt with is what the comment is about
                fallback, avoided = [], True
            elif not _unknown(unit):
                owner = _possessed(units, i)
                return _between_pair(units, owner, _compound(units, owner))
            elif not avoided:
                fallback = fallback or [unit.mention]
        elif unit.weak is not None and (
            unit.weak == office or (i == last + 2 and units[last + 1].norm == "as")
        ):
            # session 10: "took over as prime minister": the office taken, no one acted on
            office = unit.weak
        elif unit.weak is not None and not avoided and not means:
            if not fallback and _owns_infinitive(units, i, end):
                # "protested against the government's decision to abandon closer ties with the
                # European Union": the owner of the decision is the object; the actors of its
                # infinitive are what was decided, not whom the act is aimed at (round 17)
                return [unit.weak]
            fallback = fallback or [unit.weak]
        elif (
            unit.norm == "with"
            and i > last + 2
            and units[last + 1].norm in ("the", "a", "an")
            and not fallback
            and i + 1 < end
            and units[i + 1].mention is None
            and units[i + 1].weak is None
            and units[i + 1].norm not in ("the", "a", "an")
        ):
            # "backed the offensive with airstrikes and advisers": after its object, "with"
            # and a noun of no actor name the means; a role noun there is no target (session
            # 8); "signed a deal with rebels" still names the partner
            means = True
        if unit.norm == "," and last < i - 1 and i + 1 < end and _adjectival(units, i):
            i += 1  # "restore complete, full diplomatic ties with Gondor": inside the phrase
            continue
        if unit.norm == "," and not fallback and not avoided and _owner_appositive(units, last, i):
            # "overran Camp Abubakar, the main stronghold of the MILF": the appositive names
            # the owner of the place taken
            i += 1
            continue
        # "as" right after the verb introduces a predicate, the object follows: "denounced as an
        # ugly crime Serbia's …"
        if (unit.norm in _CLAUSE_BREAK or unit.norm in (",", ".")) and not (
            unit.norm == "as" and i == last + 1 and not _as_clause(units, i, end)
        ):
            break
        if unit.norm == "whose":
            break  # "praised families whose sons were killed by Israel": a relative clause
        if (
            unit.norm in _ACT_PREPOSITIONS
            and i > last + 1
            and units[last].norm in _JUDGING
            and i + 1 < end
            and _present_participle(units[i + 1])
        ):
            # session 10: "convicted three men of planning attacks on Israel", "arrested two
            # men for spying for Israel": the gerund after the object is the object's act, whose
            # own object is not the verb's
            break
        if (
            units[last].norm == "that"
            and unit.mention is None
            and unit.weak is None
            and (unit.norm in _AUXILIARIES or unit.norm in _BE_FORMS or unit.norm in _MODAL_VERBS)
            and i > last + 1
            and all(u.mention is None and u.weak is None for u in units[last + 1 : i])
            and units[last + 1].norm not in _SUBJECT_PRONOUNS
        ):
            # session 10: "warned that a hasty pullout would allow Islamic State to regroup":
            # a "that" clause whose subject names no actor (neither the speaker, "warned that
            # they would resume fighting if Macedonia's parliament …", nor another, "warned
            # that Iran's softer tone is …") aims at no one; an actor after its verb is that
            # clause's object
            break
        if units[last].norm in _PREPOSITIONS and i > last + 2 and _finite_after_object(units, i):
            # session 10: "Egypt's war on the tunnels leaves Hamas squeezed", "the Saudi strike
            # on the port angered Iran": the object of the preposition ends before the verb of
            # the clause it is the subject of; that verb's object is not the act's target
            break
        if unit.norm in _TIME_SUBORDINATORS:
            # session 8: "have restricted movement in and out of the territory since Hamas
            # seized control of it": "since" opens a time clause or phrase, whose actor is
            # not the object of the verb before it; right after the verb too (session 10:
            # "the most senior commander killed since the US drone strike that …", a passive
            # participle, names no object)
            break
        if (
            unit.norm in _CLAUSE_VERBS
            and unit.mention is None
            and unit.weak is None
            and i > last + 1
            and units[i - 1].norm not in _DETERMINERS  # "the reported strike on": an adjective
        ):
            break  # "leaders meeting there declared that … Israel": the verb of another clause
        i += 1
    return fallback


def _owns_infinitive(units: list[_Unit], i: int, end: int) -> bool:
    """True when the unit at ``i`` owns a noun with an infinitive after it: "the government's
    decision to abandon …", "the army's plan to …" (one or two words between "'s" and "to")."""
    if i + 3 >= end or units[i + 1].norm != "'s":
        return False
    for k in (i + 3, i + 4):
        if k < end and units[k].norm == "to":
            return all(
                units[j].mention is None and units[j].weak is None and units[j].norm.isalpha()
                for j in range(i + 2, k)
            )
    return False


#: participles of assembling whose "in" or "at" names a venue: "leaders gathered in Riyadh"
_ASSEMBLED = frozenset(
    ["gathered", "gathering", "assembled", "assembling", "convened", "convening", "meeting"]
)


def _venue(units: list[_Unit], i: int) -> bool:
    """True for a place named after "gathered in", "assembled at" (session 8): "called on the
    leaders of dozens of Muslim-majority countries gathered in Riyadh" is a call on the
    leaders, in Riyadh; Saudi Arabia is the venue, not the addressee. So is the place a speech
    was given or broadcast from (session 10): "congratulated his successor in a speech
    broadcast from Qatar", "praised the fighters, speaking from Doha", "in a televised address
    from Beirut" (a medium noun in a phrase opened by "in")."""
    if i < 2 or units[i - 1].norm not in ("in", "at", "from"):
        return False
    before = units[i - 2].norm
    if before in _ASSEMBLED:
        return units[i - 1].norm != "from"
    if before in _BROADCAST:
        return True
    if before not in _SPEECH_NOUNS:
        return False
    # "in a (televised) speech from": the medium opens with "in" and up to two modifiers
    return any(units[k].norm == "in" for k in range(max(0, i - 6), i - 2))


#: participles of speaking or broadcasting whose "from", "in" or "at" names where a speaker was
_BROADCAST = frozenset("broadcast broadcasted televised aired speaking addressing".split())
#: nouns of a speech or a message, the medium of a verbal act ("in a speech from Qatar")
_SPEECH_NOUNS = frozenset(
    "speech speeches address sermon broadcast interview remarks statement message video "
    "appearance".split()
)


def _finite_after_object(units: list[_Unit], i: int) -> bool:
    """True when the plain word at ``i`` is a finite verb after a plain noun: an -s or -ed form
    right after a plain word and right before an actor or a determiner ("the tunnels leaves
    Hamas", "the port angered Iran"); "the refugee camps in Gaza" is a noun phrase."""
    unit, before = units[i], units[i - 1]
    if unit.mention is not None or unit.weak is not None or not unit.norm.isalpha():
        return False
    if not (unit.norm.endswith("ed") or (unit.norm.endswith("s") and not unit.norm.endswith("ss"))):
        return False
    if len(unit.norm) < 4 or unit.norm in _NOT_MODIFIERS:
        return False
    if before.mention is not None or not before.norm.isalpha():
        return False
    if before.norm in _NOT_MODIFIERS or before.norm.endswith("ly"):
        return False
    after = units[i + 1] if i + 1 < len(units) else None
    return after is not None and (after.mention is not None or after.norm in _NP_START)


#: modal verbs that open the verb phrase of a reported clause ("that X would …")
_MODAL_VERBS = frozenset({"would", "could", "might", "may", "should", "will", "must", "can"})


#: prepositions of the act a verb's object did or is charged with ("of planning", "for spying")
_ACT_PREPOSITIONS = frozenset({"of", "with", "for"})
#: verbs of charging, judging or punishing someone for an act of theirs
_JUDGING = frozenset(
    "charge charges charged charging convict convicts convicted convicting accuse accuses "
    "accused accusing arrest arrests arrested arresting detain detains detained detaining "
    "sentence sentences sentenced sentencing jail jails jailed jailing imprison imprisons "
    "imprisoned imprisoning indict indicts indicted indicting prosecute prosecutes prosecuted "
    "prosecuting punish punishes punished punishing execute executes executed executing "
    "try tries tried trying".split()
)

#: subordinators of time that end an object search (not "after", "before", "when": those are
#: clause breaks of :data:`~entente.events.lexicon._CLAUSE_BREAK` already), and "during"
#: (session 10: "said Iran had backed the resistance during the summer war with Israel": an
#: actor in a time phrase is not the object)
_TIME_SUBORDINATORS = frozenset({"since", "until", "during"})

#: verbs of saying that open a clause of their own: an object is never looked for past them
_CLAUSE_VERBS = frozenset(
    "said says told tells announced announces declared declares insisted insists".split()
)  # (not "states", "reports": nouns as often as verbs)

#: roots of acts done to a place or a force, whose object an aside may name (uses of force,
#: shows of force, coercion): a statement or protest "against what it called aggression" is
#: aimed at the act the aside names, not at an actor named in it
_ASIDE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


def aside_act(cameo: str) -> bool:
    """Whether an act of this code may have its object named by an aside ("what X called")."""
    return cameo[:2] in _ASIDE_ROOTS


#: verbs of an aside naming the object as its speaker sees it ("what it called militant hideouts")
_NAMING_VERBS = frozenset(
    "called calls said says described describes termed terms dubbed branded claimed claims".split()
)
#: words between such a verb and the name it gives ("what it said were", "described as")
_NAMING_LINKS = frozenset({"was", "were", "is", "are", "as", "to"})


def _past_naming_aside(units: list[_Unit], i: int, end: int) -> int:
    """For "what <actor> called/said was/described as" at ``i`` (right after a pattern): the
    index after the aside ("Pakistan struck what it called militant hideouts inside Iran": the
    hideouts in Iran are the object, not the speaker "it"); ``i`` when there is no such aside."""
    k = i + 1
    if k < end and units[k].norm == "the" and units[k].mention is None:
        k += 1  # "what the military said were …"
    while k + 1 < end and units[k].weak is not None and units[k + 1].weak == units[k].weak:
        k += 1  # (a role noun of several words, "security officials")
    if (
        k + 1 >= end
        or (units[k].mention is None and units[k].weak is None)
        or units[k + 1].norm not in _NAMING_VERBS
    ):
        return i
    k += 2
    if k < end and units[k].norm in _NAMING_LINKS:
        k += 1
        if k < end and units[k].norm == "be":  # "what it said to be"
            k += 1
    return k


#: head nouns of a state's post in another country ("its embassy in Tehran")
_POSTS_ABROAD = frozenset({"embassy", "consulate", "mission"})


def _post_owner(units: list[_Unit], last: int, i: int, avoid: Iterable[str]) -> int | None:
    """For "its embassy in Tehran" at ``i`` (a possessive, a post abroad, "in" a place) after or
    ending a pattern ending at ``last``: the mention of the state whose post it is, the nearest
    known actor before both of another country than the place ("Saudi Arabia cut ties with
    Iran after protesters stormed its embassy in Tehran": Saudi Arabia's, since a state has no
    embassy in its own capital). None when the words are no such phrase or no actor fits, and
    when the owner is the source itself (``avoid``): "Britain closed its embassy in Tehran"
    acts toward the host, Iran."""
    k = i + 1
    if k >= len(units) or units[k].norm not in _POSTS_ABROAD:
        return None
    k += 1
    if k < len(units) and units[k].norm == "compound":
        k += 1
    if k + 1 >= len(units) or units[k].norm != "in" or units[k + 1].mention is None:
        return None
    place = units[k + 1]
    if _unknown(place):
        return None
    for j in range(min(last, i) - 1, -1, -1):
        unit = units[j]
        if unit.mention is not None and not _unknown(unit) and unit.code[:3] != place.code[:3]:
            own = any(_nested(unit.code, code) for code in avoid)
            return None if own else unit.mention
    return None


#: nouns of a place an actor holds, whose appositive after an object names that actor
_HELD_PLACES = frozenset(
    "stronghold strongholds headquarters base bastion camp hideout enclave heartland".split()
)


def _owner_appositive(units: list[_Unit], last: int, comma: int) -> bool:
    """True for a comma after an object of plain words that opens an appositive naming the
    place's holder: "overran Camp Abubakar, the main stronghold of the MILF", "captured Kidal,
    a rebel bastion of the Tuareg movement" (the article, up to two modifiers, a noun of a
    held place, then "of")."""
    if comma - last > 5 or any(u.mention is not None for u in units[last + 1 : comma]):
        return False
    k = comma + 1
    if k >= len(units) or units[k].norm not in ("the", "a", "an"):
        return False
    k += 1
    mods = 0
    while k < len(units) and mods < 2 and units[k].norm not in _HELD_PLACES and units[k].modifier:
        k += 1
        mods += 1
    return k + 1 < len(units) and units[k].norm in _HELD_PLACES and units[k + 1].norm == "of"


def _bound_quantifier(units: list[_Unit], i: int) -> bool:
    """True for "at least", "at most" at ``i``: a bound on the number of the object that follows
    ("killed at least 20 villagers"), not a place phrase ("killed at a checkpoint")."""
    return units[i].norm == "at" and i + 1 < len(units) and units[i + 1].norm in ("least", "most")


#: nouns of a report whose "that" clause may name the source itself as its subject
_REPORT_NOUNS = frozenset(
    "report reports claim claims allegation allegations accusation accusations suggestion "
    "suggestions speculation rumours rumors".split()
)


def _reported_self(units: list[_Unit], last: int, i: int, avoid: Iterable[str]) -> bool:
    """True when the mention at ``i`` is the source itself (one of the codes ``avoid``) as the
    subject of the "that" clause of a report noun in the object after ``last`` ("comment on a
    report that Tokyo had held talks with …")."""
    unit = units[i]
    if (
        unit.mention is not None
        and i == last + 2
        and units[i - 1].norm == "that"
        and len(unit.code) >= 3
        and any(code[:3] == unit.code[:3] for code in avoid)
    ):
        # session 8: "promised that India would help the island rebuild" (said by India's
        # prime minister): the source's own state opens the content clause after the verb
        return True
    return (
        unit.mention is not None
        and i > last + 2
        and units[i - 1].norm == "that"
        and any(u.norm in _REPORT_NOUNS for u in units[last + 1 : i - 1])
        and any(unit.code == code for code in avoid)
    )


def _reported_self_at(units: list[_Unit], last: int, stop: int, avoid: Iterable[str]) -> bool:
    """True when a mention of the source itself opens a report's "that" clause between
    ``last`` and ``stop``: the object search cut at ``stop`` then misses what the report is
    about."""
    return any(_reported_self(units, last, k, avoid) for k in range(last + 1, stop))


def _opens_place(units: list[_Unit], last: int, i: int) -> bool:
    """True when unit ``i`` is a preposition of place that follows the verb ending at ``last``
    at once or after a time phrase only ("met aboard a ship", "met on Sunday aboard a ship",
    "met on board a ship"): the verb has no object before it, so the phrase says where."""
    word = units[i].norm
    if not (word in _PLACE_PREPOSITIONS or (word == "board" and units[i - 1].norm == "on")):
        return False
    start = i - 1 if word == "board" else i
    return all(
        u.mention is None and (u.norm in _TIME_PHRASE or u.norm.endswith("ly"))
        for u in units[last + 1 : start]
    )


def _possessed(units: list[_Unit], i: int) -> int:
    """For "the party's leader Mahmoud Abbas" (two mentions joined by "'s"): the head, the
    leader, not the possessor; ``i`` itself otherwise."""
    k = i + 2
    if k < len(units) and units[i + 1].norm in ("'s", "'"):
        head = units[k]
        if head.mention is not None and not _unknown(head) and not head.pronoun:
            return k
    return i


def _place(units: list[_Unit], last: int) -> int | None:
    """The known actor named as a place after an act ("demonstrated in the northern city of
    Kirkuk", "rallied across Iran"): the first actor of the clause after ``last`` with a locative
    preposition before it (the pattern's own last word counts: "demonstrated in" + "Serbia");
    None when there is none."""
    locative = units[last].norm in _LOCATIVE if last < len(units) else False
    for unit in units[last + 1 : last + 1 + _OBJECT_WINDOW]:
        if unit.mention is not None:
            if locative and not _unknown(unit) and not unit.pronoun:
                return unit.mention
            return None
        if unit.norm in _CLAUSE_BREAK or unit.norm in (",", "."):
            return None
        locative = locative or unit.norm in _LOCATIVE or unit.norm == "through"
    return None


def _subject_place(units: list[_Unit], sources: list[int], first: int) -> int | None:
    """The known actor named as a place inside the subject ("Palestinian prisoners in Israeli
    prisons began a hunger strike"): a locative preposition right after a source and an actor
    of another country before the verb; None when there is none."""
    start = next((k for k, u in enumerate(units) if u.mention in sources), None)
    if start is None:
        return None
    own = {units[k].code[:3] for k in range(len(units)) if units[k].mention in sources}
    k = start + 1
    while k < first - 1:
        if units[k].norm in _LOCATIVE and units[k + 1].mention is not None:
            place = units[k + 1]
            if not _unknown(place) and not place.pronoun and place.code[:3] not in own:
                return place.mention
            return None
        if units[k].norm in _CLAUSE_BREAK or units[k].norm in (",", "."):
            return None
        k += 1
    return None


def _adjectival(units: list[_Unit], comma: int) -> bool:
    """True for a comma between two plain words of one noun phrase ("complete, full")."""
    return all(
        u.mention is None
        and u.weak is None
        and u.norm.isalpha()
        and u.norm not in _NOT_MODIFIERS
        and not u.norm.endswith(("ing", "ed"))
        for u in (units[comma - 1], units[comma + 1])
    )


def _just_before(units: list[_Unit], member: int, hit: _Hit) -> bool:
    """True when the mention ``member`` stands right before the hit (adverbs and auxiliaries
    between: "Israel has also freed")."""
    i = hit.first - 1
    while i >= 0 and hit.first - i <= 3 and units[i].mention is None:
        if units[i].norm not in _AUXILIARIES and not units[i].norm.endswith("ly"):
            return False
        i -= 1
    return i >= 0 and units[i].mention == member


def _adverbial_gerund(units: list[_Unit], verb: int) -> bool:
    """True for a gerund right after a subordinator: "after leaving", "while visiting"."""
    return verb > 0 and units[verb].norm.endswith("ing") and units[verb - 1].norm in _SUBORDINATORS


def _coordinated(units: list[_Unit], first: int) -> bool:
    """True when the pattern starts right after "and" or "but" ("… and promised aid to", "…
    welcomed Togo, but refused entry to"): a verb that shares the subject of the verb before
    it."""
    i = first - 1
    while i >= 0 and (units[i].norm in _COORDINATION_ADVERBS or units[i].norm.endswith("ly")):
        i -= 1
    return i > 0 and units[i].norm in ("and", "but")


#: past participles that are never a past tense ("flown", "taken"; not "sent", "held")
_PARTICIPLES_ONLY = frozenset(
    participle for past, participle in _IRREGULAR.values() if participle != past
) - {"been", "done", "gone", "come", "run", "become"}


def _passive_conjunct(units: list[_Unit], verb: int) -> bool:
    """True for a bare past participle that only a participle can be, coordinated after a
    passive ("Ocalan was captured in Nairobi and flown to Turkey", "was arrested and taken to
    Baghdad"): it continues the passive, so its subject is the patient and it has no agent; it
    shares no actor of the main clause."""
    word = units[verb].norm
    # "was shot and seriously wounded on Wednesday by a 71-year-old man": a regular form with
    # its agent after it is a participle too (session 9, lexicon round 15)
    agent = word.endswith("ed") and any(u.norm == "by" for u in units[verb + 1 : verb + 5])
    if (word not in _PARTICIPLES_ONLY and not agent) or not _coordinated(units, verb):
        return False
    k = verb - 1
    while k > 0 and units[k].norm != "and":
        k -= 1  # the conjunction ("and", adverbs between)
    for j in range(k - 1, max(k - 8, -1), -1):
        unit = units[j]
        if unit.norm in _CLAUSE_BREAK or unit.norm in (",", ";", "and"):
            return False
        if unit.mention is None and unit.weak is None and _after_be(units, j):
            return True
    return False


def _participle_clause(units: list[_Unit], verb: int) -> bool:
    """True for a present participle opening a clause after a comma: "Rebels ambushed a convoy,
    killing three soldiers", "Chad expelled the ambassador, (again) accusing Khartoum of …": the
    participle's subject is the subject of the clause before, not the actor nearest to it."""
    if not units[verb].norm.endswith("ing"):
        return False
    i = verb - 1
    while i >= 0 and verb - i <= 2 and units[i].norm.endswith("ly"):
        i -= 1
    return i > 0 and units[i].norm == ","


def _attributing(units: list[_Unit], k: int) -> bool:
    """True when unit ``k`` is a verb of saying ("said", "told", "alleged"): the actor before it
    is the speaker of an attribution, not a member of the compound before the comma."""
    return k < len(units) and units[k].norm in _QUOTING | _SAYING | _ALLEGING
