"""A radar chart of one assessment against the previous one, painted with QPainter.

The current assessment is filled, the previous one outlined (dashed). Unscored domains
are left out of the shape rather than drawn at zero: 'not scored' is not 'level 0'.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

CURRENT = QColor("#2f6f6a")
PREVIOUS = QColor("#b0662b")
GRID = QColor("#c9cfc7")


class RadarChart(QWidget):
    """`set_data(labels, current, previous)`; values 1..maximum or None per axis."""

    def __init__(self, maximum: int = 5, parent: QWidget | None = None):
        super().__init__(parent)
        self.maximum = maximum
        self.labels: list[str] = []
        self.current: list[int | None] = []
        self.previous: list[int | None] | None = None
        self.legend = (self.tr("Deze meting"), self.tr("Vorige meting"))
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Radargrafiek van de zelfredzaamheid"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(300, 300)  # modest: in a scroll area the hint is what the tab asks for

    def set_data(self, labels: list[str], current: list[int | None],
                 previous: list[int | None] | None = None) -> None:
        self.labels, self.current, self.previous = list(labels), list(current), previous
        self.setAccessibleDescription("; ".join(
            f"{name}: {'–' if value is None else value}" for name, value in zip(labels, current)))
        self.update()

    # --- geometry --------------------------------------------------------------------
    def _geometry(self) -> tuple[QPointF, float]:
        legend_height = self.fontMetrics().height() + 8
        # Labels sit beside the chart left and right, but only one line above and below it.
        # In a narrow panel the labels elide rather than squeeze the chart to a dot.
        across = min(self.fontMetrics().horizontalAdvance("Sociaal netwerk") + 24, self.width() * 0.24)
        down = self.fontMetrics().height() * 1.6
        side = min(self.width() - 2 * across, self.height() - 2 * down - legend_height)
        centre = QPointF(self.width() / 2, (self.height() - legend_height) / 2)
        return centre, max(20.0, side / 2)

    def _angle(self, index: int) -> float:
        return -math.pi / 2 + 2 * math.pi * index / max(1, len(self.labels))

    def _point(self, centre: QPointF, radius: float, index: int, value: float) -> QPointF:
        angle, r = self._angle(index), radius * value / self.maximum
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    def _shape(self, centre: QPointF, radius: float, values: list[int | None]) -> QPainterPath:
        path = QPainterPath()
        points = [self._point(centre, radius, i, v) for i, v in enumerate(values) if v is not None]
        if points:
            path.moveTo(points[0])
            for point in points[1:]:
                path.lineTo(point)
            path.closeSubpath()
        return path

    # --- painting --------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.labels:
            painter.end()
            return
        centre, radius = self._geometry()
        self._paint_grid(painter, centre, radius)
        if self.previous:
            painter.setPen(QPen(PREVIOUS, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._shape(centre, radius, self.previous))
        fill = QColor(CURRENT)
        fill.setAlpha(90)
        painter.setPen(QPen(CURRENT, 2))
        painter.setBrush(fill)
        painter.drawPath(self._shape(centre, radius, self.current))
        painter.setBrush(CURRENT)
        for i, value in enumerate(self.current):
            if value is not None:
                painter.drawEllipse(self._point(centre, radius, i, value), 3, 3)
        self._paint_labels(painter, centre, radius)
        self._paint_legend(painter)
        painter.end()

    def _paint_grid(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        painter.setPen(QPen(GRID, 1))
        count = len(self.labels)
        for ring in range(1, self.maximum + 1):
            points = [self._point(centre, radius, i, ring) for i in range(count)]
            for a, b in zip(points, points[1:] + points[:1]):
                painter.drawLine(a, b)
        for i in range(count):
            painter.drawLine(centre, self._point(centre, radius, i, self.maximum))
        painter.setPen(QColor("#7d8a86"))
        for ring in range(1, self.maximum + 1):
            at = self._point(centre, radius, 0, ring)
            painter.drawText(QPointF(at.x() + 3, at.y() + 4), str(ring))

    def _paint_labels(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        metrics = QFontMetrics(painter.font())
        width = metrics.horizontalAdvance("Maatschappelijk") * 0.75 * 2 - 4
        painter.setPen(QColor("#1f2a2e"))
        for i, label in enumerate(self.labels):
            anchor = self._point(centre, radius + 10, i, self.maximum)
            cos = math.cos(self._angle(i))
            room = width if abs(cos) < 0.05 else (self.width() - anchor.x() - 2 if cos > 0 else anchor.x() - 2)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(max(room, 10)))
            box = QRectF(0, 0, max(room, 10), metrics.height())
            if abs(cos) < 0.05:
                box.moveCenter(QPointF(anchor.x(), anchor.y() + (metrics.height() / 2 if anchor.y() > centre.y() else
                                                                  -metrics.height() / 2)))
                align = Qt.AlignmentFlag.AlignHCenter
            elif cos > 0:
                box.moveTopLeft(QPointF(anchor.x(), anchor.y() - metrics.height() / 2))
                align = Qt.AlignmentFlag.AlignLeft
            else:
                box.moveTopRight(QPointF(anchor.x(), anchor.y() - metrics.height() / 2))
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), text)

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = painter.fontMetrics()
        y = self.height() - metrics.height() / 2 - 4
        x = 8.0
        entries = [(self.legend[0], CURRENT, Qt.PenStyle.SolidLine)]
        if self.previous:
            entries.append((self.legend[1], PREVIOUS, Qt.PenStyle.DashLine))
        for text, colour, style in entries:
            painter.setPen(QPen(colour, 3, style))
            painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
            painter.setPen(QColor("#1f2a2e"))
            painter.drawText(QPointF(x + 28, y + metrics.ascent() / 2 - 1), text)
            x += 44 + metrics.horizontalAdvance(text)
