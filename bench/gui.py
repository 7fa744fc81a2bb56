"""Benchmark of the screens (offscreen): cold start to the unlock screen, and opening one
dossier in a 10,000-participant vault. Prints JSON lines {"metric", "value", "unit", "target"}.

Usage: QT_QPA_PLATFORM=offscreen python bench/gui.py [--participants N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.synthetic import dossier  # noqa: E402
from desktop.vault import KdfParams, Vault  # noqa: E402
from forms import Participant, PhaseChange  # noqa: E402

PASSPHRASE = "bench met losse woorden"
# The child builds the app and says "ready" once the unlock screen has been painted.
COLD_START = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.ui.app import start
app, session = start(Path(sys.argv[1]), Path(sys.argv[2]))
session.window.show()
QApplication.processEvents()
session.window.grab()
print("ready", flush=True)
"""


def emit(metric: str, value: float, unit: str, target: str | None) -> None:
    print(json.dumps({"metric": metric, "value": round(value, 3), "unit": unit, "target": target}), flush=True)


def cold_start(folder: Path, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", COLD_START, str(folder), str(folder.parent / "s.json")],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                 env=os.environ | {"PYTHONPATH": str(ROOT)})
        assert child.stdout.readline().strip() == "ready"
        times.append(time.perf_counter() - started)
        child.wait()
    return statistics.median(times)


def fill(vault: Vault, count: int) -> Participant:
    """`count` light participants and one full dossier (20 contacts, a 5-goal plan, 3 assessments)."""
    batch = []
    for i in range(count - 1):
        person = Participant(roepnaam=f"Deelnemer {i}")
        batch += [person, PhaseChange(participant_id=person.id, phase="orientatie")]
        if len(batch) >= 5_000:
            vault.save_all(batch)
            batch = []
    full = dossier(count)
    vault.save_all(batch + full.records())
    return full.participant


def open_dossier_ms(vault: Vault, participant: Participant, runs: int = 7) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from desktop.settings import Settings
    from desktop.ui.app import make_qapp
    from desktop.ui.events import VaultEvents
    from desktop.ui.style import apply_style
    from desktop.ui.workspace import Workspace

    app = make_qapp()
    apply_style(app)
    started = time.perf_counter()
    workspace = Workspace(vault, VaultEvents(vault), Settings())
    workspace.resize(1366, 740)
    workspace.show()
    QApplication.processEvents()
    caseload = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(runs):
        workspace.dossier = None  # force a fresh screen every run
        t = time.perf_counter()
        workspace.open_dossier(participant.id)
        QApplication.processEvents()
        workspace.grab()  # include the first paint
        times.append((time.perf_counter() - t) * 1000)
    return caseload, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "vault"
        vault, _code = Vault.create(folder, PASSPHRASE, "Bench", kdf=KdfParams.fast_for_tests())
        emit("gui_cold_start_to_unlock", cold_start(folder), "s", "<= 1.5")
        participant = fill(vault, args.participants)
        caseload, opened = open_dossier_ms(vault, participant)
        emit(f"gui_caseload_show_{args.participants}", caseload, "ms", None)
        emit(f"gui_open_dossier_{args.participants}", opened, "ms", "<= 150")
        vault.close()


if __name__ == "__main__":
    main()
