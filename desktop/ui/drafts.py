"""Autosave of unsaved form state into the vault, so a dead laptop loses seconds, not a visit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop.vault import Vault


class DraftAutosaver(QObject):
    """Call `touched()` on every edit: the form's JSON is saved at most `interval_s` later.

    `dump` returns the JSON of the partly filled form; `saved()` drops the draft after a
    real save; `flush()` writes a pending draft now (before locking).
    """

    def __init__(self, vault: Vault, key: str, dump: Callable[[], str], interval_s: float,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._vault, self.key, self._dump = vault, key, dump
        self._timer = QTimer(self, singleShot=True, interval=int(interval_s * 1000))
        self._timer.timeout.connect(self.flush)
        self._pending = False

    def touched(self) -> None:
        self._pending = True
        if not self._timer.isActive():  # not restarted on every key: typing cannot postpone it
            self._timer.start()

    def flush(self) -> None:
        if self._pending:
            self._pending = False
            self._vault.save_draft(self.key, self._dump())

    def saved(self) -> None:
        self._timer.stop()
        self._pending = False
        self._vault.discard_draft(self.key)

    def stored(self) -> str | None:
        """The draft the vault holds for this form, if any."""
        return next((body for key, _at, body in self._vault.drafts() if key == self.key), None)
