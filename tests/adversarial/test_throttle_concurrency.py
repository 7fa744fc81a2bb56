"""Issue 11 §4: guesses made in parallel used to count as one failure (each process read the
count, tried, and wrote count + 1). Now every attempt is booked under a file lock first."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

from desktop.vault import KdfParams, Vault
from desktop.vault.throttle import THROTTLE_FILE
from tests.conftest import PASSPHRASE, WORKER

GUESSERS = 4


def _guess(folder: str, barrier, waits) -> None:
    """One attacker process: a wrong guess at the same moment as the others; records its wait."""
    asked: list[float] = []
    barrier.wait()
    assert not Vault.passphrase_fits(Path(folder), "fout geraden", sleep=asked.append)
    waits.put(asked[0])


def test_parallel_wrong_guesses_each_count_and_queue(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, WORKER, kdf=KdfParams.fast_for_tests())[0].close(make_backup=False)
    # Separate processes forked from one fresh server that has loaded the vault code once.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["desktop.vault", "tests.adversarial.test_throttle_concurrency"])
    barrier, waits = context.Barrier(GUESSERS), context.Queue()
    guessers = [context.Process(target=_guess, args=(str(vault_dir), barrier, waits)) for _ in range(GUESSERS)]
    for process in guessers:
        process.start()
    for process in guessers:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert json.loads((vault_dir / THROTTLE_FILE).read_text())["failures"] == GUESSERS
    # Booked one after the other: 0, then 1, 1+2, 1+2+4 seconds (less the time that passed).
    asked = sorted(waits.get(timeout=5) for _ in range(GUESSERS))
    assert asked[0] == 0 and all(a > expected - 0.5 for a, expected in zip(asked[1:], (1, 3, 7)))
