"""Benchmark of the vault: bulk creation, search, dossier load, and the cost of encryption.

Prints one JSON line per figure: {"metric", "value", "unit", "target"}.
Usage: python bench/vault.py [--participants N]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import NAMES, dossier  # noqa: E402
from desktop.vault import KdfParams, Vault, keyfile  # noqa: E402
from desktop.vault.paths import KEYFILE  # noqa: E402
from desktop.vault.migrations import migrate  # noqa: E402
from desktop.vault.retention import past_term  # noqa: E402


def emit(metric: str, value: float, unit: str, target: str | None) -> None:
    print(json.dumps({"metric": metric, "value": round(value, 3), "unit": unit, "target": target}), flush=True)


def plain_vault(folder: Path) -> Vault:
    """The same service on an unencrypted sqlite3 database: the baseline for the ratio. It has
    a key file too, so both pay for anchoring the audit log's head."""
    db = sqlite3.connect(folder / "plain.db", isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    vault_key, _code = keyfile.create(folder / KEYFILE, "bench passphrase", KdfParams.fast_for_tests())
    vault = Vault(folder, db, vault_key)
    migrate(db)
    db.execute("INSERT INTO meta VALUES ('worker_name', 'bench')")
    return vault


def workload(vault: Vault, count: int) -> dict[str, float]:
    """Create `count` dossiers, then time searches and dossier loads."""
    started = time.perf_counter()
    batch = []
    for i in range(count):
        batch.extend(dossier(i).records())
        if len(batch) > 5_000:
            vault.save_all(batch)
            batch = []
    vault.save_all(batch)
    create = time.perf_counter() - started

    rng = random.Random(1)
    searches = []
    for _ in range(200):
        prefix = rng.choice(NAMES)[: rng.randint(2, 4)]
        t = time.perf_counter()
        vault.participants(search=prefix, limit=200)
        searches.append(time.perf_counter() - t)
    ids = [p.id for p in vault.participants(limit=count)]
    loads = []
    for pid in rng.sample(ids, min(300, len(ids))):
        t = time.perf_counter()
        vault.dossier(pid)
        loads.append(time.perf_counter() - t)
    started = time.perf_counter()
    past_term(vault)  # the caseload's count of dossiers past their retention term, after each save
    past = time.perf_counter() - started
    return {"create": create, "search": statistics.median(searches), "load": statistics.median(loads),
            "past_term": past}


def unlock_seconds(folder: Path, rounds: int = 5) -> float:
    """Median time to unlock a vault made with the real Argon2id cost (docs/security.md)."""
    Vault.create(folder, "bench passphrase", "bench")[0].close(make_backup=False)
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        Vault.open(folder, "bench passphrase").close(make_backup=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=10_000)
    count = parser.parse_args().participants
    with tempfile.TemporaryDirectory() as tmp:
        encrypted, _ = Vault.create(Path(tmp) / "enc", "bench passphrase", "bench", kdf=KdfParams.fast_for_tests())
        enc = workload(encrypted, count)
        encrypted.close()
        (Path(tmp) / "plain").mkdir()
        plain = workload(plain_vault(Path(tmp) / "plain"), count)
        unlock = unlock_seconds(Path(tmp) / "kdf")
    emit("unlock_p50", unlock, "s", "about 0.5 (Argon2id cost, docs/security.md)")
    emit(f"bulk_create_{count}_dossiers", enc["create"], "s", None)
    emit("bulk_create_per_dossier", enc["create"] / count * 1000, "ms", None)
    emit("search_roepnaam_prefix_p50", enc["search"] * 1000, "ms", "<= 20")
    emit("load_dossier_p50", enc["load"] * 1000, "ms", "<= 10")
    emit(f"retention_past_term_{count}_dossiers", enc["past_term"] * 1000, "ms", "<= 250")
    total = lambda r: r["create"] + 200 * r["search"] + 300 * r["load"]  # noqa: E731
    emit("sqlcipher_over_sqlite3_ratio", total(enc) / total(plain), "x", "<= 1.5")


if __name__ == "__main__":
    main()
