"""Gender from names (entente.actors.gender), used to resolve "he" and "she"."""

import pytest
import yaml

from entente.actors.gender import _tables, gender


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Angela Merkel", "f"),
        ("Vladimir Putin", "m"),
        ("Sheikh Hasina", "f"),  # a full name, although "Sheikh" starts men's names
        ("Aung San Suu Kyi", "f"),
        ("Mrs. Clinton", "f"),
        ("Sir Keir Starmer", "m"),
        ("Anne-Marie Slaughter", "f"),  # the first part of a hyphenated given name
        ("Jean-Claude Juncker", "m"),
        ("Kim Jong Un", None),  # a family name first says nothing
        ("Jean Chrétien", None),  # "Jean" is male in French, female in English
        ("Smith", None),
        ("", None),
    ],
)
def test_gender_from_names(name, expected):
    assert gender(name) == expected


def test_no_given_name_is_listed_as_both_genders():
    from importlib.resources import files

    raw = yaml.safe_load((files("entente") / "data" / "given_names.yaml").read_text("utf-8"))
    female = {n.lower() for n in raw["female"]["given"]}
    male = {n.lower() for n in raw["male"]["given"]}
    assert not female & male
    people, given = _tables()
    assert "sheikh hasina" in people and given["angela"] == "f"
