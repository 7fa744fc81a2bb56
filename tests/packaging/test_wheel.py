"""The wheel is a whole Koers: built, installed (not editable, not from the source tree), and used.

The new environment borrows the locked dependencies of the test environment through a .pth line, so
the test costs seconds instead of a fresh download; Koers itself comes only from the wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from forms.version import VERSION
from tests.conftest import require_tool

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "wiel-test paard batterij niet"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", out, ROOT],
                   check=True, capture_output=True, cwd=out)
    return next(out.glob("koers-*.whl"))


@pytest.fixture(scope="module")
def bin_dir(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment holding the built wheel; returns its bin folder."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    # Dependencies only: a folder named in a .pth file joins sys.path, but its own .pth files
    # (the source tree's editable hook among them) are not run.
    Path(site, "locked-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel],
                   check=True, capture_output=True)
    return venv / "bin"


def _koers(bin_dir: Path, home: Path, *argv) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KOERS_", "PYTHON"))}
    env.update(KOERS_PASSPHRASE=PASSPHRASE, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([bin_dir / "koers", *map(str, argv)], cwd=home, env=env,
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, f"koers {argv[0]}: {result.stderr}"
    return result.stdout


def test_the_wheel_carries_every_resource(wheel):
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix in {".yaml", ".ttf", ".qm", ".txt"}}
    assert len(shipped) > 20
    assert shipped <= set(zipfile.ZipFile(wheel).namelist())


def test_the_installed_wheel_runs_the_whole_workflow(bin_dir, tmp_path):
    """Real key derivation, as a worker's install has it: each command unlocks for real."""
    home = tmp_path
    assert _koers(bin_dir, home, "--version").strip() == f"koers {VERSION}"
    where = subprocess.run([bin_dir / "python", "-c", "import desktop; print(desktop.__file__)"],
                           capture_output=True, text=True, cwd=home, check=True).stdout
    assert str(ROOT) not in where and "site-packages" in where
    worker, supervisor = home / "worker", home / "supervisor"
    _koers(bin_dir, home, "demo", "--vault", worker)
    _koers(bin_dir, home, "init", "--vault", supervisor, "--worker-name", "Sam Super", "--role", "supervisor")
    _koers(bin_dir, home, "keys", "export-public", "--vault", worker, "--out", home / "w.pub")
    _koers(bin_dir, home, "keys", "export-public", "--vault", supervisor, "--out", home / "s.pub")
    _koers(bin_dir, home, "keys", "trust", home / "s.pub", "--vault", worker, "--role", "supervisor", "--yes")
    _koers(bin_dir, home, "keys", "trust", home / "w.pub", "--vault", supervisor, "--role", "begeleider", "--yes")
    first = _koers(bin_dir, home, "list", "--vault", worker, "--json")
    participant = __import__("json").loads(first)[0]["id"]
    _koers(bin_dir, home, "plan-pdf", participant, "--vault", worker, "--out", home / "plan.pdf")
    _koers(bin_dir, home, "verify-pdf", home / "plan.pdf", "--vault", worker)
    _koers(bin_dir, home, "export", "--vault", worker, "--to", "Sam Super", "--out", home / "b.koers")
    _koers(bin_dir, home, "import", home / "b.koers", "--vault", supervisor)
    _koers(bin_dir, home, "report", "--vault", supervisor, "--from", "2024-01-01", "--to", "2026-12-31",
           "--out", home / "report.pdf")
    assert (home / "report.pdf").read_bytes().startswith(b"%PDF")
    _koers(bin_dir, home, "gui", "--vault", worker, "--screenshots", home / "shots")
    assert len(list((home / "shots").glob("*/*.png"))) >= 8  # one folder per screen size
