"""The frozen app (`make dist`) as a worker's laptop runs it: a clean HOME, no Python on PATH.

Runs when a build exists; CI builds first and sets KOERS_REQUIRE_DIST=1 so these tests cannot skip.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from forms.version import VERSION
from tests.conftest import require_tool

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "koers" / "koers"
PASSPHRASE = "bevroren paard batterij niet"
# Names the demo vault holds: none may be readable outside the vault after a session.
DEMO_NAMES = ("Réka Szabó", "Десислава", "María José")


@pytest.fixture(scope="module")
def frozen() -> Path:
    if not FROZEN.exists():
        if os.environ.get("KOERS_REQUIRE_DIST") == "1":
            pytest.fail("dist/koers is required in CI: run `make dist` first")
        pytest.skip("no frozen build (run `make dist` to test it)")
    return FROZEN


@pytest.fixture
def laptop(tmp_path) -> dict:
    """A clean HOME and temp folder, and a PATH with no Python on it."""
    for name in ("home", "tmp", "empty-path", "usb"):
        (tmp_path / name).mkdir()
    env = {"HOME": str(tmp_path / "home"), "TMPDIR": str(tmp_path / "tmp"), "PATH": str(tmp_path / "empty-path"),
           "KOERS_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return {"env": env, "root": tmp_path, "usb": tmp_path / "usb"}


def run(program: Path, laptop: dict, *argv, strace: str | None = None) -> str:
    command = [str(program), *map(str, argv)]
    if strace:
        command = [strace, "-f", "-qq", "-e", "trace=socket,connect", "-o",
                   str(laptop["root"] / f"trace-{argv[0]}.txt"), *command]
    result = subprocess.run(command, env=laptop["env"], cwd=laptop["root"] / "home",
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"koers {argv[0]}: {result.stderr[-2000:]}"
    return result.stdout


def _internet_sockets(root: Path) -> list[str]:
    traces = list(root.glob("trace-*.txt"))
    assert traces, "strace wrote no trace"  # an empty trace is the good case: no socket at all
    lines = [line for trace in traces for line in trace.read_text().splitlines()]
    return [line for line in lines if re.search(r"AF_INET6?\b", line)]


def test_frozen_app_runs_the_workflow_offline_and_leaves_no_plaintext(frozen, laptop):
    strace = require_tool("strace")
    pdfsig = require_tool("pdfsig")
    usb = laptop["usb"]
    assert run(frozen, laptop, "--version").strip() == f"koers {VERSION}"
    worker, supervisor = laptop["root"] / "home" / "worker", laptop["root"] / "home" / "supervisor"
    run(frozen, laptop, "demo", "--vault", worker, strace=strace)
    run(frozen, laptop, "init", "--vault", supervisor, "--worker-name", "Sam Super", "--role", "supervisor")
    run(frozen, laptop, "keys", "export-public", "--vault", worker, "--out", usb / "w.pub")
    run(frozen, laptop, "keys", "export-public", "--vault", supervisor, "--out", usb / "s.pub")
    run(frozen, laptop, "keys", "trust", usb / "s.pub", "--vault", worker, "--role", "supervisor", "--yes")
    run(frozen, laptop, "keys", "trust", usb / "w.pub", "--vault", supervisor, "--role", "begeleider", "--yes")
    participant = json.loads(run(frozen, laptop, "list", "--vault", worker, "--json"))[0]["id"]
    run(frozen, laptop, "plan-pdf", participant, "--vault", worker, "--out", usb / "plan.pdf", strace=strace)
    checked = subprocess.run([pdfsig, usb / "plan.pdf"], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid" in checked
    run(frozen, laptop, "verify-pdf", usb / "plan.pdf", "--vault", worker, strace=strace)
    run(frozen, laptop, "export", "--vault", worker, "--to", "Sam Super", "--out", usb / "b.koers", strace=strace)
    run(frozen, laptop, "import", usb / "b.koers", "--vault", supervisor, strace=strace)
    run(frozen, laptop, "report", "--vault", supervisor, "--from", "2024-01-01", "--to", "2026-12-31",
        "--out", usb / "figures.csv", strace=strace)
    shots = run(frozen, laptop, "gui", "--vault", worker, "--screenshots", usb / "shots", strace=strace)
    assert len(shots.split()) >= 8 and all(Path(p).stat().st_size > 5000 for p in shots.split())
    assert len(list(laptop["root"].glob("trace-*.txt"))) == 7
    assert _internet_sockets(laptop["root"]) == []
    leaks = [f"{path}: {name}" for folder in (laptop["root"] / "home", laptop["root"] / "tmp")
             for path in folder.rglob("*") if path.is_file()
             for name in DEMO_NAMES if name.encode() in path.read_bytes()]
    assert leaks == []


def test_the_socket_check_sees_a_connection(laptop):
    strace = require_tool("strace")
    python = subprocess.run(["which", "python3"], capture_output=True, text=True).stdout.strip()
    subprocess.run([strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", laptop["root"] / "trace-probe.txt",
                    python, "-c", "import socket; socket.socket().close()"], check=True)
    assert _internet_sockets(laptop["root"])


def test_the_debian_package_installs_and_runs_from_its_desktop_entry(frozen, laptop):
    if os.geteuid() != 0:
        pytest.skip("dpkg -i needs root (CI runs as root)")
    deb = next((ROOT / "dist").glob("koers_*.deb"), None)
    assert deb is not None, "make dist writes the .deb beside the folder"
    subprocess.run(["dpkg", "-i", deb], check=True, capture_output=True)
    try:
        entry = Path("/usr/share/applications/koers.desktop").read_text()
        program = re.search(r"^Exec=(\S+)", entry, re.M)[1]
        installed = Path("/usr/bin") / program
        assert run(installed, laptop, "--version").strip() == f"koers {VERSION}"
        vault = laptop["root"] / "home" / "vault"
        run(installed, laptop, "demo", "--vault", vault)
        shots = run(installed, laptop, "gui", "--vault", vault, "--screenshots", laptop["usb"] / "shots")
        assert len(shots.split()) >= 8
        assert Path("/usr/share/icons/hicolor/scalable/apps/koers.svg").exists()
    finally:
        subprocess.run(["dpkg", "-r", "koers"], check=True, capture_output=True)


def test_the_frozen_app_speaks_from_its_catalogue_with_only_koers_locales(frozen, laptop):
    """The .po files and Babel's CLDR data travel along, but only the locales of Koers's languages."""
    from forms.catalogue import PARTICIPANT_LANGUAGES

    goal = {"text": "Ik vraag een uitkering aan", "deadline": "2026-03-01", "plan_date": "2026-01-05"}
    result = subprocess.run([str(frozen), "smart-check"], input=json.dumps(goal), capture_output=True, text=True,
                            env=laptop["env"] | {"KOERS_LANG": "en"}, cwd=laptop["root"] / "home", timeout=300)
    assert "The deadline March 1, 2026 falls within the plan." in result.stdout, result.stderr[-2000:]
    kept = {path.stem for path in frozen.parent.glob("_internal/babel/locale-data/*.dat")}
    assert set(PARTICIPANT_LANGUAGES) <= kept and "root" in kept and len(kept) < 20, sorted(kept)
