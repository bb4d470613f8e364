"""Session 9, round 2: the full CAMEO code of uses of force from the weapons named (195 for
aircraft, 194 for artillery and tanks) and of an invasion launched (190). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from conftest import event_keys
from entente.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircraft named in the subject, in its mention or before the verb: an aerial attack
        (
            "Syrian and Russian warplanes pounded rebel-held districts of Aleppo.",
            ("RUS", "SYR", "195"),
        ),
        ("U.S.-led warplanes pounded Baghdad overnight.", ("USA", "IRQ", "195")),
        # rockets fired from helicopters are aerial weapons, not artillery
        (
            "Israeli helicopters fired rockets at Palestinian police posts in Gaza.",
            ("ISR", "PSE", "195"),
        ),
        # heavy weapons named after "with": a fight with artillery and tanks
        (
            "Armenian and Azerbaijani troops pounded each other with artillery and tanks.",
            ("ARM", "AZE", "194"),
        ),
        # an invasion launched is the attack that opens it
        ("Russian forces launched a full-scale invasion of Georgia.", ("RUS", "GEO", "190")),
    ],
)
def test_weapon_and_invasion_codes(
    builtin_pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_keys(builtin_pipeline, text)
