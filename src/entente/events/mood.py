"""How a sentence states an act: negated ("did not attack"), announced ("will visit", "plans
to attack"), hypothetical ("if …", "would …") or done; and the intent or threat codes of
announced acts (internal to :mod:`entente.events`)."""

from __future__ import annotations

import re

from entente.events import ontology
from entente.events.lexicon import (
    _ATTEMPTABLE,
    _ATTEMPTING,
    _BE_FORMS,
    _CONDITIONALS,
    _CONSEQUENCE,
    _DENIALS,
    _FUTURE_ONE,
    _FUTURE_TO,
    _MANDATING,
    _MODALS,
    _NEGATORS,
    _ORDINAL_HEADS,
    _ORDINALS,
    _TO_FRAMES,
    _WEEKDAYS,
)
from entente.events.response import _consequence_subject
from entente.events.units import _DAYS, _Hit, _Unit, _unknown

# -- helpers ---------------------------------------------------------------------------------
# CAMEO codes an announced or promised act as an expression of intent (03x) and an announced
# hostile act as a threat (13x). Keys are code prefixes, longest first wins.
_INTENT = {
    "04": "036",
    "045": "039",
    "046": "036",
    "05": "032",
    "057": "030",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",
    "081": "0351",
    "082": "0352",
    "083": "034",
    # session 9: the codebook's subcodes of intent and threat follow those of the act: "will
    # allow opposition parties" 0343, "will impose a curfew" 1323, "will arrest" 137 (a threat
    # of repression), "will withdraw its peacekeepers" 136 (to halt an international
    # involvement, as expelling or withdrawing, 166, is), "will blockade the port" 1381; "would
    # break off talks" 134 and "would suspend its mediation" 135 (not a threat of non-force, 131)
    "0831": "0341",
    "0832": "0342",
    "0833": "0343",
    "0834": "0344",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
    "16": "131",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "135",
    "166": "136",
    "17": "132",
    "1721": "1321",
    "1722": "1322",
    "1723": "1323",
    "1724": "1324",
    "173": "137",
    "174": "137",
    "175": "137",
    "14": "133",
    "15": "138",
    "18": "138",
    "19": "138",
    "191": "1381",
    "192": "1382",
    "20": "138",
}


def intent_code(cameo: str) -> str | None:
    """RETURNS (str | None): the CAMEO code for announcing the act ``cameo`` (intent or threat);
    the code itself for codes that already express intent, threat or an appeal."""
    if cameo[:2] in ("01", "02", "03", "09", "10", "11", "12", "13"):
        return cameo
    for width in (4, 3, 2):
        if cameo[:width] in _INTENT:
            return _INTENT[cameo[:width]]
    return None


def _declared(pattern: str) -> bool:
    """True for an act that is done by announcing it: a boycott ("will boycott the elections"
    declares the boycott; the CAMEO manual codes it 143, not a threat 133). ``pattern`` is the
    pattern's text."""
    return "<boycott" in pattern


def _words_before(units: list[_Unit], verb: int) -> list[str]:
    """The (up to three) words before a verb, a time adverbial right before its "to" left out:
    "the EU agreed on Monday to impose sanctions", "Russia decided today to expel ten diplomats"
    are read as "agreed to impose", "decided to expel" (session 10, round 17; the coding string
    already passes over such adverbials, "held talks on Wednesday with +")."""
    end = verb
    if verb >= 3 and units[verb - 1].norm == "to":
        word = units[verb - 2].norm
        if word in _WEEKDAYS and units[verb - 3].norm == "on":
            end = verb - 3
        elif word in _DAYS:  # one-word time adverbs: "agreed today to impose"
            end = verb - 2
    if end == verb:
        return [u.norm for u in units[max(0, verb - 3) : verb]]
    return [u.norm for u in units[max(0, end - 2) : end]] + ["to"]


