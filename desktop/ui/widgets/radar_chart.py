"""A radar chart of one assessment against the previous one, painted with QPainter.

The current assessment is filled, the previous one outlined (dashed). Unscored domains
are left out of the shape rather than drawn at zero: 'not scored' is not 'level 0'.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_RADIUS = 70  # below this the shape is unreadable: the labels elide instead
CURRENT = QColor("#2f6f6a")
PREVIOUS = QColor("#b0662b")
GRID = QColor("#c9cfc7")


def _two_lines(label: str, metrics: QFontMetrics) -> tuple[list[str], int]:
    """The label over at most two lines, split where it is narrowest, and that width."""
    words = label.split()
    splits = [[label]] + [[" ".join(words[:n]), " ".join(words[n:])] for n in range(1, len(words))]
    widths = [max(metrics.horizontalAdvance(line) for line in lines) for lines in splits]
    best = min(range(len(splits)), key=widths.__getitem__)
    return splits[best], widths[best]


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
    def label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() - 1.5))
        return font

    def _geometry(self) -> tuple[QPointF, float]:
        """The centre, and the largest radius at which every label fits on one or two lines.

        Where no radius leaves the labels their room (a narrow panel), the chart keeps a
        readable size and the labels elide rather than squeeze it to a dot.
        """
        metrics = QFontMetrics(self.label_font())
        legend_height = QFontMetrics(self.label_font()).height() + 8
        centre = QPointF(self.width() / 2, (self.height() - legend_height) / 2)
        tallest = int(min(centre.y() - 2 * metrics.height() - 12, self.width() / 2 - 12))
        smallest = min(MIN_RADIUS, tallest)
        needs = [_two_lines(label, metrics)[1] for label in self.labels]
        for radius in range(tallest, smallest - 1, -2):
            if all(self._room(centre, radius, i) >= need for i, need in enumerate(needs)):
                return centre, float(radius)
        return centre, float(max(20, smallest))

    def radius(self) -> float:
        """The chart's radius at its present size."""
        return self._geometry()[1]

    def _room(self, centre: QPointF, radius: float, index: int) -> float:
        """How wide the label of axis `index` may be: to the edge beside it, or across above and below."""
        anchor = self._point(centre, radius + 10, index, self.maximum)
        cos = math.cos(self._angle(index))
        if abs(cos) < 0.05:
            return 2 * min(anchor.x(), self.width() - anchor.x()) - 4
        return self.width() - anchor.x() - 2 if cos > 0 else anchor.x() - 2

    def label_texts(self) -> list[str]:
        """Each label as drawn at the present size: whole, over two lines, or elided."""
        metrics = QFontMetrics(self.label_font())
        centre, radius = self._geometry()
        shown = []
        for i, label in enumerate(self.labels):
            room = int(max(self._room(centre, radius, i), 10))
            lines = [label] if metrics.horizontalAdvance(label) <= room else _two_lines(label, metrics)[0]
            shown.append("\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines))
        return shown

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
        painter.setFont(self.label_font())
        metrics = QFontMetrics(painter.font())
        painter.setPen(QColor("#1f2a2e"))
        for i, text in enumerate(self.label_texts()):
            anchor = self._point(centre, radius + 10, i, self.maximum)
            cos = math.cos(self._angle(i))
            room = max(self._room(centre, radius, i), 10)
            box = QRectF(0, 0, room, metrics.height() * (text.count("\n") + 1))
            if abs(cos) < 0.05:
                box.moveCenter(QPointF(anchor.x(), anchor.y() + (box.height() / 2 if anchor.y() > centre.y() else
                                                                  -box.height() / 2)))
                align = Qt.AlignmentFlag.AlignHCenter
            else:
                top = self._label_top(i, anchor.y(), box.height(), metrics.height())
                if cos > 0:
                    box.moveTopLeft(QPointF(anchor.x(), top))
                    align = Qt.AlignmentFlag.AlignLeft
                else:
                    box.moveTopRight(QPointF(anchor.x(), top))
                    align = Qt.AlignmentFlag.AlignRight
            painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), text)
        painter.setFont(self.font())

    def _label_top(self, index: int, y: float, height: float, line: float) -> float:
        """A second line grows where it meets no neighbour: outward near the top and bottom,
        toward the middle on the slopes, evenly beside the chart."""
        sin = math.sin(self._angle(index))
        if abs(sin) > 0.85:
            return y - line / 2 - (height - line if sin < 0 else 0)
        if abs(sin) > 0.5:
            return y - line / 2 - (height - line if sin > 0 else 0)
        return y - height / 2

    def _paint_legend(self, painter: QPainter) -> None:
        painter.setFont(self.label_font())  # the labels' size: both entries fit a narrow panel
        metrics = painter.fontMetrics()
        y = self.height() - metrics.height() / 2 - 4
        x = 8.0
        entries = [(self.legend[0], CURRENT, Qt.PenStyle.SolidLine)]
        if self.previous:
            entries.append((self.legend[1], PREVIOUS, Qt.PenStyle.DashLine))
        for text, colour, style in entries:
            painter.setPen(QPen(colour, 3, style))
            painter.drawLine(QPointF(x, y), QPointF(x + 18, y))
            painter.setPen(QColor("#1f2a2e"))
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(self.width() - x - 26))
            painter.drawText(QPointF(x + 24, y + metrics.ascent() / 2 - 1), shown)
            x += 36 + metrics.horizontalAdvance(text)
        painter.setFont(self.font())
