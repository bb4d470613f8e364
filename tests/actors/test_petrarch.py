"""PETRARCH actors, agents and discards: small inline snippets, then the published sets."""

import datetime as dt
import time

import pytest

from conftest import shared
from entente.actors.kb import KnowledgeBase
from entente.actors.petrarch import (
    has_discard,
    is_petrarch,
    load_petrarch_actors,
    load_petrarch_agents,
    load_petrarch_knowledge,
    mix_agent_codes,
    petrarch_date,
    petrarch_files,
)
from entente.actors.resolve import ActorResolver
from entente.errors import DictionaryError
from entente.model import Article
from entente.text.segment import SegmentStage

ACTORS = """\
<!-- a tiny test dictionary
     over two lines -->
# a comment line
VALDORIA_  [VAL]  # a country
+VALDORIAN
+PORT_ESSEN
KINGDOM OF NORTHMARK [NMK]
ROVER_GUILD [VALRGD]
QUILLON_BRASK_   # a person with dated codes
+BRASK
\t[VALELI <950131]
\t[VALGOV 19950201 - 19991231]
\t[VALOPP >000101]
TOMAS_VENN  [VALGOV 010101-031231] [VALELI]
NORTHMARK_RADIO  [NMKRAD]
HARBOUR_HALL  [VALGOV]
OSTRAVEL  [OST]
+MARO_DENT
IRIS_FELL
IRIS_FELLWATER
\t[NMKGOV 120101-121231]
THE_ISLES [ISA/ISB]
NOBODY [---]
LOTTERY_DRAW [###]
LOWER_CASE [xyz]
"""

AGENTS = """\
!FOLK! = MAN, MEN, WOMAN, WOMEN
ENVOY [~GOV]
FERRY_COMPANY {} [~BUS]
MOUSE {MICE} [~MSE]
CITY [~CIT]
WATCH_!FOLK! [~COP]
RELIEF_BODY [NGO~]
TREATY_COUNCIL {} [~TRC]
COUNCIL [~CNL]
HARBOUR_OFFICIAL [~GOV]
WARDEN [~JUD]
NO_CODE_HERE
"""

DISCARDS = """\
# sentence-level, then story-level
HARVEST FESTIVAL
CHESS_
+FOOTBALL LEAGUE   # the whole story
"""


@pytest.fixture
def kb(tmp_path):
    kb = KnowledgeBase()
    for name, text in [
        ("t.agents.txt", AGENTS),
        ("t.actors.txt", ACTORS),
        ("t.discards.txt", DISCARDS),
    ]:
        (tmp_path / name).write_text(text)
    load_petrarch_knowledge(kb, petrarch_files(tmp_path))
    return kb


def senses(kb, phrase):
    return kb.phrases.get(phrase, [])


def entry(kb, phrase):
    return senses(kb, phrase)[0].entry


def test_petrarch_actor_entries_synonyms_and_joined_words(kb):
    assert entry(kb, "valdoria").code == "VAL"
    assert entry(kb, "valdorian") is entry(kb, "valdoria")
    assert entry(kb, "port essen").code == "VAL"
    assert entry(kb, "kingdom of northmark").code == "NMK"
    assert "VAL" in kb.countries and kb.countries["VAL"].kind == "country"
    assert entry(kb, "rover guild").kind == "group"


@pytest.mark.parametrize(
    ("date", "code"),
    [
        (dt.date(1995, 1, 31), "VALELI"),  # "<" is up to and including
        (dt.date(1995, 2, 1), "VALGOV"),
        (dt.date(1999, 12, 31), "VALGOV"),
        (dt.date(2000, 1, 1), "VALOPP"),
        (None, "---"),  # restricted codes only: no default
    ],
)
def test_petrarch_actor_date_restrictions(kb, date, code):
    person = entry(kb, "quillon brask")
    assert person.kind == "person"
    assert entry(kb, "brask") is person
    assert person.code_on(date) == code


def test_petrarch_actor_several_codes_on_one_line_restricted_first(kb):
    tomas = entry(kb, "tomas venn")
    assert tomas.code_on(dt.date(2002, 6, 1)) == "VALGOV"
    assert tomas.code_on(dt.date(2005, 6, 1)) == "VALELI"  # the unrestricted default


