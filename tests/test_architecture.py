"""The Qt-free core stays Qt-free: only desktop/ui may import PySide6."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ["forms", "matrix", "exports", "desktop/vault", "desktop/cli"]
NO_STORAGE = ["forms", "matrix", "exports"]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _files(folders):
    return [f for folder in folders for f in (ROOT / folder).rglob("*.py")]


def test_core_never_imports_qt():
    offenders = [str(f.relative_to(ROOT)) for f in _files(CORE) if {"PySide6", "shiboken6"} & _imports(f)]
    assert offenders == []


def test_libraries_never_touch_the_vault():
    offenders = [str(f.relative_to(ROOT)) for f in _files(NO_STORAGE)
                 if {"sqlcipher3", "sqlite3", "desktop", "PySide6"} & _imports(f)]
    assert offenders == []


def test_the_check_sees_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport sqlcipher3\n")
    assert {"PySide6", "sqlcipher3"} <= _imports(sample)


def test_the_command_line_loads_heavy_libraries_only_when_a_command_needs_them():
    """`koers list` should not pay for Qt, pyHanko or reportlab (about 2 s at every start)."""
    import subprocess
    import sys

    probe = "import sys, desktop.cli; print(sorted({'PySide6', 'pyhanko', 'reportlab'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"