#: adverbs (not in "-ly") that may stand between "will" and its verb: "will then conduct"
_FUTURE_ADVERBS = frozenset({"then", "also", "soon", "later", "again", "now", "still", "first"})


#: verbs of going on with an act, transparent to its announcement: "agreed to keep negotiating"
_CONTINUING = frozenset({"keep", "continue"})


def _future(units: list[_Unit], verb: int) -> bool:
    """True when the verb is announced rather than done: "will visit", "plans to attack"."""
    if verb >= 2 and units[verb - 1].norm in _CONTINUING and units[verb].norm.endswith("ing"):
        # round 17: "agreed on Sunday to keep negotiating a post-Brexit trade deal": the
        # negotiating goes on as announced, in the mood of "keep"
        verb -= 1
    before = _words_before(units, verb)
    if before and before[-1] in _FUTURE_ONE:
        return True
    if len(before) >= 2 and before[-2] in _FUTURE_ONE and before[-1].endswith("ly"):
        return True
    if len(before) >= 2 and before[-2] in _FUTURE_ONE and before[-1] in _FUTURE_ADVERBS:
        # session 8: "troops will then conduct joint patrols", "will also meet": an adverb of
        # time or addition between "will" and its verb leaves the act announced
        return True
    return len(before) >= 2 and before[-1] == "to" and before[-2] in _FUTURE_TO


#: verbs of a body's decision: a penalty agreed or decided on is imposed by the decision
_DECIDING = frozenset("agree agrees agreed decide decides decided vote votes voted".split())


def _penalty_decided(units: list[_Unit], verb: int, cameo: str) -> bool:
    """True for sanctions (163) after a verb of deciding: "EU ministers agreed on Monday to ban
    imports of Iranian crude oil and freeze the assets of Iran's central bank" imposes them (163,
    as the wire gold codes every such decision), where "agreed to meet" only announces a
    meeting (036); lifting them stays announced ("agreed to lift embargoes", 0354). Session 10,
    round 17: the lexicon had entries for single verbs ("agreed to impose", "agreed to ban +
    from its airspace")."""
    before = _words_before(units, verb)
    return (
        cameo.startswith("163")
        and len(before) >= 2
        and before[-1] == "to"
        and before[-2] in _DECIDING
    )


#: auxiliaries that, negated, announce a refusal: "will not meet", "won't release", "would not
#: accept"
_REFUSING = frozenset(
    ["will", "'ll", "shall", "would", "won't", "wouldn't", "shan't", "can't", "cannot"]
)


def _refusal(units: list[_Unit], verb: int) -> bool:
    """True for a negated announcement between the subject and the verb: "will not meet",
    "won't release", "would not accept" (a refusal, not a mere negation)."""
    window: list[str] = []
    for unit in reversed(units[max(0, verb - 3) : verb]):
        if unit.mention is not None or unit.norm == "to":
            break
        window.append(unit.norm)
    negator = any(w in _NEGATORS or w.endswith("n't") or w == "cannot" for w in window)
    return negator and any(w in _REFUSING for w in window)


#: verbs whose infinitive is refused: "refused to release", "declined to resign"
_REFUSING_TO = frozenset(
    [
        "refused",
        "refuses",
        "refuse",
        "refusing",
        "declined",
        "declines",
        "decline",
        "declining",
    ]
)


def _refused(units: list[_Unit], verb: int) -> bool:
    """True for an infinitive after a verb of refusing: "refused to release", "has declined to
    resign" (the act refused, not done)."""
    return (
        verb >= 2
        and units[verb - 1].norm == "to"
        and units[verb - 2].norm in _REFUSING_TO
        and units[verb - 2].mention is None
    )


def refusal_code(cameo: str) -> str | None:
    """RETURNS (str | None): the CAMEO code for refusing the act ``cameo`` ("will not meet" 125,
    "would not release" 1243): the rejection of the matching intent (CAMEO pairs each intent
    03x with a refusal 12x); a cooperative act (03–08) without a specific one is a rejection
    (120); None for other acts."""
    intent = intent_code(cameo)
    if intent is None or intent[:2] != "03" or not ontology.is_cameo(intent):
        return None
    return ontology.opposite(intent) or "120"


