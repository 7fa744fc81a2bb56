"""A 1-10 score control (start, target, current) that can also be 'not filled in'."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

EMPTY = 0  # slider position meaning: no score yet


class ScoreSlider(QWidget):
    """Slider 1-10 with the value shown in large digits; `value()` is None when not filled in.

    Keyboard: arrows/PageUp/PageDown/Home/End on the slider, Delete clears.
    """

    valueChanged = Signal(object)  # int | None  # noqa: N815 - Qt naming

    def __init__(self, label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._slider = QSlider(Qt.Orientation.Horizontal)
        self._slider.setRange(EMPTY, 10)
        self._slider.setPageStep(2)
        self._slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._slider.setTickInterval(1)
        self._slider.setMinimumWidth(140)
        self._shown = QLabel()
        self._shown.setMinimumWidth(self.fontMetrics().horizontalAdvance("10 / 10") + 8)
        self._shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._clear = QToolButton()
        self._clear.setText("×")
        self._clear.setToolTip(self.tr("Score leegmaken (Delete)"))
        self._clear.setAccessibleName(self.tr("Score leegmaken"))
        self._clear.clicked.connect(lambda: self.setValue(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._slider, 1)
        layout.addWidget(self._shown)
        layout.addWidget(self._clear)
        self.setFocusProxy(self._slider)
        self.setAccessibleName(label)
        self._slider.setAccessibleName(label)
        self._slider.valueChanged.connect(self._moved)
        self._moved(EMPTY)

    def value(self) -> int | None:
        raw = self._slider.value()
        return None if raw == EMPTY else raw

    def setValue(self, value: int | None) -> None:  # noqa: N802 - Qt naming
        self._slider.setValue(EMPTY if value is None else max(1, min(10, int(value))))

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        self._slider.setEnabled(not read_only)
        self._clear.setVisible(not read_only)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(None)
        else:
            super().keyPressEvent(event)

    def _moved(self, raw: int) -> None:
        text = "–" if raw == EMPTY else f"{raw} / 10"
        self._shown.setText(text)
        self._slider.setAccessibleDescription(self.tr("niet ingevuld") if raw == EMPTY else text)
        self._clear.setEnabled(raw != EMPTY)
        self.valueChanged.emit(self.value())
