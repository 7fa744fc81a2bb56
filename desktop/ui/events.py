"""The vault's change broadcast as one Qt signal: the only place vault.subscribe is used."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.vault import Changes, Vault


class VaultEvents(QObject):
    """Emits `changed(Changes)` after every save; screens decide whether to refresh."""

    changed = Signal(object)

    def __init__(self, vault: Vault, parent: QObject | None = None):
        super().__init__(parent)
        self._vault = vault
        vault.subscribe(self._forward)

    def _forward(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def stop(self) -> None:
        """Unsubscribe and go: the session outlives many unlocks, and every screen connected
        to `changed` would otherwise stay in memory through this object's connections."""
        self._vault.unsubscribe(self._forward)
        self.deleteLater()
