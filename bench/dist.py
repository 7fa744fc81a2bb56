"""Benchmark of the frozen app (`make dist` first): the folder's size, and the time from launch to
the unlock window being mapped on a real X server (Xvfb; the window found by xdotool).
Prints JSON lines {"metric", "value", "unit", "target"}.

Usage: python bench/dist.py [--runs N]   (needs Debian's xvfb and xdotool)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "koers"
DISPLAY = ":95"


def folder_megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def start_to_window(env: dict, vault: Path) -> float:
    begin = time.perf_counter()
    app = subprocess.Popen([FROZEN / "koers", "gui", "--vault", vault], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Koers"], env=env,
                       check=True, capture_output=True, timeout=60)
        return time.perf_counter() - begin
    finally:
        app.terminate()
        app.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    if not (FROZEN / "koers").exists() or not shutil.which("Xvfb") or not shutil.which("xdotool"):
        raise SystemExit("bench/dist.py needs `make dist`, Xvfb and xdotool")
    print(json.dumps({"metric": "dist_folder_size", "value": round(folder_megabytes(FROZEN), 1),
                      "unit": "MB", "target": 250}))
    with tempfile.TemporaryDirectory() as tmp:
        env = {"HOME": tmp, "PATH": "/usr/bin:/bin", "DISPLAY": DISPLAY, "KOERS_PASSPHRASE": "bench paard batterij niet"}
        xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1366x768x24"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(1)
            vault = Path(tmp) / "vault"
            subprocess.run([FROZEN / "koers", "init", "--vault", vault, "--worker-name", "Bench"], env=env,
                           check=True, capture_output=True)
            times = [start_to_window(env, vault) for _ in range(runs)]
        finally:
            xvfb.terminate()
    print(json.dumps({"metric": "dist_start_to_unlock_window", "value": round(statistics.median(times), 2),
                      "unit": "s", "target": 2.0}))


if __name__ == "__main__":
    main()
