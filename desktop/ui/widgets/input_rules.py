"""Input rules that hold in every screen, installed once on the application.

- The mouse wheel changes a combo box, spin box, date field or slider only while it has focus;
  otherwise the wheel scrolls the form under it (a value must never change by scrolling past).
- A click into a date field selects the day, month or year under the pointer, so typed digits
  replace it (Qt leaves the cursor inside a full section, where digits are refused).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QDateTimeEdit, QScrollBar, QWidget,
)

VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QAbstractSlider)
_WHEEL, _POLISH, _RELEASE = QEvent.Type.Wheel, QEvent.Type.Polish, QEvent.Type.MouseButtonRelease


def _holds_a_value(obj: QObject) -> bool:
    return isinstance(obj, VALUE_WIDGETS) and not isinstance(obj, QScrollBar)


class InputRules(QObject):
    """The application's event filter for the rules above."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == _WHEEL:
            if _holds_a_value(obj) and not obj.hasFocus():
                event.ignore()
                return True  # handled but ignored: Qt offers the wheel to the parent (the scroll area)
        elif kind == _POLISH:
            if _holds_a_value(obj) and obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # nor may the wheel give them focus
        elif kind == _RELEASE:
            edit = obj.parent() if isinstance(obj, QWidget) else None
            if isinstance(edit, QDateTimeEdit) and not edit.lineEdit().hasSelectedText():
                edit.setSelectedSection(edit.currentSection())
        return False


def install_input_rules(app: QApplication) -> InputRules:
    """Install the rules once; later calls return the installed filter."""
    found = app.findChild(InputRules)
    if found is None:
        found = InputRules(app)
        app.installEventFilter(found)
    return found


__all__ = ["InputRules", "install_input_rules"]