def test_petrarch_actor_codeless_lines_share_the_codes_below(kb):
    assert entry(kb, "iris fell") is entry(kb, "iris fellwater")
    assert entry(kb, "iris fell").code_on(dt.date(2012, 5, 5)) == "NMKGOV"


def test_petrarch_actor_special_codes(kb):
    assert entry(kb, "the isles").code == "ISA/ISB"
    assert entry(kb, "nobody").code == "---"
    assert entry(kb, "lower case").code == "XYZ"
    assert "lottery draw" not in kb.phrases  # "#" starts a comment: "[###]" leaves no code
    assert kb.petrarch_skipped["actor without code"] == 1


def test_petrarch_comments_are_counted(kb):
    assert kb.petrarch_skipped["comment"] >= 4
    assert kb.petrarch_skipped["agent without code"] == 1


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("950131", dt.date(1995, 1, 31)),
        ("300101", dt.date(2030, 1, 1)),  # TABARI: YY 00-30 is 20YY
        ("310101", dt.date(1931, 1, 1)),
        ("20121109", dt.date(2012, 11, 9)),
        ("201005011", dt.date(2010, 5, 1)),  # PETRARCH reads the first eight digits
    ],
)
def test_petrarch_dates(text, date):
    assert petrarch_date(text) == date


def test_petrarch_agents_codes_plurals_and_markers(kb):
    envoy = senses(kb, "envoy")[0]
    assert (envoy.function, envoy.sector, envoy.prepend) == ("agent", "GOV", False)
    assert senses(kb, "envoys")[0].sector == "GOV"
    assert "ferry company" in kb.phrases and "ferry companys" not in kb.phrases
    assert senses(kb, "mice")[0].sector == "MSE" and "mouses" not in kb.phrases
    assert senses(kb, "cities")[0].sector == "CIT"
    assert {"watch man", "watch women"} <= set(kb.phrases)
    relief = senses(kb, "relief body")[0]
    assert (relief.sector, relief.prepend) == ("NGO", True)


def test_petrarch_discards(kb):
    assert " harvest festival" in kb.discards
    assert " chess " in kb.discards  # a final "_" asks for a whole word
    assert " football league" in kb.story_discards
    assert has_discard("They met at the Harvest Festivals.", kb.discards)  # a stem
    assert has_discard("A chess match.", kb.discards)
    assert not has_discard("A chessboard.", kb.discards)


def test_petrarch_resolver_appends_and_prepends_agents(kb):
    def codes(text):
        article = Article.from_parts(
            id="a", parts=[("body", text, None)], published=dt.date(2001, 1, 1)
        )
        article = ActorResolver(kb)(SegmentStage()(article))
        return [m.actor.code for m in article.mentions]

    assert codes("A Valdoria envoy arrived.") == ["VALGOV"]
    assert codes("A Valdoria relief body arrived.") == ["NGOVAL"]


def _codes(kb, text):
    article = Article.from_parts(
        id="a", parts=[("body", text, None)], published=dt.date(2001, 1, 1)
    )
    article = ActorResolver(kb)(SegmentStage()(article))
    return [(article.text[m.start : m.end], m.actor.code) for m in article.mentions]


@pytest.mark.parametrize(
    ("code", "agents", "expected"),
    [
        ("VAL", [("GOV", False)], "VALGOV"),
        ("VALGOV", [("GOV", False)], "VALGOV"),  # already ends with it
        ("VAL", [("NGO", True), ("GOV", False)], "NGOVALGOV"),
        ("NGOVAL", [("NGO", True)], "NGOVAL"),  # already starts with it
        ("VALRGD", [("TRC", False)], "VALRGDTRC"),  # a group code takes agents too
        ("---", [("NGO", True)], "---NGO"),
    ],
)
def test_petrarch_mix_agent_codes(code, agents, expected):
    from entente.actors.kb import Sense

    senses = [Sense("agent", sector=sector, prepend=prepend) for sector, prepend in agents]
    assert mix_agent_codes(code, senses) == expected


