"""Errors raised by Entente. Library code raises; only the CLI prints.

Hierarchy::

    EntenteError
    ├── InputError            a file or record that cannot be read (path and reason)
    ├── DictionaryError       a bad dictionary entry (file, line and problem)
    ├── ConfigError           a bad option, stage name or pipeline
    ├── StoreError            the event store cannot be opened or written
    ├── OutputError           a file to write (report, export) cannot be written (path and reason)
    └── QueryError            an analysis question that cannot be answered (unknown actor, no data)
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DictionaryError",
    "EntenteError",
    "InputError",
    "OutputError",
    "QueryError",
    "StoreError",
]


class EntenteError(Exception):
    """Base class: every error Entente raises on purpose. Its message is for the user."""


class InputError(EntenteError):
    """An input file or record cannot be read.

    path (str): the file (and record) concerned. reason (str): what is wrong.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class DictionaryError(EntenteError):
    """A dictionary file has a bad entry. Names the file, the line and the problem."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")


class ConfigError(EntenteError):
    """A bad option, unknown stage name or inconsistent pipeline."""


class StoreError(EntenteError):
    """The store cannot be opened, migrated or written."""


class OutputError(EntenteError):
    """A file to write (a report, a chart, an export) cannot be written.

    path (str): the file concerned. reason (str): what is wrong.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"cannot write {path}: {reason}")

    @classmethod
    def from_os_error(cls, path: str, exc: OSError) -> OutputError:
        """RETURNS (OutputError): for an OSError met while writing ``path`` (the file or folder
        that failed is named when it is another one, e.g. a parent that is a file)."""
        reason = exc.strerror or str(exc)
        if exc.filename is not None and str(exc.filename) != path:
            reason += f" ({exc.filename})"
        return cls(path, reason)


class QueryError(EntenteError):
    """An analysis question cannot be answered (unknown actor, empty store, bad period)."""
