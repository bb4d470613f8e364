"""PETRARCH verb dictionaries: the translation into Entente patterns, then the published sets."""

import datetime as dt
import time

import pytest

from conftest import shared
from entente.api import build_pipeline
from entente.events.petrarch_verbs import load_petrarch_verbs
from entente.events.verbs import VerbDictionary, compile_pattern
from entente.model import Article

VERBS = """\
# a tiny PETRARCH-2 verb dictionary
&TIETYPES
+TRADE
+CULTURAL

&CASH_
+FLORIN
+(GOLD COIN)

####### VERB PATTERNS #######
--- RENEW  [050]  ---
RENEW
REKINDLE {REKINDLES REKINDLED REKINDLING}
+PATCH_UP [051]
- * {&TIETYPES TIES}  [064]
- * (WITH +) (ON TRADE)  [0311]
- (DESPITE $) *  [123]

--- GATHER  [040:040]  ---
GATHER
- % *  [046]
- * (AT ^) (WITH +)  [017]

--- HOST  [043:042]  ---
HOST
- * (BEFORE COURT)  [:173]

--- PAY  [---]  ---
PAY {PAYS PAID PAYING}
- * &CASH  [071]
- * TRIBUTE  [075A]
- * &NOWHERE  [072]
~ a (b . PAY) SAY = a b 070
"""


def load(tmp_path, text=VERBS, name="t.verbs.2.0.txt"):
    path = tmp_path / name
    path.write_text(text)
    verbs = VerbDictionary()
    return verbs, load_petrarch_verbs(verbs, path)


def matching(verbs, coding):
    """(cameo, rule, symmetric) of every pattern matching a coding string."""
    return sorted((p.cameo, p.rule, p.symmetric) for p in verbs.patterns if p.regex.search(coding))


def test_petrarch_verbs_counts_and_skips(tmp_path):
    verbs, report = load(tmp_path)
    assert (report.blocks, report.verbs, report.patterns) == (4, 6, 9)
    assert report.translated == 8  # a test code with a letter ([075A]) is kept as written
    assert report.skipped["non-numeric code"] == 0
    assert report.skipped["undefined synset"] == 1  # &NOWHERE
    assert report.skipped["verb transformation"] == 1  # the ~ line
    assert report.skipped["reverse code"] == 0  # [043:042]: 043 forward, 042 back
    assert verbs.petrarch_skipped == report.skipped


def test_petrarch_verbs_verb_alone_codes_the_block_code(tmp_path):
    verbs, _ = load(tmp_path)
    assert ("050", "t.verbs.2.0.txt:11", False) in matching(verbs, " @0 renewed @1")
    assert ("050", "t.verbs.2.0.txt:11", False) in matching(verbs, " @0 rekindled @1")
    assert ("051", "t.verbs.2.0.txt:14", False) in matching(verbs, " @0 patched up @1")
    assert matching(verbs, " @0 paid @1") == []  # a [---] block: the verb alone is no event


def test_petrarch_verbs_noun_phrases_synsets_and_plurals(tmp_path):
    verbs, _ = load(tmp_path)
    assert ("064", "t.verbs.2.0.txt:15", False) in matching(
        verbs, " @0 rekindled their old cultural ties with @1"
    )
    # {&TIETYPES TIES}: the modifier comes right before the head
    assert "064" not in {c for c, _, _ in matching(verbs, " @0 renewed trade and other ties @1")}
    assert ("071", "t.verbs.2.0.txt:30", False) in matching(verbs, " @0 paid florin to @1")
    assert ("071", "t.verbs.2.0.txt:30", False) in matching(verbs, " @0 paid gold coin to @1")
    assert matching(verbs, " @0 paid florins to @1") == []  # &CASH_: no plurals


def test_petrarch_verbs_slots_and_prepositions(tmp_path):
    verbs, _ = load(tmp_path)
    assert ("0311", "t.verbs.2.0.txt:16", False) in matching(
        verbs, " @0 renewed talks with @1 on trade"
    )
    assert ("123", "t.verbs.2.0.txt:17", False) in matching(verbs, " despite @0 renewed @1")


