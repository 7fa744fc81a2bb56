"""Easy language's pictures on screen: a life domain's pictogram and the 1-10 row of boxes,
painted from the same pure description the PDF draws (exports.pictograms)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from exports import pictograms

INK = QColor("#1f2a44")
ACCENT = QColor("#2f7d6d")
SOFT = QColor("#d7ece6")
BOX_PT = 15  # the numbers in the boxes: easy language's larger type


class Pictogram(QWidget):
    """One life domain's pictogram, `size` pixels square; an image, so named for screen readers."""

    def __init__(self, domain: str | None, name: str, size: int = 56, parent: QWidget | None = None):
        super().__init__(parent)
        self.shapes = pictograms.pictogram(domain)
        self.setFixedSize(size, size)
        self.setAccessibleName(name)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        side = min(self.width(), self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, max(1.5, side / 18))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for shape in self.shapes:
            painter.setBrush(INK if shape.filled else Qt.BrushStyle.NoBrush)
            p = [v * side for v in shape.points]
            if shape.kind == "circle":
                painter.drawEllipse(QPointF(p[0], p[1]), p[2], p[2])
            elif shape.kind == "rect":
                painter.drawRect(QRectF(*p))
            else:
                points = QPolygonF([QPointF(p[i], p[i + 1]) for i in range(0, len(p), 2)])
                if shape.kind == "poly":
                    painter.drawPolygon(points)
                else:
                    painter.drawPolyline(points)
        painter.end()


class ScaleBoxes(QWidget):
    """Ten numbered boxes: her way from start to target shaded, the start and target boxed
    thick and named underneath (`words` start, now, target in her language)."""

    def __init__(self, start: int | None, target: int | None, words: dict[str, str], summary: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes = pictograms.scale_boxes(start, target)
        self.words = words
        self.setAccessibleName(summary)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(10 * 36)
        self.setFixedHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        small = QFont(self.font())
        small.setPointSize(BOX_PT - 2)
        return QSize(10 * 56, 56 + QFontMetrics(small).height() + 10)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        cell = min(self.width() / 10, 56.0)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setPointSize(BOX_PT)
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSize(BOX_PT - 2)
        for box in self.boxes:
            rect = QRectF((box.number - 1) * cell + 3, 3, cell - 6, cell - 6)
            painter.setPen(QPen(INK, 4 if box.start or box.target else 1))
            painter.setBrush(ACCENT if box.now else (SOFT if box.way else QColor("white")))
            painter.drawRect(rect)
            painter.setFont(bold)
            painter.setPen(QColor("white") if box.now else INK)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(box.number))
            label = pictograms.box_label(box, self.words)
            if label:
                painter.setFont(small)
                painter.setPen(INK)
                below = QRectF(rect.left() - cell, cell, cell * 3, QFontMetrics(small).height() + 6)
                painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        painter.end()