def _negated(units: list[_Unit], verb: int) -> bool:
    """A negator or denial among the (up to three) words between the subject and the verb
    ("did not attack", "denied attacking", "stopped short of recognising"); "neither A nor B
    attacked" is not a negation, nor is "did not hesitate to attack" (the negation belongs to the
    first verb)."""
    window: list[str] = []
    for unit in reversed(units[max(0, verb - 3) : verb]):
        if unit.mention is not None or unit.norm == "to":
            break
        window.append(unit.norm)
    if len(window) >= 2 and window[0] == "of" and window[1] == "short":
        return True  # "stops short of recognising Israel", "fell short of" (session 9)
    if not window and _plan_dropped(units, verb):
        return True
    return any(w in _NEGATORS or w in _DENIALS or w.endswith("n't") for w in window)


#: nouns of a plan whose infinitive is the act planned ("plans to annex")
_PLAN_NOUNS = frozenset({"plan", "plans", "bid", "proposal", "intention", "threat", "threats"})
#: verbs that put a plan aside ("suspended plans to annex", "shelved its plan to build")
_DROPPING = frozenset(
    """suspend suspends suspended suspending shelve shelves shelved shelving abandon abandons
    abandoned abandoning drop drops dropped dropping scrap scraps scrapped scrapping freeze
    freezes froze frozen freezing cancel cancels cancelled canceled cancelling withdraw
    withdraws withdrew withdrawn postpone postpones postponed halt halts halted""".split()
)


def _plan_dropped(units: list[_Unit], verb: int) -> bool:
    """True for an act whose plan is put aside (session 11): "Israel will suspend plans to
    annex parts of the West Bank", "shelved its plan to build a naval base" announce no
    annexation or building; the act is no threat or intent of its own."""
    k = verb - 1
    if k < 2 or units[k].norm != "to" or units[k - 1].norm not in _PLAN_NOUNS:
        return False
    j = k - 2
    if units[j].norm in ("its", "their", "his", "her", "the", "a"):
        j -= 1
    return j >= 0 and units[j].mention is None and units[j].norm in _DROPPING


#: nouns whose "that" clause is a claim of unknown truth: "a report that Tokyo had held talks"
_CLAIM_NOUNS = frozenset(
    [
        "report",
        "reports",
        "claim",
        "claims",
        "allegation",
        "allegations",
        "rumour",
        "rumours",
        "rumor",
        "rumors",
        "speculation",
        "suggestion",
        "suggestions",
        "accusation",
        "accusations",
        "charge",
        "charges",
    ]
)
#: nouns of proof, whose negation ("no proof that", "no evidence") leaves the act unproven
_PROOF_NOUNS = frozenset({"proof", "evidence", "indication", "sign"})
#: words between a verb of denial and its "that": "denied on Friday that", "again denied that"
_DENIAL_GAP = (
    frozenset(
        [
            "on",
            "again",
            "strongly",
            "flatly",
            "firmly",
            "also",
            "today",
            "yesterday",
            "emphatically",
        ]
    )
    | _WEEKDAYS
)


def _disowned(units: list[_Unit], verb: int) -> bool:
    """True for an act in the "that" clause of a denial or of a claim noun: "denied that its
    soldiers had killed civilians", "declined to comment on a report that Tokyo had held
    talks" (the act is denied or rumoured, not stated as a fact)."""
    for k in range(verb - 1, max(-1, verb - 13), -1):
        norm = units[k].norm
        if norm in (";", ":", '"', "but", "and") and units[k].mention is None:
            return False
        if (
            norm in _PROOF_NOUNS
            and k > 0
            and units[k - 1].norm == "no"
            and units[k].mention is None
            and k < verb - 1
        ):
            # "saying there was no proof that his friend was ordering attacks on protesters",
            # "insisted there was no evidence it had used chemical weapons": an act said to be
            # unproven is not stated as done (session 11)
            return True
        if norm != "that" or units[k].mention is not None:
            continue
        j = k - 1
        while j >= 0 and k - j <= 4 and units[j].norm in _DENIAL_GAP:
            j -= 1
        return (
            j >= 0
            and units[j].mention is None
            and (
                units[j].norm in _DENIALS
                or units[j].norm in _CLAIM_NOUNS
                or (units[j].norm in _PROOF_NOUNS and j > 0 and units[j - 1].norm == "no")
            )
        )
    return False


