"""A 1-10 score control (start, target, current) that can also be 'not filled in'."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QSlider, QStyle, QStyleOptionSlider, QStylePainter, QToolButton, QWidget,
)

EMPTY = 0  # slider position meaning: no score yet; the user can only reach it by clearing


class ScoreTrack(QSlider):
    """The slider itself: a click on the track goes where you clicked; no handle while unset."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(EMPTY, 10)
        self.setPageStep(2)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.setTickInterval(1)
        self.actionTriggered.connect(self._keep_a_score)

    def _rects(self):
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        part = lambda sub: self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option, sub, self)  # noqa: E731
        return part(QStyle.SubControl.SC_SliderGroove), part(QStyle.SubControl.SC_SliderHandle)

    def value_at(self, x: float) -> int:
        """The score under x (widget pixels); 1 at the far left, never 'unset'."""
        groove, handle = self._rects()
        span = groove.width() - handle.width()
        return max(1, QStyle.sliderValueFromPosition(self.minimum(), self.maximum(),
                                                     round(x - groove.x() - handle.width() / 2), span))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        _groove, handle = self._rects()
        on_handle = handle.contains(event.position().toPoint()) and self.value() != EMPTY
        if event.button() == Qt.MouseButton.LeftButton and not on_handle:
            self.setSliderPosition(self.value_at(event.position().x()))  # then the press drags from there
        super().mousePressEvent(event)

    def _keep_a_score(self, _action) -> None:
        if self.sliderPosition() < 1:  # Left, Home or dragging to the edge stop at 1
            self.setSliderPosition(1)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.value() != EMPTY:
            super().paintEvent(event)
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_SliderGroove | QStyle.SubControl.SC_SliderTickmarks
        QStylePainter(self).drawComplexControl(QStyle.ComplexControl.CC_Slider, option)


class ScoreSlider(QWidget):
    """Slider 1-10 with the value shown in large digits; `value()` is None when not filled in.

    Keyboard: 1-9 and 0 (= 10) set the score, arrows/PageUp/PageDown/Home/End move it,
    Delete clears. Unset shows no handle and a dash ('niet ingevuld' to screen readers).
    """

    valueChanged = Signal(object)  # int | None  # noqa: N815 - Qt naming

    def __init__(self, label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._slider = ScoreTrack()
        self._slider.setMinimumWidth(140)
        self._shown = QLabel()
        self._unset_text = self.tr("niet ingevuld")
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

    def keyPressEvent(self, event) -> None:  # noqa: N802 - the slider passes on keys it does not use
        key, editable = event.key(), self._slider.isEnabled()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and editable:
            self.setValue(None)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and editable:
            self.setValue((key - Qt.Key.Key_0) or 10)
        else:
            super().keyPressEvent(event)

    def _moved(self, raw: int) -> None:
        text = self._unset_text if raw == EMPTY else f"{raw} / 10"
        self._shown.setText("–" if raw == EMPTY else text)  # a dash, and no handle on the track
        self._shown.setToolTip(text)
        self._slider.setToolTip(text)
        self._slider.setAccessibleDescription(text)
        self._clear.setEnabled(raw != EMPTY)
        self.valueChanged.emit(self.value())
