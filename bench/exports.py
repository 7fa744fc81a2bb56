"""Benchmark of bundles and reports: export and import of 1,000 whole dossiers, and the
monitoring report over 10,000 dossiers.

Prints one JSON line per figure: {"metric", "value", "unit", "target"}.
Usage: python bench/exports.py [--bundle-dossiers N] [--report-dossiers N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import dossier  # noqa: E402
from desktop.vault import KdfParams, Vault  # noqa: E402
from desktop.vault.exchange import export_bundle, import_bundle, mark_sent, own_public_key, trust_key  # noqa: E402
from desktop.vault.reporting import produce_report, report_cases, report_register  # noqa: E402
from exports.report import build_report, to_csv, to_pdf  # noqa: E402


def emit(metric: str, value: float, unit: str, target: str | None) -> None:
    print(json.dumps({"metric": metric, "value": round(value, 3), "unit": unit, "target": target}), flush=True)


def fill(vault: Vault, count: int, contacts: int) -> None:
    batch = []
    for i in range(count):
        batch.extend(dossier(i, contacts=contacts).records())
        if len(batch) > 5_000:
            vault.save_all(batch)
            batch = []
    vault.save_all(batch)


def timed(call):
    started = time.perf_counter()
    result = call()
    return result, time.perf_counter() - started


def bundles(folder: Path, count: int) -> None:
    """Export `count` whole dossiers (20 contacts each) to a supervisor, and import them there."""
    fast = KdfParams.fast_for_tests()
    worker = Vault.create(folder / "w", "bench passphrase", "Anna", "begeleider", kdf=fast)[0]
    supervisor = Vault.create(folder / "s", "bench passphrase", "Sam", "supervisor", kdf=fast)[0]
    trust_key(worker, own_public_key(supervisor), "supervisor")
    trust_key(supervisor, own_public_key(worker), "begeleider")
    fill(worker, count, contacts=20)
    export, seconds = timed(lambda: export_bundle(worker, "Sam"))
    mark_sent(worker, export)
    emit(f"export_{count}_dossiers", seconds, "s", "<= 5")
    emit("export_bundle_size", len(export.data) / 1e6, "MB", None)
    emit("export_records", len(export.sent), "records", None)
    report, seconds = timed(lambda: import_bundle(supervisor, export.data))
    emit(f"import_{count}_dossiers", seconds, "s", "<= 5")
    _, seconds = timed(lambda: import_bundle(supervisor, export.data))
    emit(f"import_{count}_dossiers_again_unchanged", seconds, "s", "<= 5")
    assert len(report.new) == len(export.sent)
    worker.close()
    supervisor.close()


def reports(folder: Path, count: int) -> None:
    """The report over `count` dossiers (2 contacts each: their minutes reach the contact time), made the
    way the CLI and the screen make it: through the vault, checked against 3 earlier reports of
    overlapping periods in its register."""
    vault = Vault.create(folder / "r", "bench passphrase", "Anna", kdf=KdfParams.fast_for_tests())[0]
    fill(vault, count, contacts=2)
    start, end = dt.date(2024, 1, 1), dt.date(2025, 12, 31)
    for days in (1, 2, 3):
        produce_report(vault, start, end - dt.timedelta(days=days), by_worker=True)
    cases, load = timed(lambda: report_cases(vault))
    register = report_register(vault)
    _, figures = timed(lambda: build_report(cases, start, end, group_by_worker=True, register=register))
    report, made = timed(lambda: produce_report(vault, start, end, by_worker=True))
    _, csv_seconds = timed(lambda: to_csv(report))
    _, pdf_seconds = timed(lambda: to_pdf(report))
    emit(f"report_{count}_dossiers_csv", made + csv_seconds, "s", "<= 2")
    emit(f"report_{count}_dossiers_pdf", made + pdf_seconds, "s", "<= 2")
    emit("report_load_from_vault", load, "s", None)
    emit("report_figures", figures, "s", None)
    emit("report_register_entries", len(report_register(vault)), "reports", None)
    vault.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle-dossiers", type=int, default=1_000)
    parser.add_argument("--report-dossiers", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bundles(Path(tmp), args.bundle_dossiers)
        reports(Path(tmp), args.report_dossiers)


if __name__ == "__main__":
    main()
