"""Vector drawings for the trajectplan PDF: the 1-10 goal bar, the profile radar, drawn signatures.

Each function returns a reportlab `Drawing` that platypus places like an image; text inside
uses the font name passed in, so every script renders.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import cos, pi, sin

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Polygon, Rect, String
from reportlab.lib import colors

from exports import pictograms
from exports.pdf_fonts import FONT, font_for
from forms import Point

INK = colors.HexColor("#1f2a44")
ACCENT = colors.HexColor("#2f7d6d")
SOFT = colors.HexColor("#d7ece6")
GRID = colors.HexColor("#b8bfcc")
PREVIOUS = colors.HexColor("#8a6bb0")
SIGNATURE_INK = colors.HexColor("#14215c")


def _drawing(width: float, height: float, font: str) -> Drawing:
    """A drawing whose default font is ours, so the renderer never references Helvetica."""
    return Drawing(width, height, initialFontName=font)


def scale_bar(start: int | None, target: int | None, current: int | None, font: str,
              width: float = 300, height: float = 34) -> Drawing:
    """The 1-10 scale: a soft band from start to target, a line to where she is now, markers."""
    d = _drawing(width, height, font)
    left, cell = 6.0, (width - 12) / 10
    track_y = height - 12

    def x_of(score: float) -> float:
        return left + (score - 0.5) * cell

    d.add(Rect(left, track_y - 4, cell * 10, 8, fillColor=colors.white, strokeColor=GRID, strokeWidth=0.6))
    if start and target:
        low, high = sorted((start, target))
        d.add(Rect(x_of(low), track_y - 4, x_of(high) - x_of(low), 8, fillColor=SOFT, strokeColor=None))
    if start and current:
        low, high = sorted((start, current))
        d.add(Rect(x_of(low), track_y - 2, x_of(high) - x_of(low), 4, fillColor=ACCENT, strokeColor=None))
    for n in range(1, 11):
        d.add(String(x_of(n), 2, str(n), fontName=font, fontSize=8, fillColor=INK, textAnchor="middle"))
    if start:
        d.add(Circle(x_of(start), track_y, 5, fillColor=colors.white, strokeColor=ACCENT, strokeWidth=1.5))
    if target:
        d.add(_diamond(x_of(target), track_y, 6.5))
    if current:
        d.add(Circle(x_of(current), track_y, 4.5, fillColor=ACCENT, strokeColor=INK, strokeWidth=0.8))
    return d


def _diamond(x: float, y: float, r: float) -> Polygon:
    return Polygon([x, y + r, x + r, y, x, y - r, x - r, y], fillColor=INK, strokeColor=None)


def radar(labels: Sequence[str], latest: Sequence[int | None], previous: Sequence[int | None] | None,
          font: str, levels: int = 5, width: float = 440, height: float = 300) -> Drawing:
    """A radar of levels 1..`levels` per domain; `previous` dotted. Unscored domains are skipped."""
    d = _drawing(width, height, font)
    cx, cy, radius = width / 2, height / 2, min(width / 2 - 95, height / 2 - 22)
    n = len(labels)
    angles = [pi / 2 - 2 * pi * i / n for i in range(n)]

    def point(i: int, level: float) -> tuple[float, float]:
        return cx + cos(angles[i]) * radius * level / levels, cy + sin(angles[i]) * radius * level / levels

    for level in range(1, levels + 1):
        ring = [c for i in range(n) for c in point(i, level)]
        d.add(Polygon(ring, fillColor=None, strokeColor=GRID, strokeWidth=0.5))
        d.add(String(cx + 2, cy + radius * level / levels + 1, str(level), fontName=font, fontSize=6.5,
                     fillColor=GRID))
    for i, label in enumerate(labels):
        d.add(Line(cx, cy, *point(i, levels), strokeColor=GRID, strokeWidth=0.5))
        lx, ly = point(i, levels + 0.35)
        anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
        d.add(String(lx, ly - 3, label, fontName=font_for(label), fontSize=7.5, fillColor=INK, textAnchor=anchor))
    if previous is not None:
        d.add(_profile(previous, point, PREVIOUS, dashed=True))
    d.add(_profile(latest, point, ACCENT, dashed=False))
    return d


def _profile(scores: Sequence[int | None], point, color, dashed: bool) -> PolyLine:
    coords = [c for i, s in enumerate(scores) if s is not None for c in point(i, s)]
    coords += coords[:2]  # close the shape
    return PolyLine(coords, strokeColor=color, strokeWidth=1.8 if not dashed else 1.2,
                    strokeDashArray=[2, 2] if dashed else None)


def signature(strokes: Sequence[Sequence[Point]], font: str, width: float = 200, height: float = 70) -> Drawing:
    """Her drawn signature as vectors: pad coordinates (0..1, y down) scaled into the box,
    each segment as thick as the pen pressed."""
    d = _drawing(width, height, font)
    d.add(Line(0, 6, width, 6, strokeColor=GRID, strokeWidth=0.6))

    def at(p: Point) -> tuple[float, float]:
        return p.x * width, (1 - p.y) * height

    for stroke in strokes:
        if len(stroke) == 1:
            x, y = at(stroke[0])
            d.add(Circle(x, y, 0.6 + 1.2 * stroke[0].pressure, fillColor=SIGNATURE_INK, strokeColor=None))
            continue
        for level, run in _runs_by_pressure(stroke):
            d.add(PolyLine([c for p in run for c in at(p)], strokeColor=SIGNATURE_INK, strokeLineCap=1,
                           strokeLineJoin=1, strokeWidth=0.5 + 2.0 * level / PRESSURE_STEPS))
    return d


PRESSURE_STEPS = 8  # widths a reader can tell apart; one polyline per run keeps the PDF small and fast


def _runs_by_pressure(stroke: Sequence[Point]) -> list[tuple[int, list[Point]]]:
    """Split a stroke where the (stepped) pressure changes; neighbouring runs share a point."""
    runs: list[tuple[int, list[Point]]] = []
    for a, b in zip(stroke, stroke[1:]):
        level = round((a.pressure + b.pressure) / 2 * PRESSURE_STEPS)
        if runs and runs[-1][0] == level:
            runs[-1][1].append(b)
        else:
            runs.append((level, [a, b]))
    return runs


def pictogram(domain: str | None, size: float = 40) -> Drawing:
    """A life domain's pictogram (exports.pictograms), the same shapes the co-sign screen draws."""
    d = _drawing(size, size, FONT)
    stroke = max(1.2, size / 18)

    def at(x: float, y: float) -> tuple[float, float]:
        return x * size, (1 - y) * size  # the description's y runs down, reportlab's up

    for shape in pictograms.pictogram(domain):
        fill = INK if shape.filled else None
        ink = {"fillColor": fill, "strokeColor": INK, "strokeWidth": stroke, "strokeLineJoin": 1, "strokeLineCap": 1}
        p = shape.points
        if shape.kind == "circle":
            d.add(Circle(*at(p[0], p[1]), p[2] * size, **ink))
        elif shape.kind == "rect":
            d.add(Rect(*at(p[0], p[1] + p[3]), p[2] * size, p[3] * size, **ink))
        else:
            coords = [c for i in range(0, len(p), 2) for c in at(p[i], p[i + 1])]
            d.add(Polygon(coords, **ink) if shape.kind == "poly" else PolyLine(coords, **(ink | {"fillColor": None})))
    return d


def scale_boxes(start: int | None, target: int | None, now: int | None, words: dict[str, str],
                width: float = 420) -> Drawing:
    """Easy language's 1-10 scale: ten numbered boxes, her way from start to target shaded,
    where she is now filled, the target boxed thick; the marked boxes named underneath."""
    cell = width / 10
    d = _drawing(width, cell + 30, FONT)
    for box in pictograms.scale_boxes(start, target, now):
        x, y = (box.number - 1) * cell, 26
        fill = ACCENT if box.now else (SOFT if box.way else colors.white)
        d.add(Rect(x + 2, y, cell - 4, cell - 4, fillColor=fill, strokeColor=INK,
                   strokeWidth=3 if box.target or box.start else 0.8))
        number = str(box.number)
        d.add(String(x + cell / 2, y + cell / 2 - 7, number, fontName=font_for(number, bold=True), fontSize=14,
                     fillColor=colors.white if box.now else INK, textAnchor="middle"))
        label = pictograms.box_label(box, words)
        if label:
            d.add(String(x + cell / 2, 8, label, fontName=font_for(label), fontSize=10, fillColor=INK,
                         textAnchor="middle"))
    return d
