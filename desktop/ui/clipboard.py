"""The clipboard outlives a lock: a roepnaam or a line of her intake copied in Koers would still be
there for the next Ctrl+V, in any program. ClipboardGuard remembers what Koers put on the
clipboard (and on X11's selection) and clears it when the vault locks, if it is still there.
What another program put there is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ours: dict[QClipboard.Mode, str] = {}
        QGuiApplication.clipboard().changed.connect(self._changed)

    def _changed(self, mode: QClipboard.Mode) -> None:
        clipboard = QGuiApplication.clipboard()
        owned = {QClipboard.Mode.Clipboard: clipboard.ownsClipboard,
                 QClipboard.Mode.Selection: clipboard.ownsSelection}.get(mode, lambda: False)()
        # Where the platform cannot say who owns it, a change while Koers is the active program is Koers's.
        if owned or QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            self._ours[mode] = clipboard.text(mode)
        else:
            self._ours.pop(mode, None)

    def clear_ours(self) -> None:
        """Clear every clipboard that still holds what Koers put there."""
        clipboard = QGuiApplication.clipboard()
        for mode, text in self._ours.items():
            if text and clipboard.text(mode) == text:
                clipboard.clear(mode)
        self._ours.clear()