def test_petrarch_verbs_symmetric_compound_reverse_and_skip(tmp_path):
    verbs, _ = load(tmp_path)
    found = matching(verbs, " @0 and @1 gathered")
    assert ("046", "t.verbs.2.0.txt:21", True) in found  # "%": compound, both ways
    assert ("040", "t.verbs.2.0.txt:19", True) in matching(verbs, " @0 gathered @1")  # [040:040]
    # "^" skips words, actors included
    assert ("017", "t.verbs.2.0.txt:22", True) not in found
    assert ("017", "t.verbs.2.0.txt:22", False) in matching(verbs, " @0 gathered at @1 with @2")
    reverse = [p for p in verbs.patterns if p.cameo == "173"]  # [:173]: target → source
    assert {p.target_slot for p in reverse} == {"left"}
    assert {p.source_slot for p in reverse} == {"right", "inside"}


def test_petrarch_verbs_end_to_end(tmp_path):
    (tmp_path / "t.actors.txt").write_text("VALDORIA [VAL]\nNORTHMARK [NMK]\n")
    load(tmp_path)
    pipeline = build_pipeline([tmp_path], builtin=False)

    def codes(text):
        article = pipeline(
            Article.from_parts(id="a", parts=[("body", text, None)], published=dt.date(2001, 1, 1))
        )
        return sorted((e.source.code, e.target.code, e.cameo) for e in article.events)

    assert codes("Valdoria renewed its cultural ties with Northmark.") == [("VAL", "NMK", "064")]
    assert codes("Valdoria gathered with Northmark.") == [
        ("NMK", "VAL", "040"),
        ("VAL", "NMK", "040"),
    ]
    assert codes("Valdoria and Northmark gathered.") == [
        ("NMK", "VAL", "046"),
        ("VAL", "NMK", "046"),
    ]


def test_petrarch_verbs_petrarch1_syntax(tmp_path):
    text = "--- CALLED [010] ---\nCALLED\n- *_UPON  [097]\n- SAID * FOR_HELP [096]\n"
    verbs, report = load(tmp_path, text, "t.verbs.txt")
    assert report.translated == 2
    assert ("097", "t.verbs.txt:3", False) in matching(verbs, " @0 called upon @1")
    assert "097" not in {c for c, _, _ in matching(verbs, " @0 called loudly upon @1")}
    assert ("096", "t.verbs.txt:4", False) in matching(verbs, " @0 said it called for help @1")


def test_petrarch_verbs_a_form_written_in_another_block_stays_there(tmp_path):
    text = "--- LEAVE [012] ---\nLEAVE\n--- LEFT [040] ---\nLEFT\n--- GO [030] ---\nLEAVE\nGO\n"
    verbs, report = load(tmp_path, text, "t.verbs.txt")
    assert [c for c, _, _ in matching(verbs, " @0 left @1")] == ["040"]
    assert [c for c, _, _ in matching(verbs, " @0 leaves @1")] == ["012"]  # first block wins
    assert report.skipped["verb written in an earlier block"] == 1


# -- the pattern syntax extensions used by the translation -----------------------------------
@pytest.mark.parametrize(
    ("text", "coding", "match"),
    [
        ("$ <renew|patch up> +", " @0 patched up @1", True),
        ("$ <renew|=saw> +", " @0 saw @1", True),
        ("$ <renew|=saw> +", " @0 sawed @1", False),
        ("$ <renew> .. deal at ^ with +", " @0 renewed the deal at @1 with @2", True),
        ("$ <renew> .. deal at .. with +", " @0 renewed the deal at @1 with @2", False),
    ],
)
def test_petrarch_verbs_pattern_extensions(text, coding, match):
    pattern = compile_pattern(text, cameo="050", rule="t")
    assert (pattern.regex.search(coding) is not None) is match


def test_petrarch_verbs_lazy_patterns_match_like_compiled_ones():
    eager = compile_pattern("$ <renew|patch up> +", cameo="050", rule="t")
    lazy = compile_pattern("$ <renew|patch up> +", cameo="050", rule="t", lazy=True)
    coding = " @0 patched up with @1"
    assert [m.span() for m in lazy.regex.finditer(coding)] == [
        m.span() for m in eager.regex.finditer(coding)
    ]
    assert lazy.passive is not None and lazy.passive.search(" @1 was renewed by @0")


