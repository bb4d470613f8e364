"""Word lists of the pattern coder: negators, modals, clause breaks, prepositions, determiners
and the other closed classes its rules look at (internal to :mod:`entente.events`)."""

from __future__ import annotations

import re

#: the days of the week (time expressions that stand between words a rule joins)
_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
_DENIALS = frozenset({"denied", "denies", "deny", "denying", "refuted", "rejected", "dismissed"})
# "Iran said to cut funding", "is reported to have sent": reports, not intentions
_REPORTIVE = frozenset(
    [
        "said",
        "reported",
        "believed",
        "thought",
        "understood",
        "known",
        "alleged",
        "rumoured",
        "rumored",
        "expected",
        "about",
        "seen",  # "was seen to break into": witnessed
        "heard",
        # aspect, not intention: "continued to send arms", "began to withdraw"
        "continued",
        "continue",
        "continues",
        "began",
        "begin",
        "begins",
        "started",
        "start",
        "starts",
        "resumed",
        "resume",
        "resumes",
        "managed",
        # a decision taken is the act (CAMEO manual: "decided to allow candidate X to
        # participate" is 0812, "decided to approve a plan that will not allow" 1322); an
        # agreement or a willingness to act is an intent ("agreed to resign" 0341)
        "decided",
        "decides",
        "decide",
    ]
)  # "is about to restore ties": imminent
_MODALS = frozenset({"would", "could", "might", "may", "should"})
_CONDITIONALS = frozenset({"if", "unless", "whether"})
_CLAUSE_BREAK = frozenset(
    {
        ";",
        ":",
        '"',
        "but",
        "while",
        "whereas",
        "although",
        "because",
        "after",
        "before",
        "when",
        "as",
        "said",
        "says",
        "told",
    }
)
_COMPOUND = frozenset({"and", ",", "&", "nor"})
_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "from",
        "to",
        "with",
        "of",
        "for",
        "on",
        "into",
        "over",
        "near",
        "against",
        "toward",
        "towards",
        "across",
        "inside",
        "outside",
        "throughout",
        "within",
        "via",
        "than",
        "off",  # "met aboard a ship off Pointe-Noire, in talks brokered by …"
        "aboard",
        "along",
        "around",
    ]
)
_SUBJECT_WINDOW = 14
_NOUN_SUBJECT_WINDOW = 2  # "Israeli air strikes on Gaza": the actor stands right before the noun
_OBJECT_WINDOW = 13
# words before a verb that announce it: "will visit", "plans to attack", "agreed to release"
_FUTURE_ONE = frozenset({"will", "'ll", "shall"})
_FUTURE_TO = frozenset(
    [
        "plans",
        "plan",
        "planned",
        "planning",
        "intends",
        "intend",
        "intended",
        "ready",
        "willing",
        "agreed",
        "agree",
        "agrees",
        "pledged",
        "pledge",
        "pledges",
        "promised",
        "promise",
        "promises",
        "vowed",
        "vow",
        "vows",
        "swore",
        "sworn",
        "swear",
        "swears",
        "offered",
        "offer",
        "offers",
        "prepared",
        "expects",
        "expected",
        "aims",
        "aim",
        "aimed",
        "wants",
        "want",
        "wanted",
        "seeks",
        "seek",
        "sought",
        "hopes",
        "hope",
        "hoped",
        "set",
        "going",
    ]
)
# words before "to VERB" that make the infinitive an act or an intent, not a bare infinitive
_TO_FRAMES = _REPORTIVE | _FUTURE_TO

#: participles that report a consequence: "…, prompting Tokyo to suspend aid" (Tokyo suspended
#: it): the infinitive after the actor they name is an act done, not one announced
_CONSEQUENCE = frozenset(
    "prompting prompted forcing forced leading causing compelling compelled spurring".split()
)

