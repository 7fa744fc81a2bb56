"""Benchmark of a long session (offscreen): the soak driver of tests/desktop/gui/test_soak.py
clicks and types through every tab, co-sign mode and lock/unlock. Prints JSON lines
{"metric", "value", "unit", "target"}: ms per action, and memory growth per 1,000 actions
measured between the first and the last lock (where the same screens exist).

Usage: QT_QPA_PLATFORM=offscreen python bench/soak.py [--actions N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.settings import Settings  # noqa: E402
from desktop.ui.app import Session, make_qapp  # noqa: E402
from desktop.vault import KdfParams, Vault  # noqa: E402
from tests.desktop.gui.soak_driver import SoakDriver, fill_vault  # noqa: E402

PASSPHRASE = "bench bench bench bench"


def emit(metric: str, value: float, unit: str, target: str | None) -> None:
    print(json.dumps({"metric": metric, "value": round(value, 3), "unit": unit, "target": target}), flush=True)


def soak(folder: Path, actions: int) -> SoakDriver:
    vault, _code = Vault.create(folder, PASSPHRASE, "Bench", kdf=KdfParams.fast_for_tests())
    participants = fill_vault(vault)
    vault.close()
    make_qapp()
    session = Session(folder, Settings(), folder.parent / "settings.json", KdfParams.fast_for_tests())
    session.window.resize(1366, 768)
    session.window.show()
    session.unlock_screen.passphrase.setText(PASSPHRASE)
    session.unlock_screen.unlock_button.click()
    driver = SoakDriver(session, PASSPHRASE, participants)
    driver.wait_for(lambda: session.workspace is not None)
    driver.run(actions)
    session.lock()
    return driver


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=3_000)
    parser.add_argument("--samples", action="store_true", help="also print the health at every lock")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        driver = soak(Path(scratch) / "vault", args.actions)
    first, last = driver.samples[1], driver.samples[-1]
    if args.samples:
        for s in driver.samples:
            print(json.dumps(s.__dict__), file=sys.stderr)
    per_thousand = 1000 / (last.actions - first.actions)
    emit("soak_actions", driver.actions, "actions", ">= 3000")
    emit("soak_ms_per_action", (last.seconds - first.seconds) * 1000 / (last.actions - first.actions), "ms", None)
    emit("soak_rss_growth_per_1000_actions", (last.rss_kb - first.rss_kb) / 1024 * per_thousand, "MB", "< 5")
    emit("soak_qobject_growth_per_1000_actions", (last.qobjects - first.qobjects) * per_thousand, "objects", None)


if __name__ == "__main__":
    main()
