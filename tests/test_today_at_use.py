"""A date fixed when a module is imported goes stale when a test run crosses midnight: the
screens count "today" when they are built, the test compared with yesterday. Today is counted
where it is used (a fixture, a function), never in a module-level constant."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Owned by other rooms (inzage; the agenda's demo data) while this check was added; drop them
# here once they count at use.
NOT_YET = {"tests/desktop/gui/test_her_rights.py", "tests/desktop/test_cli_retention.py", "desktop/demo.py",
           "tests/desktop/gui/test_agenda.py", "tests/desktop/test_cli_agenda.py"}


def _clock_calls(tree: ast.Module) -> list[int]:
    """Lines of module-level assignments whose value calls .today() or .now()."""
    found = []
    for statement in tree.body:
        if isinstance(statement, (ast.Assign, ast.AnnAssign)) and statement.value is not None:
            for node in ast.walk(statement.value):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                        and node.func.attr in {"today", "now", "utcnow"}:
                    found.append(statement.lineno)
    return found


def test_no_module_fixes_today_at_import():
    files = [*ROOT.joinpath("tests").rglob("*.py"), ROOT / "desktop" / "demo.py"]
    stale = [f"{path.relative_to(ROOT)}:{line}" for path in files
             if str(path.relative_to(ROOT)) not in NOT_YET
             for line in _clock_calls(ast.parse(path.read_text(encoding="utf-8")))]
    assert stale == []
