"""Killing Koers at random moments never leaves a damaged vault or half a transaction."""

import collections
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.vault import KdfParams, Vault
from tests.conftest import PASSPHRASE, WORKER
from tests.desktop.crash_worker import BATCH

WORKER_SCRIPT = str(Path(__file__).with_name("crash_worker.py"))
ROWS = 400
HEADER = "roepnaam,geboortejaar,gender,geboorteland,werkvormen,aanmelddatum,aanmeldbron,intakedatum,fase,uitstroomdatum,uitstroomreden\n"
rng = random.Random(20261123)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "template"
    Vault.create(folder, PASSPHRASE, WORKER, kdf=KdfParams.fast_for_tests())[0].close(make_backup=False)
    return folder


@pytest.fixture
def env():
    return os.environ | {"KOERS_PASSPHRASE": PASSPHRASE}


def _fresh(template: Path, tmp_path: Path, n: int) -> Path:
    target = tmp_path / f"vault-{n}"
    shutil.copytree(template, target)
    return target


def _check(folder: Path) -> Vault:
    """The vault opens and every integrity check passes."""
    vault = Vault.open(folder, PASSPHRASE)
    assert vault.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert vault.db.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert vault.audit_broken_at() is None
    return vault


def _start(args: list[str], env: dict) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, WORKER_SCRIPT, *args], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready", process.stderr.read()
    return process


def _kill(process: subprocess.Popen) -> bool:
    """SIGKILL; True if it was still working."""
    alive = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    return alive


def _kill_imports(workload: str, source: Path, template: Path, tmp_path: Path, env: dict,
                  rounds: int, whole: int) -> int:
    """Time one whole import, then kill `rounds` more at random moments within that time.
    After each kill the vault holds no participant or all `whole`. Returns how many were
    killed while still working."""
    process = _start([workload, str(_fresh(template, tmp_path, 0)), str(source)], env)
    started = time.perf_counter()
    assert process.wait(timeout=120) == 0
    full = time.perf_counter() - started
    killed_mid_way = 0
    for n in range(1, rounds + 1):
        folder = _fresh(template, tmp_path, n)
        process = _start([workload, str(folder), str(source)], env)
        time.sleep(rng.uniform(0.1, 1.1) * full)
        killed_mid_way += _kill(process)
        vault = _check(folder)
        assert vault.count_participants() in (0, whole)
        vault.close(make_backup=False)
    return killed_mid_way


def test_killed_caseload_import_leaves_all_or_nothing(template, tmp_path, env):
    csv_file = tmp_path / "groot.csv"
    csv_file.write_text(HEADER + "".join(
        f"Deelnemer {i},1990,vrouw,,raam;club,2024-01-{1 + i % 28:02d},zelf,,uitvoering,,\n" for i in range(ROWS)))
    assert _kill_imports("caseload", csv_file, template, tmp_path, env, rounds=10, whole=ROWS) >= 5


def test_killed_bundle_import_leaves_all_or_nothing(template, tmp_path, env):
    from desktop.demo import demo_dossiers
    from desktop.vault.exchange import export_bundle, own_public_key, trust_key

    worker, _ = Vault.create(tmp_path / "worker", PASSPHRASE, "Sanne", kdf=KdfParams.fast_for_tests())
    supervisor = Vault.open(template, PASSPHRASE)  # the template is the supervisor's vault here
    worker.save_all(r for d in demo_dossiers(count=60) for r in d.records())
    trust_key(worker, own_public_key(supervisor), "supervisor", "fatima")
    trust_key(supervisor, own_public_key(worker), "begeleider", "sanne")
    bundle_file = tmp_path / "caseload.koers"
    bundle_file.write_bytes(export_bundle(worker, "fatima").data)
    supervisor.close(make_backup=False)
    worker.close(make_backup=False)

    assert _kill_imports("bundle", bundle_file, template, tmp_path, env, rounds=8, whole=60) >= 3


def test_killed_burst_of_saves_keeps_every_batch_whole(template, tmp_path, env):
    for n in range(15):
        folder = _fresh(template, tmp_path, n)
        process = _start(["saves", str(folder)], env)
        time.sleep(rng.uniform(0.05, 0.6))
        assert _kill(process)
        vault = _check(folder)
        batches = collections.Counter(note for (note,) in vault.db.execute(
            "SELECT json_extract(body, '$.note') FROM records WHERE kind = 'contact'"))
        assert batches and all(count == BATCH for count in batches.values()), batches
        vault.close(make_backup=False)