#: ordinals that, after "the", make the infinitive after their noun an act done: "became the
#: first country to recognise X" (it recognised X), "the only leader to attend"; not "the next
#: country to recognise X", which is still to come
_ORDINALS = frozenset("first second third last only latest".split())
#: head nouns of an actor after an ordinal when no mention covers them ("the first country to")
_ORDINAL_HEADS = frozenset(
    "country nation state government leader president head member power".split()
)

#: nouns of popular dissent that a leader may yield to ("resigned after weeks of protests")
_DISSENT = frozenset("protests demonstrations riots unrest uprising revolt demands".split())
#: words that open the pressure an act yields to: "after", "amid", "following", "facing",
#: "bowing to", "in the face of"
_YIELDING_OPENERS = frozenset("after amid amidst following facing bowing face".split())

#: participles of a mandate: "the commission charged with eliminating Iraq's weapons" names a
#: task, not an act done
_MANDATING = frozenset(["charged", "tasked", "entrusted", "mandated"])

#: verbs by which forces arrive or move in ("peacekeepers arrived in Monrovia", "rolled into")
_ARRIVING = frozenset(
    "arrive arrives arrived arriving land lands landed landing enter enters entered entering "
    "roll rolls rolled rolling move moves moved moving reach reaches reached reaching deploy "
    "deploys deployed deploying".split()
)
#: a mention naming peacekeepers ("the first Nigerian peacekeepers", "NATO peacekeeping troops")
_PEACEKEEPERS = re.compile(r"\bpeace-?keep", re.IGNORECASE)

#: verbs of trying: a hostile act attempted ("tried to hack into", "attempted to assassinate")
#: is done, as CAMEO and PLOVER code attempted attacks and assassinations
_ATTEMPTING = frozenset("try tries tried trying attempt attempts attempted attempting".split())
#: roots whose attempted acts are acts: coercion, assault, fighting, mass violence
_ATTEMPTABLE = ("17", "18", "19", "20")


#: head nouns of actor mentions that name a building or post of the actor ("the Saudi embassy";
#: plurals since session 10: "set fire to the Danish and Norwegian embassies")
_PLACE_HEADS = frozenset(
    {
        "embassy",
        "embassies",
        "consulate",
        "consulates",
        "mission",
        "missions",
        "compound",
        "offices",
        "office",
        "headquarters",
        "parliament",
        "bureau",
        "newsroom",
        "residence",
        "palace",
    }
)


#: sectors of the state: its government, forces, police, intelligence, legislature, courts
#: (their "protests" are not civilian dissent; "Russian officials said troops were fighting" means
#: the speaker's own troops)
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})

_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "this",
        "that",
        "these",
        "those",
        "any",
        "no",
        "'s",
        "'",
        "every",
        "each",
    ]
)


_END_PUNCTUATION = frozenset([",", ".", ";", ":", '"', ")", "?", "!", "--"])
# determiners before a participle used as an adjective ("the occupied"; not "that": "forces that
# occupied the city")
_ADJECTIVE_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "our", "your", "'s", "'", "every", "each"]
)


