"""What ships is pinned: the lock files satisfy pyproject.toml and exclude releases known to break Koers."""

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)")


def _pins(lock: Path) -> dict[str, str]:
    pins = {}
    for line in lock.read_text("utf-8").splitlines():
        if match := PIN.match(line):
            pins[canonicalize_name(match[1])] = match[2]
    return pins


def _requirements(*extras: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    names = list(project["dependencies"])
    for extra in extras:
        names += project["optional-dependencies"][extra]
    return [Requirement(name) for name in names]


@pytest.mark.parametrize("lock, extras", [("app.lock", ()), ("test.lock", ("test", "dist"))])
def test_lock_satisfies_pyproject(lock, extras):
    pins = _pins(ROOT / "requirements" / lock)
    wrong = [f"{req} (lock: {pins.get(canonicalize_name(req.name), 'missing')})"
             for req in _requirements(*extras)
             if not req.specifier.contains(pins.get(canonicalize_name(req.name), "0"), prereleases=True)]
    assert wrong == [], "pyproject.toml and the lock disagree; run `make lock`"


def test_every_pin_has_hashes():
    text = (ROOT / "requirements" / "test.lock").read_text("utf-8")
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.strip())
    unhashed = [block.split()[0] for block in blocks if PIN.match(block) and "--hash=sha256:" not in block]
    assert unhashed == []


def test_the_release_that_loses_none_is_excluded():
    pyside = next(r for r in _requirements() if canonicalize_name(r.name) == "pyside6-essentials")
    assert not pyside.specifier.contains("6.12.0")
    assert _pins(ROOT / "requirements" / "app.lock")["pyside6-essentials"] != "6.12.0"


def test_the_check_sees_a_disagreement(tmp_path):
    lock = tmp_path / "x.lock"
    lock.write_text("pyside6-essentials==6.12.0 \\\n    --hash=sha256:00\n")
    assert not Requirement("PySide6-Essentials>=6.6,!=6.12.0").specifier.contains(_pins(lock)["pyside6-essentials"])