#: determiners before an act noun ("a visit", "the meeting")
_NOUN_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "his", "her", "its", "their"})
#: verbs saying that an event happened: "took place", "happened", "materialised"
_HAPPEN = frozenset(
    ["happen", "happened", "materialise", "materialised", "materialize", "materialized"]
)


def _not_taken_place(units: list[_Unit], verb: int) -> bool:
    """True for an act noun that is the subject of a negated "take place" or "happen": "A visit
    by Meshaal to Tehran that had been discussed earlier this year has not taken place", "the
    planned meeting never happened" (session 8: the act is said not to have happened)."""
    # the determiner, or one modifier after it ("the planned meeting")
    if not any(
        verb - n >= 0
        and units[verb - n].norm in _NOUN_DETERMINERS
        and units[verb - 1].mention is None
        for n in (1, 2)
    ):
        return False
    for k in range(verb + 1, min(len(units), verb + 18)):
        norm = units[k].norm
        if norm in (";", ":", '"', "but", "said", "says"):
            return False
        if norm == "place" and units[k - 1].norm in ("take", "taken", "took"):
            gap = k - 1
        elif norm in _HAPPEN:
            gap = k
        else:
            continue
        window = [u.norm for u in units[max(verb + 1, gap - 3) : gap]]
        return any(w in _NEGATORS or w == "never" or w.endswith("n't") for w in window)
    return False


#: adjectives of ability before "of" + a gerund ("capable of striking"): a possibility
_ABILITY = frozenset({"capable", "incapable"})

#: modals of mere possibility: "might launch operations" is no announcement nor threat
_POSSIBILITY = frozenset({"might", "could"})


#: adverbs of rare frequency before a verb ("rarely agrees", "seldom meets", "hardly ever
#: visits"): a habit said to be rare, not an act
_RARELY = frozenset({"rarely", "seldom", "scarcely", "hardly"})

#: nouns of a demand whose "that" clause says what is wanted, not what was done
_DEMAND_NOUNS = frozenset(
    "demand demands call calls insistence request requests condition conditions ultimatum".split()
)


def _demanded(units: list[_Unit], verb: int) -> bool:
    """True for an act in the "that" clause of a demand noun ("the visit rejected Israel's demand
    that Hamas sever its ties with Iran", "the condition that Iran halt enrichment"): wanted,
    not done (session 9). The clause starts within a few words before the verb."""
    for i in range(verb - 1, max(0, verb - 8), -1):
        norm = units[i].norm
        if norm in (",", ";", ":", "."):
            return False
        if norm in ("and", "or") and units[verb].norm.endswith("ed"):
            return False  # "ignored calls that it halt the offensive and shelled Gaza": a fact
        if norm == "that":
            return units[i - 1].norm in _DEMAND_NOUNS
    return False


#: words before "May" that make it the month, not the modal: "In May, Hamas attacked Israel"
_MONTH_LEADS = frozenset({"in", "last", "early", "late", "mid", "since", "until", "next", "this"})


def _month_may(units: list[_Unit], verb: int, before: list[str]) -> bool:
    """True when the only modal before the verb is "may" after a word of time ("In May, Hamas
    attacked Israel", "since May"): the month, not "Hamas may attack"."""
    if "may" not in before or any(w in _MODALS and w != "may" for w in before):
        return False
    return all(
        k > 0 and units[k - 1].norm in _MONTH_LEADS
        for k in range(max(0, verb - 4), verb)
        if units[k].norm == "may"
    )