def test_petrarch_agents_all_combine_with_the_actor(kb):
    # every agent of the phrase, prepended and appended; a named group takes them too
    assert _codes(kb, "A relief body Valdoria envoy arrived.") == [
        ("relief body Valdoria envoy", "NGOVALGOV")
    ]
    assert _codes(kb, "Rover Guild treaty council members arrived.") == [
        ("Rover Guild treaty council", "VALRGDTRC")
    ]
    # the longest agent wins over the agent inside it ("treaty council", not "council")
    assert _codes(kb, "The Valdoria treaty council met.") == [("Valdoria treaty council", "VALTRC")]


def test_petrarch_agents_former_is_an_ordinary_word(kb):
    # PETRARCH does not convert "former" office-holders to ELI (a TABARI feature)
    assert _codes(kb, "Former Valdoria envoys arrived.") == [("Valdoria envoys", "VALGOV")]
    assert _codes(kb, "Valdoria former envoys arrived.") == [("Valdoria former envoys", "VALGOV")]


def test_petrarch_agents_take_the_named_actor_after_them(kb):
    assert _codes(kb, "Harbour officials in Harbour Hall met.") == [
        ("Harbour officials in Harbour Hall", "VALGOV")  # not VALGOVGOV
    ]
    assert _codes(kb, "Wardens of the Rover Guild met.") == [
        ("Wardens of the Rover Guild", "VALRGDJUD")
    ]


def test_petrarch_possessive_phrase_is_its_first_actor(kb):
    # "Valdoria's ... envoy Maro Dent": one noun phrase, whose first actor is the possessor
    # (Maro Dent, an OST synonym, does not replace it)
    found = _codes(kb, "Valdoria's calm and patient envoy Maro Dent spoke.")
    assert found == [("Valdoria's calm and patient envoy Maro Dent", "VALGOV")]
    # a preposition ends the noun phrase
    found = _codes(kb, "Valdoria's plan to envoys of Ostravel failed.")
    assert ("Valdoria", "VAL") in found


def test_petrarch_name_with_a_modifier_between_its_words(kb):
    assert _codes(kb, "He spoke on Northmark state-run radio today.") == [
        ("Northmark state-run radio", "NMKRAD")
    ]
    # not over a preposition or a capitalised word, nor over more than two words
    for text in [
        "He left Northmark for radio work.",
        "He heard Northmark Ostravel radio.",
        "Northmark very old state-run radio spoke.",
    ]:
        assert "NMKRAD" not in [code for _, code in _codes(kb, text)], text


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("\t[VAL]\nVALDORIA\n", "before any actor phrase"),
        ("+VALDORIAN\n", "before any actor phrase"),
        ("VALDORIA [VAL 991399]\n", "bad date"),
        ("VALDORIA [VAL <95]\n", "bad date"),
        ("VALDORIA [V$L]\n", "bad actor code"),
    ],
)
def test_petrarch_malformed_actor_lines_name_file_and_line(tmp_path, text, problem):
    path = tmp_path / "bad.actors.txt"
    path.write_text("# header\n" + text)
    with pytest.raises(DictionaryError, match=problem) as info:
        load_petrarch_actors(KnowledgeBase(), path)
    assert info.value.line == 2


def test_petrarch_malformed_agent_lines(tmp_path):
    path = tmp_path / "bad.agents.txt"
    path.write_text("ENVOY [GOV]\n")
    with pytest.raises(DictionaryError, match="bad agent code"):
        load_petrarch_agents(KnowledgeBase(), path)
    path.write_text("WATCH!NOPE! [~COP]\n")
    with pytest.raises(DictionaryError, match="not defined"):
        load_petrarch_agents(KnowledgeBase(), path)


