"""Slow down guessing: after failed unlocks the next attempt waits, longer each time.

A speed bump, not the defence: the Argon2id cost of every guess is (docs/security.md).
The count lives in a small file beside the vault (no secrets in it), so restarting Koers
does not reset it. The delay is 1, 2, 4 ... seconds, at most 5 minutes.

Every attempt is booked as a failure under a file lock *before* it is tried, and cleared
when it succeeds: guesses made in parallel each count and queue one after the other, and
killing Koers mid-attempt does not escape the count.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock

from desktop.vault.paths import atomic_write

THROTTLE_FILE = "koers.throttle"
BASE_SECONDS = 1.0
CAP_SECONDS = 300.0
LOCK_TIMEOUT = 30.0  # booking takes milliseconds; a lock held this long belongs to a hung process


class Throttle:
    def __init__(self, folder: Path, clock: Callable[[], float] | None = None):
        self.path = folder / THROTTLE_FILE
        self.clock = clock or time.time
        self._lock = FileLock(folder / f"{THROTTLE_FILE}.lock", timeout=LOCK_TIMEOUT, mode=0o600)

    def _state(self) -> tuple[int, float]:
        """(attempts not yet cleared, the earliest time the next attempt may run)."""
        try:
            data = json.loads(self.path.read_text())
            return int(data["failures"]), float(data["next"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def delay_after(self, failures: int) -> float:
        return 0.0 if failures == 0 else min(CAP_SECONDS, BASE_SECONDS * 2 ** (failures - 1))

    def wait_seconds(self) -> float:
        """How long an attempt made now would have to wait (without booking it)."""
        return max(0.0, self._state()[1] - self.clock())

    def book(self) -> float:
        """Count the attempt about to be made as failed and return how long it must wait first."""
        with self._lock:
            failures, next_at = self._state()
            now = self.clock()
            start = max(now, next_at)
            failures += 1
            atomic_write(self.path, json.dumps(
                {"failures": failures, "next": start + self.delay_after(failures)}).encode())
        return start - now

    def succeeded(self) -> None:
        with self._lock:
            self.path.unlink(missing_ok=True)