def _hypothetical(units: list[_Unit], verb: int, hit: _Hit, *, modals: bool = True) -> str:
    """Why an act is not (yet) a fact: "conditional" in a conditional clause ("if Israel
    attacks"), "demanded" in the clause of a demand noun ("the demand that Hamas cut its ties");
    with ``modals``, also "modal" after a modal ("would attack"), "advice" after "should" and
    "infinitive" for a bare infinitive ("ready to meet"); "mandate" after "charged with",
    "tasked with" (a task or a charge); "habitual" after an adverb of rare frequency ("rarely
    agrees with"). RETURNS (str): the reason, empty for a fact."""
    before = _words_before(units, verb)
    if any(w in _CONDITIONALS for w in before):
        return "conditional"
    if _disowned(units, verb):
        return "denied"
    for i in range(verb - 1, -1, -1):  # "if" or "unless" earlier in the clause
        norm = units[i].norm
        if norm in (",", ";"):
            break
        if norm in ("if", "unless"):
            return "conditional"
        if (
            norm == "long"
            and 0 < i < verb - 1
            and units[i + 1].norm == "as"
            and units[i - 1].norm in ("as", "so")
        ):
            # session 10, round 18: "France would remain a target as long as it bombed its
            # fighters in Syria": the clause of "as long as" / "so long as" is a condition
            return "conditional"
    if _not_taken_place(units, verb):
        return "unrealised"
    if (
        verb + 1 < len(units)
        and units[verb + 1].norm == "no"
        and units[verb + 1].mention is None
        and "no" not in re.split(r"[\s()|]+", hit.pattern.text)
    ):
        # session 11: "the two leaders signed no agreements", "reached no deal": the verb's
        # object is negated, so the act did not take place ("have no comment on", "saw no
        # prospect of" are patterns of their own)
        return "unrealised"
    if _RARELY & set(before):
        # session 10: "Hamas, which rarely agrees with Abbas, rejected the plan": a habit said
        # to be rare is no act of the sentence (as "never agrees" is a negation)
        return "habitual"
    if _demanded(units, verb):
        return "demanded"
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _ABILITY:
        # session 8: "Israel is capable of attacking Iran's nuclear sites": an ability, not an
        # act (like "could strike")
        return "possible"
    if before and before[-1] == "with" and _MANDATING & set(before[:-1]):
        # "the commission charged with eliminating Iraq's weapons": a task; "charged him with
        # attacking Israel": the charge; neither is an act reported as done
        return "mandate"
    if modals and any(w in _MODALS for w in before) and not _month_may(units, verb, before):
        # "should attack" is advice, not an announcement: never a threat
        if "should" in before:
            return "advice"
        # "might launch operations", "could strike": a possibility, not an announced act
        return "possible" if _POSSIBILITY & set(before) else "modal"
    if (
        modals
        and before
        and before[-1] == "to"
        # "gathered in Lagos to protest": the gathering is the protest (a protest announced,
        # "plans to protest", is an intent; one asked for, "urged them to protest", is content)
        and hit.pattern.cameo[:2] not in ("03", "13", "14")
        and not hit.purpose
        and (len(before) < 2 or before[-2] not in _TO_FRAMES)
        # "tried to hack into", "attempted to kill": a hostile act attempted is done
        and not (
            len(before) >= 2
            and before[-2] in _ATTEMPTING
            and hit.pattern.cameo.startswith(_ATTEMPTABLE)
        )
        and not _consequence(units, verb)
        and not _ordinal_infinitive(units, verb)
    ):
        return "infinitive"  # "plans to attack", "ready to meet": not an act (yet)
    return ""


#: words before "the first …" that make it a predicate of the clause's subject ("Sudan became the
#: first country to recognise …", "was the only leader to attend")
_PREDICATIVE = _BE_FORMS | frozenset({"became", "become", "becomes", "remains"})


