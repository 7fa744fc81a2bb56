"""A pad to sign on with a mouse, a finger or a pen (pen pressure from tablet events).

Points are kept relative to the pad (0..1) so a signature drawn on a small laptop renders
the same on a large screen and in the PDF. Touch arrives as synthesized mouse events.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.flows.signing import MAX_STROKES, normalise_stroke
from forms import Point

MOUSE_PRESSURE = 0.5  # mouse and touch carry no pressure
INK = QColor("#10264a")


class SignaturePad(QWidget):
    """Collects strokes; `strokes()` gives them as forms.Point lists ready for a Signature."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._strokes: list[list[tuple[float, float, float]]] = []
        self._drawing = False
        self.setMinimumSize(360, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Handtekeningveld"))
        self.setAccessibleDescription(self.tr("Teken met muis, vinger of pen"))

    # --- data ------------------------------------------------------------------------
    def strokes(self) -> list[list[Point]]:
        """The drawn strokes, cleaned (clamped, thinned, capped); empty strokes dropped."""
        cleaned = (normalise_stroke(stroke) for stroke in self._strokes)
        return [stroke for stroke in cleaned if stroke][:MAX_STROKES]

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def undo_stroke(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self._drawing = False
            self.update()
            self.changed.emit()

    # --- input -----------------------------------------------------------------------
    def _relative(self, pos: QPointF, pressure: float) -> tuple[float, float, float]:
        return (pos.x() / max(1, self.width()), pos.y() / max(1, self.height()), pressure)

    def _begin(self, pos: QPointF, pressure: float) -> None:
        if len(self._strokes) >= MAX_STROKES:
            return
        self._strokes.append([self._relative(pos, pressure)])
        self._drawing = True
        self.update()

    def _extend(self, pos: QPointF, pressure: float) -> None:
        if self._drawing:
            self._strokes[-1].append(self._relative(pos, pressure))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt override
        pressure = max(0.0, min(1.0, event.pressure()))
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), pressure)
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._extend(event.position(), pressure)
            self._end()
        event.accept()  # accepted: Qt sends no duplicate mouse event for the pen

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), MOUSE_PRESSURE)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._extend(event.position(), MOUSE_PRESSURE)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), MOUSE_PRESSURE)
            self._end()

    # --- drawing ---------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#8a94a6"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = int(self.height() * 0.75)
        painter.setPen(QPen(QColor("#b8c0cc"), 2, Qt.PenStyle.DashLine))
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        painter.drawText(8, baseline - 6, "×")
        width, height = self.width(), self.height()
        # Pen width follows pressure, scaled with the pad so it looks the same at any size.
        scale = max(1.5, min(width, height) / 80)
        for stroke in self._strokes:
            if len(stroke) == 1:
                x, y, p = stroke[0]
                painter.setPen(QPen(INK, scale * (0.6 + 1.4 * p), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                painter.drawPoint(QPointF(x * width, y * height))
            for (x1, y1, _), (x2, y2, p) in zip(stroke, stroke[1:]):
                painter.setPen(QPen(INK, scale * (0.6 + 1.4 * p), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                painter.drawLine(QPointF(x1 * width, y1 * height), QPointF(x2 * width, y2 * height))
        painter.end()
