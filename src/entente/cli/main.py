"""The ``entente`` command line: a thin shell over the Python API.

Each command group lives in its own module and registers itself on :data:`entente.cli.app.app`.
"""

from __future__ import annotations

import sys

# Importing the command modules registers their commands on the app.
from entente.cli import analysis_cmds, coding, export_cmd, report_cmd  # noqa: F401
from entente.cli.app import app
from entente.cli.common import err

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted: everything committed so far is kept; run again to resume")
        sys.exit(130)


if __name__ == "__main__":  # python -m entente.cli.main
    main()
