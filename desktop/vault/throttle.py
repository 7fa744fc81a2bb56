"""Slow down guessing: after failed unlocks the next attempt waits, longer each time.

The count lives in a small file beside the vault (no secrets in it), so restarting Koers
does not reset it. The delay is 1, 2, 4 ... seconds, at most 5 minutes.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from desktop.vault.paths import atomic_write

THROTTLE_FILE = "koers.throttle"
BASE_SECONDS = 1.0
CAP_SECONDS = 300.0


class Throttle:
    def __init__(self, folder: Path, clock=time.time):
        self.path = folder / THROTTLE_FILE
        self.clock = clock

    def _state(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text())
            return int(data["failures"]), float(data["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def delay_after(self, failures: int) -> float:
        return 0.0 if failures == 0 else min(CAP_SECONDS, BASE_SECONDS * 2 ** (failures - 1))

    def wait_seconds(self) -> float:
        """How long the next attempt must still wait."""
        failures, last = self._state()
        return max(0.0, last + self.delay_after(failures) - self.clock())

    def failed(self) -> None:
        failures, _ = self._state()
        atomic_write(self.path, json.dumps({"failures": failures + 1, "last": self.clock()}).encode())

    def succeeded(self) -> None:
        self.path.unlink(missing_ok=True)
