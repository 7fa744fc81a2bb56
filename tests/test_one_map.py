"""One map (issue 17): every `koers` command has a row in README.md's table *One map* saying where
the app does the same and which pytest-qt test drives that screen path, or why it is for scripts
only. The commands are read from the CLI's own argparse parser, so a new command without a row
fails here with the row to add.

A row:   | `koers keys trust` | *Sleutels* (Ctrl+K) → *Sleutel vertrouwen…* | `tests/desktop/gui/test_x.py::test_y` |
Scripts: | `koers smart-check` | for scripts only: why | — |
"""

from __future__ import annotations

import argparse
import ast
import re
from functools import cache
from pathlib import Path

from desktop.cli import parser

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- one-map:start -->", "<!-- one-map:end -->"
SCRIPTS_ONLY = "for scripts only:"
ROW = re.compile(r"^\|\s*`koers ([a-z][a-z -]*)`\s*\|(.*)\|(.*)\|\s*$")
HOW = (f"Add a row between {START} and {END} in README.md: "
       "| `koers COMMAND` | menu path (shortcut) | `tests/desktop/gui/test_FILE.py::test_NAME` | "
       f"— the named test must take `qtbot` and drive that path — or | `koers COMMAND` | {SCRIPTS_ONLY} why | — |.")


def cli_commands(top: argparse.ArgumentParser | None = None, prefix: str = "") -> set[str]:
    """Every command a user can type: leaves, and groups whose action is optional (`instruments`)."""
    found: set[str] = set()
    for action in (top or parser())._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for name, sub in action.choices.items():
            groups = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
            if not groups or not all(g.required for g in groups):
                found.add(prefix + name)
            found |= cli_commands(sub, f"{prefix}{name} ")
    return found


def map_rows() -> dict[str, tuple[str, str]]:
    """command → (where in the app, driving test) from README.md's one-map table."""
    text = README.read_text(encoding="utf-8")
    assert START in text and END in text, f"README.md has no one-map table. {HOW}"
    rows: dict[str, tuple[str, str]] = {}
    for line in text.split(START, 1)[1].split(END, 1)[0].splitlines():
        if (match := ROW.match(line)) is not None:
            command = match.group(1).strip()
            assert command not in rows, f"`koers {command}` has two rows in README.md's one-map table; keep one."
            rows[command] = (match.group(2).strip(), match.group(3).strip().strip("`"))
    return rows


@cache
def _functions(path: Path) -> dict[str, list[str]]:
    """Test functions in `path` → their parameter names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name: [a.arg for a in node.args.args] for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")}


def test_every_command_has_a_row():
    missing = sorted(cli_commands() - map_rows().keys())
    assert not missing, f"No row in README.md's one-map table for: {', '.join(f'`koers {c}`' for c in missing)}. {HOW}"


def test_every_row_names_a_command_that_exists():
    unknown = sorted(map_rows().keys() - cli_commands())
    assert not unknown, (f"README.md's one-map table names commands `koers` does not have: "
                         f"{', '.join(unknown)}. Remove the row or correct its name.")


def test_every_screen_path_is_driven_by_a_pytest_qt_test():
    problems = []
    for command, (where, test) in sorted(map_rows().items()):
        if where.startswith(SCRIPTS_ONLY):
            if len(where) <= len(SCRIPTS_ONLY) + 3:
                problems.append(f"`koers {command}`: say why it is for scripts only")
            continue
        file, _, name = test.partition("::")
        path = ROOT / file
        if not (file.startswith("tests/") and name):
            problems.append(f"`koers {command}`: '{test}' is not tests/…/test_FILE.py::test_NAME")
        elif not path.is_file():
            problems.append(f"`koers {command}`: there is no {file}")
        elif name not in _functions(path):
            problems.append(f"`koers {command}`: {file} has no {name}")
        elif "qtbot" not in _functions(path)[name]:
            problems.append(f"`koers {command}`: {test} does not take qtbot, so it drives no screen")
    assert not problems, "README.md's one-map table: " + "; ".join(problems) + f". {HOW}"


def test_the_command_list_sees_nested_and_optional_actions():
    commands = cli_commands()
    assert {"keys trust", "audit verify", "instruments", "instruments add", "smart-check"} <= commands
    assert "keys" not in commands and "audit" not in commands  # they need an action