def _ordinal_infinitive(units: list[_Unit], verb: int) -> bool:
    """True for the infinitive after "the first <actor noun> to" ("Sudan became the first country
    to recognise South Sudan", "was the first to recognise", "the first sitting U.S. president
    to visit Hiroshima"): it says what the actor was the first or only one to do, an act done,
    not an intention. The noun must name an actor (a mention, or a head noun such as
    "country"): "the last chance to reach a deal" and "the next country to recognise X" are no
    facts. Outside a predicate ("became …", "was …") the phrase is an appositive whose actor
    does the act, so that actor must be known ("…, the first Western delegation to visit X":
    which delegation is not known here); after "becoming" it restates the act of the clause
    before ("arrived in Damascus, becoming the first pope to visit Syria": one visit)."""
    to = verb - 1
    head = units[to - 1] if to > 0 else None
    if head is None:
        return False
    if head.norm in _ORDINALS:  # "was the first to recognise"
        return to > 2 and units[to - 2].norm == "the" and units[to - 3].norm in _PREDICATIVE
    if not (head.mention is not None or head.weak is not None or head.norm in _ORDINAL_HEADS):
        return False
    for k in range(to - 2, max(0, to - 6), -1):  # "the first sitting U.S. president"
        unit = units[k]
        if unit.norm in _ORDINALS:
            if units[k - 1].norm != "the":
                return False
            if k > 1 and units[k - 2].norm == "becoming":
                return False  # "arrived in Damascus, becoming the first pope to visit Syria"
            if k > 1 and units[k - 2].norm in _PREDICATIVE:
                return True
            return head.mention is not None and not _unknown(head)
        if unit.mention is None and unit.weak is None and not unit.norm.isalpha():
            return False
    return False


def _consequence(units: list[_Unit], verb: int) -> bool:
    """True for the infinitive of a consequence clause: "…, prompting Tokyo to suspend aid",
    "forcing the delegation to walk out": the actor named before "to" did the act."""
    return _consequence_subject(units, verb, _CONSEQUENCE)


#: past verbs of saying after which "would" is the reported "will" ("said it would meet")
_REPORTING = frozenset(
    ["said", "told", "announced", "added", "stated", "declared", "indicated", "confirmed"]
)


def _reported_would(units: list[_Unit], verb: int) -> bool:
    """True for "would" in a clause reported by a past verb of saying: "X said it would meet
    Y", "announced that they would withdraw" (the reported "will": an announcement, as the
    CAMEO manual codes it), not "X would meet Y" nor "…, which he said would create"."""
    would = next(
        (k for k in range(verb - 1, max(-1, verb - 4), -1) if units[k].norm == "would"), None
    )
    if would is None:
        return False
    k = would - 1
    subject = False
    while k >= 0 and would - k <= 6:
        unit = units[k]
        if unit.mention is not None or unit.weak is not None or unit.norm in _SUBJECT_WORDS:
            subject = True
        elif unit.norm in _REPORTING:
            return subject
        elif unit.norm not in _REPORT_GAP and not unit.modifier:
            return False
        k -= 1
    return False


_SUBJECT_WORDS = frozenset(
    {"it", "he", "she", "they", "we", "i", "the"}
    # "Obama and Castro announced that their countries would restore relations" (session 8)
    | {"their", "its", "both", "two", "countries", "governments", "nations", "sides"}
)
#: words between the verb of saying and the reported subject: "said on Wednesday that"
_REPORT_GAP = frozenset(
    ["that", "on", "today", "yesterday", "tonight", "earlier", "late", "last", "week", "night"]
)


def _hostile(cameo: str) -> bool:
    """True for an act whose announcement is a threat (13x): protest, force posture, sanctions,
    coercion, assault, fighting, mass violence, and threats themselves."""
    code = intent_code(cameo)
    return code is not None and code[:2] == "13"
