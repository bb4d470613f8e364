"""A possessive subject ("Iran's president") followed by an irregular past form: the form is the
verb, not a noun modified by the possessive."""

import datetime as dt

import pytest
from tests.conftest import coded

DATE = dt.date(2019, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran's president met Syria's foreign minister in Tehran on Monday.",
            {("IRNGOV", "SYRGOV", "040"), ("SYRGOV", "IRNGOV", "040")},
        ),
        (
            "Turkey's prime minister paid a visit to Azerbaijan on Sunday.",
            {("TURGOV", "AZE", "042")},
        ),
        (
            "Japan's foreign minister held talks with his Chinese counterpart in Beijing.",
            {("JPNGOV", "CHNGOV", "046"), ("CHNGOV", "JPNGOV", "046")},
        ),
    ],
)
def test_irregular_past_after_a_possessive_subject_is_the_verb(builtin_pipeline, text, expected):
    assert set(coded(builtin_pipeline, text, DATE)) == expected


def test_a_noun_after_a_possessive_stays_a_noun(builtin_pipeline):
    # "the army's fall" / "the president's left": no event read from a noun
    assert coded(builtin_pipeline, "The army's fall came as a surprise to analysts.", DATE) == []
