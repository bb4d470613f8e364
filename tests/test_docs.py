"""Every CLI command is documented, with help text; the README's Quick start is what CI runs."""

import re
from pathlib import Path

import pytest
import typer.main

from entente.cli.main import app

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = typer.main.get_command(app).commands


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_docs_every_command_has_a_section_and_help(name):
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"## entente {name}\n" in text
    assert (COMMANDS[name].help or "").strip()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_docs_every_option_is_mentioned(name):
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    section = text.split(f"## entente {name}\n", 1)[1].split("\n## ", 1)[0]
    for param in COMMANDS[name].params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--"):
                assert opt in section, f"{name}: {opt} not documented"


def test_docs_quick_start_is_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", quick, re.S).group(1).strip().splitlines()
    assert block == ["make demo", "make test"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [
        ln for ln in ci.splitlines() if ln.strip() and not ln.startswith(("#", "set ", "cd "))
    ]
    assert commands == ["make test"]
