import datetime as dt

import pytest

from entente.errors import DictionaryError
from entente.events.inflect import participles, verb_forms
from entente.events.verbs import VerbDictionary, compile_pattern
from entente.model import Article


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("visit", {"visit", "visits", "visited", "visiting"}),
        ("meet", {"meet", "meets", "met", "meeting"}),
        ("criticize", {"criticized", "criticised", "criticizes"}),
        ("expel", {"expelled", "expelling"}),
        ("carry", {"carries", "carried", "carrying"}),
        ("crack down", {"cracked down", "cracking down"}),
    ],
)
def test_verbs_inflection(lemma, forms):
    assert forms <= set(verb_forms(lemma))


def test_verbs_participles():
    assert participles("strike") == ("struck",)
    assert participles("criticize") == ("criticized", "criticised")


@pytest.mark.parametrize(
    ("text", "coding", "match"),
    [
        ("$ <pay> .. visit to +", " @0 paid a rare visit to @1", True),
        ("$ <pay> .. visit to +", " @0 paid visit to @1", True),
        ("$ (praise|hail) +", " @0 hail @1", True),
        ("$ <sign> [a] deal with +", " @0 signed deal with @1", True),
        ("talks between $ and +", " talks between senior @0 and @1", True),
        ("$ <visit> +", " @0 revisited @1", False),
        # "...": a gap of one to three words, never empty
        ("$ to ... <accord> +", " @0 moved nearer to accord with @1", False),
        ("$ to ... <accord> +", " @0 agreed to the terms to accord @1", True),
    ],
)
def test_verbs_pattern_syntax(text, coding, match):
    pattern = compile_pattern(text, cameo="042", rule="t")
    assert (pattern.regex.search(coding) is not None) is match


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("$ <visit> $", "at most one"),
        ("$ (a|b +", "unbalanced"),
        ("$ +", "at least one word"),
        ("$ <Visit> +", "lower case"),
    ],
)
def test_verbs_malformed_patterns_are_rejected(text, problem):
    with pytest.raises(ValueError, match=problem):
        compile_pattern(text, cameo="042", rule="t")


def test_verbs_bad_file_names_file_and_line(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        '- cameo: "042"\n  patterns: ["$ <visit> +"]\n- cameo: "999"\n  patterns: ["$ <go> +"]\n'
    )
    with pytest.raises(DictionaryError, match=r"mine.yaml:3: unknown CAMEO code '999'"):
        VerbDictionary().load_file(path)


def test_verbs_candidates_only_patterns_with_present_anchors(mini_verbs):
    found = {p.cameo for p in mini_verbs.candidates(["iran", "visited", "tehran"])}
    assert found == {"042"}


# Dictionary behaviour on 1990s-2000s wire copy (built-in patterns and knowledge base).
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        (
            dt.date(1992, 1, 15),
            "The European Community recognised Croatia and Slovenia on Wednesday.",
            {("IGOEUREEC", "HRV", "054"), ("IGOEUREEC", "SVN", "054")},
        ),
        (
            dt.date(1990, 6, 4),
            "The European Community on Monday gave the Ivory Coast 5.1 million dollars of aid.",
            {("IGOEUREEC", "CIV", "071")},
        ),
        (
            dt.date(2003, 4, 29),
            "Japan provided Jordan with 100 million dollars of economic assistance.",
            {("JPN", "JOR", "071")},
        ),
        (
            dt.date(1996, 2, 11),
            "The Red Cross delivered food and blankets to thousands of displaced families"
            " in Angola.",
            {("NGOHLHIRC", "AGO", "073")},
        ),
        (
            dt.date(1998, 5, 13),
            "Thousands of Zambians demonstrated in Lusaka on Wednesday demanding the resignation"
            " of President Frederick Chiluba.",
            {("ZMB", "ZMBGOV", "1411")},
        ),
        (
            dt.date(1995, 8, 30),
            "Chile's Supreme Court ordered the extradition of a former officer to Italy.",
            {("CHLJUD", "ITA", "063")},
        ),
    ],
)
def test_verbs_wire_copy_patterns(builtin_pipeline, date, text, expected):
    parts = [("body", text, None)]
    article = builtin_pipeline(Article.from_parts(id="w", parts=parts, published=date))
    coded = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in article.events}
    assert expected <= coded