# -- the published dictionary sets (../shared) -----------------------------------------------
def test_petrarch_verbs_validation_sets():
    verbs = VerbDictionary()
    ud2 = load_petrarch_verbs(
        verbs, shared("dictionaries", "petr_validate_ud2", "PETR.Validate.verbs.2.0.txt")
    )
    # 452 as counted in the parsed rendering, plus "* (TO QUESTION) [110]" (no leading "-")
    assert (ud2.blocks, ud2.patterns) == (69, 453)
    assert ud2.translated > 400
    old = load_petrarch_verbs(
        VerbDictionary(), shared("dictionaries", "petr_validate", "PETR.Validate.verbs.txt")
    )
    assert (old.blocks, old.patterns) == (261, 474)
    assert old.translated > 400


def test_petrarch_verbs_phoenix_loads():
    path = shared("dictionaries", "phoenix", "CAMEO.2.0.txt")
    verbs = VerbDictionary()
    started = time.perf_counter()
    report = load_petrarch_verbs(verbs, path)
    seconds = time.perf_counter() - started
    print(
        f"CAMEO.2.0.txt: {report.patterns} patterns, {report.translated} translated, "
        f"{report.compiled} Entente patterns in {seconds:.2f} s; skipped {dict(report.skipped)}"
    )
    assert report.translated / report.patterns > 0.9
    assert all(p.rule.startswith("CAMEO.2.0.txt:") for p in verbs.patterns)


def test_petrarch_validation_suite_end_to_end():
    pipeline = build_pipeline([shared("dictionaries", "petr_validate_ud2")], builtin=False)

    def codes(text, date):
        article = pipeline(Article.from_parts(id="a", parts=[("body", text, None)], published=date))
        return sorted((e.source.code, e.target.code, e.cameo) for e in article.events)

    assert ("ARN", "GON", "050") in codes(
        "Arnor restored full diplomatic ties with Gondor.", dt.date(1995, 1, 1)
    )
    # a date-restricted actor: Smeagol is HOBGOV between 1995-06-01 and 1999-08-15
    assert ("HOBGOV", "GON", "050") in codes(
        "Smeagol restored full diplomatic ties with Gondor.", dt.date(1995, 11, 1)
    )
    assert ("HOBREB", "GON", "050") in codes(
        "Smeagol restored full diplomatic ties with Gondor.", dt.date(2001, 1, 1)
    )
    # a prepended agent: MSF [NGO~]
    assert ("NGOARN", "GON", "050") in codes(
        "MSF Arnor restored full diplomatic ties with Gondor.", dt.date(1995, 1, 1)
    )
    # a sentence-level discard ("YEARS LATER")
    assert codes("Years later Arnor restored full diplomatic ties with Gondor.", None) == []


def test_petrarch_phoenix_end_to_end():
    pipeline = build_pipeline([shared("dictionaries", "phoenix")], builtin=False)
    article = pipeline(
        Article.from_parts(
            id="a",
            parts=[("body", "The Iranian government criticized Saudi Arabia on Monday.", None)],
            published=dt.date(2015, 6, 1),
        )
    )
    events = [(e.source.code, e.target.code, e.cameo[:2]) for e in article.events]
    assert ("IRNGOV", "SAU", "11") in events


def test_petrarch_verbs_pattern_line_without_dash_and_letter_codes(tmp_path):
    text = "--- BEGIN [---] ---\nBEGIN {BEGAN BEGUN}\n* (TO QUESTION) [110]\n- * ASYLUM [174L]\n"
    verbs, report = load(tmp_path, text, "t.verbs.txt")
    assert report.translated == 2
    assert ("110", "t.verbs.txt:3", False) in matching(verbs, " @0 began to question @1")
    assert ("174L", "t.verbs.txt:4", False) in matching(verbs, " @0 began asylum @1")


