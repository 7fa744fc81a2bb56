"""Read-only pages: a dossier another worker owns, shown to her supervisor (the vault refuses
the save anyway, desktop.vault.owners.refuse_foreign; this keeps her from trying).

Every field becomes read-only and every button, box and check is disabled, except widgets
marked `setProperty("reading", True)` (choosing a plan version, a measurement, a step). Pages
enable their buttons again as their state changes; the guard disables them again, and looks
at widgets the page adds later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QScrollBar, QTextEdit,
    QWidget,
)

_TEXT = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
_CONTROLS = (QAbstractButton, QComboBox, QAbstractSlider)


class ReadOnlyGuard(QObject):
    """Keeps `page` read-only for as long as it lives."""

    def __init__(self, page: QWidget):
        super().__init__(page)
        self._page = page
        self._watched: set[int] = set()
        self._pending = False
        page.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        self._pending = False
        for widget in self._page.findChildren(QWidget):
            if widget.property("reading") or isinstance(widget, QScrollBar):
                continue
            if isinstance(widget, _TEXT):
                widget.setReadOnly(True)
            elif isinstance(widget, _CONTROLS):
                widget.setEnabled(False)
                if id(widget) not in self._watched:
                    self._watched.add(id(widget))
                    widget.installEventFilter(self)

    def _later(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.apply)  # dropped if the page (and this guard) goes first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if watched is self._page and kind in (QEvent.Type.ChildAdded, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._later()
        elif kind == QEvent.Type.EnabledChange and isinstance(watched, QWidget) and watched.isEnabled():
            watched.setEnabled(False)
        return False
