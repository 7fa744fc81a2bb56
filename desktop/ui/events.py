"""The vault's change broadcast as one Qt signal: the only place vault.subscribe is used."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal

from desktop.vault import Changes, Vault


class VaultEvents(QObject):
    """Emits `changed(Changes)` on the UI thread after every save; screens decide whether to refresh.

    A save on a background job's own connection (desktop.ui.worker) is announced from that
    thread: it is queued to the UI thread here, and dropped once `stop()` ran (after locking).
    """

    changed = Signal(object)
    _from_thread = Signal(object)

    def __init__(self, vault: Vault, parent: QObject | None = None):
        super().__init__(parent)
        self._vault = vault
        self._stopped = False
        self._from_thread.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        vault.subscribe(self._forward)

    def _forward(self, changes: Changes) -> None:
        if threading.current_thread() is threading.main_thread():  # where the screens live
            self._deliver(changes)
        else:
            self._from_thread.emit(changes)

    def _deliver(self, changes: Changes) -> None:
        if not self._stopped:
            self.changed.emit(changes)

    def stop(self) -> None:
        """Unsubscribe and go: the session outlives many unlocks, and every screen connected
        to `changed` would otherwise stay in memory through this object's connections."""
        self._stopped = True
        self._vault.unsubscribe(self._forward)
        self.deleteLater()
