"""One Koers per vault: a second launch on the same vault says so and brings the first forward.

A QLockFile in the vault folder marks the vault as open; the second launch writes into a
nudge file beside it, which the first one watches (QFileSystemWatcher: inotify and its
equivalents, no socket of any kind). A lock left by a crashed Koers is stale: its process is
gone, and the next launch takes it over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

from desktop.vault.paths import prepare_private_dir

LOCK_FILE = "koers-gui.lock"
NUDGE_FILE = "koers-gui.nudge"


class SingleInstance(QObject):
    """`acquire()` once at start; False means another Koers has the vault: call `nudge()`.

    The holder emits `raise_requested` whenever a later launch nudges it."""

    raise_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._folder = folder
        self._lock = QLockFile(str(folder / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # held all day: only a dead process makes it stale
        self._watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        prepare_private_dir(self._folder)
        if not self._lock.tryLock(0):
            return False
        nudge = self._folder / NUDGE_FILE
        nudge.touch(mode=0o600)
        nudge.write_text("")  # nudges of earlier days are not a request now
        self._watcher = QFileSystemWatcher([str(nudge)], self)
        self._watcher.fileChanged.connect(self._nudged)
        return True

    def _nudged(self, path: str) -> None:
        if path not in self._watcher.files():  # some editors replace the file: keep watching it
            self._watcher.addPath(path)
        self.raise_requested.emit()

    def nudge(self) -> None:
        """Ask the Koers holding this vault to come forward."""
        with open(self._folder / NUDGE_FILE, "a", encoding="ascii") as nudge:
            nudge.write("raise\n")

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        self._lock.unlock()


__all__ = ["SingleInstance"]
