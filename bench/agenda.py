"""Benchmark of the agenda (issue 14 §3): the time to compute what is due over a large caseload
of one worker (every dossier open: it reads each one). The caseload page shows it at unlock
and after changes while it is in front.

Prints one JSON line: {"metric", "value", "unit", "target"}.
Usage: python bench/agenda.py [--participants N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import dossier  # noqa: E402
from desktop.vault import KdfParams, Vault  # noqa: E402
from desktop.vault.agenda import agenda  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=300)  # many times a real caseload
    count = parser.parse_args().participants
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "v", "bench passphrase", "bench", kdf=KdfParams.fast_for_tests())
        vault.save_all([r for i in range(count) for r in dossier(i).records()])
        times = []
        for _ in range(3):
            started = time.perf_counter()
            agenda(vault)
            times.append(time.perf_counter() - started)
        vault.close(make_backup=False)
    print(json.dumps({"metric": f"agenda_{count}_dossiers_p50", "value": round(statistics.median(times) * 1000),
                      "unit": "ms", "target": "<= 1000"}), flush=True)


if __name__ == "__main__":
    main()
