"""Grammatical gender of people, so that "she" and "he" find the right person.

"Angela Merkel met Vladimir Putin in Sochi. She said …": "she" is the last person named who can
be a "she". The gender comes from ``data/given_names.yaml``: a list of full names (for names
that do not start with a given name, "Sheikh Hasina", "Tsai Ing-wen") and lists of given names
that are one gender in nearly all news. Honorifics count too ("Mrs", "Dame", "King"). A name
that none of these decide has no gender, and either pronoun may refer to it.
"""

from __future__ import annotations

import functools
import re
from importlib.resources import files
from typing import Literal

import yaml

__all__ = ["Gender", "gender"]

Gender = Literal["f", "m"]

#: honorifics that say the gender (lower case, without a full stop)
_HONORIFICS: dict[str, Gender] = {
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "madame": "f",
    "mme": "f",
    "dame": "f",
    "lady": "f",
    "queen": "f",
    "princess": "f",
    "empress": "f",
    "baroness": "f",
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "emperor": "m",
    "baron": "m",
    "monsieur": "m",
}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@functools.cache
def _tables() -> tuple[frozenset[str], dict[str, Gender]]:
    """(female full names, given name → gender), lower case, from the package data."""
    raw = yaml.safe_load((files("entente") / "data" / "given_names.yaml").read_text("utf-8"))
    people = frozenset(" ".join(str(n).lower().split()) for n in raw["female"]["people"])
    given: dict[str, Gender] = {}
    for key, value in (("female", "f"), ("male", "m")):
        for name in raw[key]["given"]:
            given[str(name).lower()] = value  # type: ignore[assignment]
    return people, given


@functools.lru_cache(maxsize=1 << 16)  # (names found in text are unbounded)
def gender(name: str) -> Gender | None:
    """The gender a person's name tells, or None when it does not tell.

    name (str): a person's name as the knowledge base or the text gives it ("Angela Merkel",
        "Mrs. Clinton", "Sheikh Hasina").
    RETURNS (Gender | None): ``"f"``, ``"m"`` or None.
    """
    people, given = _tables()
    words = [w.lower() for w in _WORD.findall(name)]
    if not words:
        return None
    if " ".join(words) in people:
        return "f"
    first = words[0]
    if first in _HONORIFICS:
        return _HONORIFICS[first]
    if first in given:
        return given[first]
    head = first.split("-")[0]  # "Anne-Marie", "Jean-Claude"
    return given.get(head) if head != first else None
