import pytest

from entente.errors import DictionaryError
from entente.events.inflect import participles, verb_forms
from entente.events.verbs import VerbDictionary, compile_pattern


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
