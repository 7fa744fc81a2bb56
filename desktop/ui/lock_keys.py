"""F12, Ctrl+L and Ctrl+Q from every Koers window, not only the main one.

The main window's menu actions own these shortcuts, but Qt does not fire them while another
window is active: co-sign mode (full screen, application-modal) or any modal dialog. Those
keys then arrive as ordinary key presses; this filter on the application catches them. When
the main window is active its action fires and the key press never arrives, so nothing runs twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication


class LockKeys(QObject):
    """`keys` maps a key sequence ("F12") to what it does; install once per application."""

    def __init__(self, keys: dict[str, Callable[[], None]], parent: QObject | None = None):
        super().__init__(parent)
        self._keys = [(QKeySequence(text), action) for text, action in keys.items()]
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        for sequence, action in self._keys:
            if pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                action()
                return True
        return False


__all__ = ["LockKeys"]