def test_petrarch_file_discovery(tmp_path):
    assert petrarch_files(tmp_path) is None
    (tmp_path / "x.actors.txt").write_text("A [AAA]\n")
    (tmp_path / "my.verbs.txt").write_text("--- A [010] ---\nA\n")
    (tmp_path / "CAMEO.extra.txt").write_text("")
    (tmp_path / "notes.txt").write_text("")
    found = petrarch_files(tmp_path)
    assert [p.name for p in found.actors] == ["x.actors.txt"]
    assert sorted(p.name for p in found.verbs) == ["CAMEO.extra.txt", "my.verbs.txt"]
    assert petrarch_files(tmp_path / "x.actors.txt").actors == [tmp_path / "x.actors.txt"]
    assert not is_petrarch(tmp_path / "notes.txt")
    (tmp_path / "PETR_config.ini").write_text(
        "[Dictionaries]\nverbfile_name = my.verbs.txt\nactorfile_list = x.actors.txt\n"
        "agentfile_name = \ndiscardfile_name = \n"
    )
    found = petrarch_files(tmp_path)
    assert (found.actors, found.verbs) == ([tmp_path / "x.actors.txt"], [tmp_path / "my.verbs.txt"])


def test_petrarch_config_naming_a_missing_file(tmp_path):
    (tmp_path / "PETR_config.ini").write_text("[Dictionaries]\nactorfile_list = gone.txt\n")
    with pytest.raises(DictionaryError, match="no such file"):
        petrarch_files(tmp_path)


def test_petrarch_discard_in_a_sentence_skips_only_that_sentence(tmp_path):
    from entente.api import build_pipeline

    (tmp_path / "t.actors.txt").write_text("VALDORIA [VAL]\nNORTHMARK [NMK]\n")
    (tmp_path / "t.discards.txt").write_text("HARVEST FESTIVAL\n+FOOTBALL LEAGUE\n")
    (tmp_path / "t.verbs.txt").write_text("--- PRAISE [051] ---\nPRAISE\n")
    pipeline = build_pipeline([tmp_path], builtin=False)

    def codes(text):
        article = pipeline(
            Article.from_parts(id="a", parts=[("body", text, None)], published=dt.date(2001, 1, 1))
        )
        return [(e.source.code, e.target.code, e.cameo) for e in article.events]

    assert codes("Valdoria praised Northmark.") == [("VAL", "NMK", "051")]
    assert codes("At the harvest festival Valdoria praised Northmark.") == []
    assert codes("Valdoria praised Northmark. The football league resumed.") == []


# -- the published dictionary sets (../shared) -----------------------------------------------
def test_petrarch_validation_actor_set():
    kb = KnowledgeBase()
    load_petrarch_knowledge(kb, petrarch_files(shared("dictionaries", "petr_validate_ud2")))
    assert len(kb.entries) == 130  # as counted in petr_validate_dictionaries_ud2.json
    gollum = kb.phrases["smeagol"][0].entry
    assert gollum.code_on(dt.date(1995, 11, 1)) == "HOBGOV"
    assert gollum.code_on(dt.date(1992, 1, 2)) == "HOB"
    sam = kb.phrases["sam gamgee"][0].entry
    assert sam.code_on(dt.date(2010, 1, 10)) == "ORCHOB"  # listed before HOBMIL: tried first
    assert sam.code_on(dt.date(2010, 1, 13)) == "HOBMIL"
    assert kb.phrases["the shire"][0].entry.code == "FRO/BIL/SAM"
    assert kb.phrases["msf"][0].prepend
    assert " months later" in kb.discards and " espn2" in kb.story_discards


def test_petrarch_phoenix_actor_set_loads_quickly():
    folder = shared("dictionaries", "phoenix")
    kb = KnowledgeBase()
    started = time.perf_counter()
    load_petrarch_knowledge(kb, petrarch_files(folder))
    seconds = time.perf_counter() - started
    print(f"Phoenix actors+agents+discards: {len(kb.entries)} entries in {seconds:.2f} s")
    assert len(kb.entries) > 25_000
    assert {"AFG", "USA", "IRN"} <= set(kb.countries)
    assert kb.phrases["kabul"][0].entry.code == "AFG"
    taraki = kb.phrases["nur mohammad taraki"][0].entry
    assert taraki.code_on(dt.date(1979, 1, 1)) == "AFGGOV"
    assert taraki.code_on(dt.date(1960, 1, 1)) == "AFGELI"
    assert sum(kb.petrarch_skipped.values()) > 0
