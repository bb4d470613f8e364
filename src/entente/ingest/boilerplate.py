"""Recognise boilerplate: reader appeals, paywall pitches, related-content lists, share bars …

The patterns are package data (``data/boilerplate.yaml``), reviewable without reading code.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources import files

import yaml

__all__ = ["BoilerplateRules", "is_boilerplate_line", "rules"]


@dataclass(frozen=True)
class BoilerplateRules:
    """Compiled boilerplate rules."""

    element_hints: tuple[str, ...]
    line_pattern: re.Pattern[str]
    max_line_chars: int

    def is_boilerplate_element(self, class_and_id: str) -> bool:
        """True when an element's ``class`` + ``id`` marks it as page furniture."""
        value = class_and_id.lower()
        return any(hint in value for hint in self.element_hints)

    def is_boilerplate_line(self, line: str) -> bool:
        """True when a paragraph or text line is boilerplate (short and matching a pattern, or
        nothing but a date and time: "Tue 1 Jun 2010 07.40 GMT")."""
        text = line.strip()
        if not text:
            return False
        if len(text) > self.max_line_chars:
            return False
        return self.line_pattern.search(text) is not None or is_date_only(text)


_DATE_WORDS = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?|\b(?:gmt|utc|bst|cet|est|edt|pst|am|pm|a\.m\.|p\.m\.|published|updated|posted|"
    r"last|on|at)\b|[\d:.,/\-–—|+()]+",
    re.IGNORECASE,
)


def is_date_only(line: str) -> bool:
    """True for a short line made only of a date and a time ("Thursday, July 26, 2012")."""
    if len(line) > 60 or not any(ch.isdigit() for ch in line):
        return False
    return not _DATE_WORDS.sub(" ", line).strip()


@functools.cache
def rules() -> BoilerplateRules:
    """RETURNS (BoilerplateRules): the built-in rules, loaded once."""
    raw = yaml.safe_load((files("entente") / "data" / "boilerplate.yaml").read_text("utf-8"))
    pattern = re.compile("|".join(f"(?:{p})" for p in raw["line_patterns"]), re.IGNORECASE)
    return BoilerplateRules(tuple(raw["element_hints"]), pattern, int(raw["max_line_chars"]))


def is_boilerplate_line(line: str) -> bool:
    """True when a paragraph or text line is boilerplate under the built-in rules."""
    return rules().is_boilerplate_line(line)