_BE_FORMS = frozenset(["is", "are", "was", "were", "been", "being", "be", "get", "gets", "got"])
_NP_START = frozenset({"the", "both", "a", "an", "neither", "either"})
#: adjectives that still modify a noun when a dictionary pattern names them: a pattern word is
#: otherwise never a modifier (it may be the pattern's verb or noun), so "$ <become> the first ..
#: to <recognise> +" or "official visit to +" would change how "the first official visit" or
#: "a senior official" is read in every sentence. Ordinals, ranks and domains only; words that
#: are also verbs or nouns ("open", "free", "chief", "general") stay out, and so does "new"
#: ("Iran's new president hopes to travel": a pattern relies on it).
_ADJECTIVES = frozenset(
    "first second third fourth fifth last official senior top former administrative aerial "
    "atomic ballistic chemical collective commercial constitutional diplomatic economic "
    "electoral ethnic financial formal heavy honorary humanitarian institutional international "
    "joint judicial legal lethal martial medical multinational naval nuclear operational "
    "political punitive tactical temporary territorial toxic transitional".split()
)
# words that never modify a noun between a conjunction and an actor ("and the evil awful Gondor")
_NOT_MODIFIERS = (
    _PREPOSITIONS
    | _CLAUSE_BREAK
    | _BE_FORMS
    | _MODALS
    | _CONDITIONALS
    | _NEGATORS
    | _DETERMINERS
    | _NP_START
    | _COMPOUND
    | frozenset(
        [
            "will",
            "shall",
            "has",
            "have",
            "had",
            "do",
            "does",
            "did",
            "or",
            "who",
            "whom",
            "which",
            "that",
            "it",
            "he",
            "she",
            "they",
            "we",
            "i",
            "you",
            "him",
            "them",
            "also",
            "then",
            "by",
            "during",
            "since",
            "until",
        ]
    )
)


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
# verbs that attribute a quotation to its speaker
_QUOTING = frozenset(
    [
        "said",
        "says",
        "told",
        "tells",
        "added",
        "adds",
        "declared",
        "stressed",
        "insisted",
        "warned",
        "wrote",
        "tweeted",
        "stated",
        "announced",
    ]
)


# subordinators that open a clause with a subject of its own
_CLAUSE_OPENERS = frozenset(
    ["after", "before", "because", "although", "though", "whereas", "until", "unless"]
)


_LOCATIVE = frozenset(
    ["in", "at", "near", "inside", "outside", "during", "across", "throughout", "within"]
)
#: prepositions of a vessel or a coast that open where an act took place when they follow its
#: verb at once ("met aboard a South African navy ship", "met off the coast of …"): the actor
#: in that phrase (the ship's flag, the coast's country) is the place, never the partner ("on
#: board" is matched as "board" after "on"). A city after "in" or "at" is left alone: it is
#: mostly the host's, whom codebook-style coders take as the partner
_PLACE_PREPOSITIONS = frozenset({"aboard", "onboard", "off"})
#: words of a time phrase that may stand between a verb and its place phrase ("met for the
#: first time on Sunday aboard …")
_TIME_PHRASE = _WEEKDAYS | {
    "on",
    "for",
    "the",
    "first",
    "second",
    "time",
    "again",
    "today",
    "yesterday",
    "tonight",
    "briefly",
    "later",
    "earlier",
}
_QUANTITIES = frozenset(
    [
        "thousands",
        "hundreds",
        "dozens",
        "millions",
        "tens",
        "scores",
        "some",
        "many",
        "most",
        "all",
        "several",
        "few",
        "group",
        "groups",
        "members",
        "member",
        "delegation",
        "leaders",
        "leader",
        "officials",
        "head",
        "part",
        "one",
        "two",
        "three",
        "four",
        "five",
    ]
)


# clause openers before a subject noun phrase ("…, supporters of Hamas stormed")
_NP_OPENERS = frozenset({",", ";", ":", "and", "but", "that", '"'})


# verbs of saying that attribute a clause to a speaker; the alleging ones make it an accusation
_SAYING = frozenset(
    ["said", "says", "say", "stated", "states", "reported", "reports", "told", "announced"]
)
_ALLEGING = frozenset(
    ["alleged", "alleges", "allege", "charged", "charges", "claimed", "claims", "accused"]
)
# words that end the object of the frame (a new clause or a coordinated verb)
_OBJECT_END = _CLAUSE_BREAK | {",", "and", "or", "which", "who", "whom", "where", "then"}


_AUXILIARIES = frozenset(
    ["has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does", "also"]
)


_COORDINATION_ADVERBS = frozenset({"also", "then", "later", "subsequently", "immediately"})


_SUBORDINATORS = frozenset({"after", "before", "while", "since", "upon", "without", "when"})


#: the roots of violence (18 unconventional violence, 19 fight, 20 mass violence): a casualty
#: clause after such an act repeats it, and a weapon word refines its code (190 -> 195)
_VIOLENT_ROOTS = ("18", "19", "20")