def test_petrarch_verbs_slots_are_objects_of_the_verb(tmp_path):
    """ "* {THE NEATEST PLACE}" is also tried with the target between the verb and the words
    ("allowed + .. the neatest place"), but an actor after "that" heads a new clause."""
    text = "--- ALLOW [080] ---\nALLOW\n- * {THE NEATEST PLACE} [027]\n"
    verbs, _ = load(tmp_path, text, "t.verbs.txt")
    assert ("027", "t.verbs.txt:3", False) in matching(verbs, " @0 allowed @1 the neatest place")
    assert "027" not in {
        c for c, _, _ in matching(verbs, " @0 allowed that @1 is the neatest place")
    }


def test_petrarch_coder_options(tmp_path):
    from entente.events.petrarch_verbs import PETRARCH_OPPOSITES, petrarch_coder_options
    from entente.events.stage import coder_options

    options = petrarch_coder_options()
    assert options["future_as_intent"] is False and options["require_dyad"] is True
    assert PETRARCH_OPPOSITES["110"] == "050" and PETRARCH_OPPOSITES["050"] == "110"
    assert PETRARCH_OPPOSITES["170"] == "057"
    config = tmp_path / "PETR_config.ini"
    config.write_text(
        "[Dictionaries]\nverbfile_name = t.verbs.txt\n[Options]\nrequire_dyad = False\n"
    )
    (tmp_path / "t.verbs.txt").write_text(VERBS)
    assert petrarch_coder_options(config)["require_dyad"] is False
    assert coder_options((tmp_path,))["require_dyad"] is False
    assert coder_options(()) == {}  # the built-in dictionaries: CAMEO practice


def test_petrarch_semantics_with_a_petrarch_dictionary(tmp_path):
    """With a PETRARCH verb dictionary the coder follows PETRARCH: "will renew" is coded as the
    renewal, and a negated 110 is 050 (PETRARCH's internal coding ontology)."""
    (tmp_path / "t.verbs.2.0.txt").write_text(VERBS + "--- CLASH [110] ---\nCLASH\n")
    (tmp_path / "t.actors.txt").write_text("VALDORIA [VAL]\nNORTHMARK [NMK]\n")
    pipeline = build_pipeline([tmp_path], builtin=False)

    def codes(text):
        article = pipeline(
            Article.from_parts(id="a", parts=[("body", text, None)], published=dt.date(2001, 1, 1))
        )
        return sorted((e.source.code, e.target.code, e.cameo) for e in article.events)

    assert codes("Valdoria will renew ties with Northmark.") == [("VAL", "NMK", "050")]
    assert codes("Valdoria didn't clash with Northmark.") == [("VAL", "NMK", "050")]


def test_petrarch_verbs_reverse_code_codes_both_events(tmp_path):
    """ "--- HOST [043:042] ---": X hosted Y is X hosts Y (043) and Y visits X (042)."""
    (tmp_path / "t.verbs.2.0.txt").write_text(VERBS)
    (tmp_path / "t.actors.txt").write_text("VALDORIA [VAL]\nNORTHMARK [NMK]\n")
    pipeline = build_pipeline([tmp_path], builtin=False)
    article = pipeline(
        Article.from_parts(
            id="a",
            parts=[("body", "Valdoria hosted Northmark.", None)],
            published=dt.date(2001, 1, 1),
        )
    )
    assert sorted((e.source.code, e.target.code, e.cameo) for e in article.events) == [
        ("NMK", "VAL", "042"),
        ("VAL", "NMK", "043"),
    ]


def test_petrarch_verbs_longer_synset_member_wins(tmp_path):
    """Two patterns of one block differ only in their synset: the one whose member matches more
    words ("star gold florin", not "florin") codes the event, as PETRARCH's longest match."""
    (tmp_path / "t.verbs.2.0.txt").write_text(
        "&COINS\n+FLORIN\n+DUCAT\n\n&RARECOINS\n+STAR GOLD FLORIN\n+MOON_DUCAT\n\n"
        "####### VERB PATTERNS #######\n"
        "--- DONATE  [070] ---\nDONATE\n- * &COINS  [071]\n- * &RARECOINS  [904]\n"
    )
    verbs, _ = load(tmp_path, (tmp_path / "t.verbs.2.0.txt").read_text())
    rare = [p for p in verbs.patterns if p.cameo == "904"]
    plain = [p for p in verbs.patterns if p.cameo == "071"]
    assert min(p.literals for p in rare) > max(p.literals for p in plain)
    (tmp_path / "t.actors.txt").write_text("VALDORIA [VAL]\nNORTHMARK [NMK]\n")
    pipeline = build_pipeline([tmp_path], builtin=False)

    def codes(text):
        article = pipeline(
            Article.from_parts(id="a", parts=[("body", text, None)], published=dt.date(2001, 1, 1))
        )
        return sorted((e.source.code, e.target.code, e.cameo) for e in article.events)

    assert codes("Valdoria donated a million star gold florin to Northmark.") == [
        ("VAL", "NMK", "904")
    ]
    assert codes("Valdoria donated a million gold florin to Northmark.") == [("VAL", "NMK", "071")]
    assert codes("Valdoria donated a million ducats to Northmark.") == [("VAL", "NMK", "071")]


def test_petrarch_verbs_preposition_before_the_verb_needs_its_object(tmp_path):
    """ "(TO) *" is a prepositional phrase before the verb: its object stands between "to" and
    the verb, so the infinitive "to accord" is coded with the block's code, not the pattern's."""
    (tmp_path / "t.verbs.2.0.txt").write_text(
        "####### VERB PATTERNS #######\n--- ACCORD  [013] ---\nACCORD\n- (TO) *  [073]\n"
    )
    verbs, _ = load(tmp_path, (tmp_path / "t.verbs.2.0.txt").read_text())
    assert [p.text for p in verbs.patterns if p.cameo == "073"] == ["$ to ... <accord> +"]
    (tmp_path / "t.actors.txt").write_text("VALDORIA [VAL]\nNORTHMARK [NMK]\n")
    pipeline = build_pipeline([tmp_path], builtin=False)
    article = pipeline(
        Article.from_parts(
            id="a",
            parts=[("body", "Valdoria is inching nearer to accord with Northmark.", None)],
            published=dt.date(2001, 1, 1),
        )
    )
    assert [(e.source.code, e.target.code, e.cameo) for e in article.events] == [
        ("VAL", "NMK", "013")
    ]


ROLE_VERBS = "####### VERB PATTERNS #######\n--- WELCOME  [050] ---\nWELCOME\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # role nouns coordinated before "officials in A and B" share its places: one mention,
        # one actor per place
        (
            "Lawmakers and officials in Valdoria and Northmark welcomed Osterland.",
            [
                ("NMKGOV", "OST", "050"),
                ("NMKLEG", "OST", "050"),
                ("VALGOV", "OST", "050"),
                ("VALLEG", "OST", "050"),
            ],
        ),
        (
            "Lawmakers and officials in Valdoria welcomed Osterland.",
            [("VALGOV", "OST", "050"), ("VALLEG", "OST", "050")],
        ),
        # the phrase's modifiers are shared, its head noun is replaced
        (
            "The Valdorian radical media and government welcomed Osterland.",
            [("VALRADGOV", "OST", "050"), ("VALRADMED", "OST", "050")],
        ),
        # "A's sheep and goats of B": the possessor of the first noun is a source too
        (
            "Valdoria's sheep and goats of Northmark welcomed Osterland.",
            [("NMK", "OST", "050"), ("VAL", "OST", "050")],
        ),
    ],
)
def test_petrarch_compound_role_nouns_are_shared(tmp_path, text, expected):
    (tmp_path / "t.verbs.2.0.txt").write_text(ROLE_VERBS)
    (tmp_path / "t.actors.txt").write_text(
        "VALDORIA [VAL]\nVALDORIAN [VAL]\nNORTHMARK [NMK]\nOSTERLAND [OST]\n"
    )
    (tmp_path / "t.agents.txt").write_text(
        "LAWMAKER [~LEG]\nOFFICIAL [~GOV]\nGOVERNMENT [~GOV]\nMEDIA {} [~MED]\nRADICAL [~RAD]\n"
    )
    pipeline = build_pipeline([tmp_path], builtin=False)
    article = pipeline(
        Article.from_parts(id="a", parts=[("body", text, None)], published=dt.date(2001, 1, 1))
    )
    assert sorted((e.source.code, e.target.code, e.cameo) for e in article.events) == expected
