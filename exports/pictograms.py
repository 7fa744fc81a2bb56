"""Easy language's pictures (issue 16 §3), as pure descriptions drawn the same in app and PDF.

A pictogram per life domain is a few primitive shapes in a unit square (x right, y DOWN, as
on a screen); `exports.pdf_charts.pictogram` draws them with reportlab, the co-sign screen
with QPainter (desktop.ui.widgets.pictogram). The 1-10 scale in easy language is a row of
ten boxes with her start, where she is now and her target marked (`scale_boxes`).
No Qt and no reportlab here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Shape:
    """`kind` circle (cx, cy, r), rect (x, y, w, h), line or poly (x1, y1, x2, y2, ...; a poly
    closes), in unit-square coordinates; `filled` shapes are solid, others outlined."""

    kind: str
    points: tuple[float, ...]
    filled: bool = False


def _c(cx: float, cy: float, r: float, filled: bool = False) -> Shape:
    return Shape("circle", (cx, cy, r), filled)


def _r(x: float, y: float, w: float, h: float, filled: bool = False) -> Shape:
    return Shape("rect", (x, y, w, h), filled)


def _l(*points: float) -> Shape:
    return Shape("line", points)


def _p(*points: float, filled: bool = False) -> Shape:
    return Shape("poly", points, filled)


_RAYS = tuple(_l(0.5 + dx * 0.24, 0.5 + dy * 0.24, 0.5 + dx * 0.38, 0.5 + dy * 0.38)
              for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (0.71, 0.71), (-0.71, 0.71), (0.71, -0.71),
                             (-0.71, -0.71)))

PICTOGRAMS: dict[str, tuple[Shape, ...]] = {
    "huisvesting": (_p(0.12, 0.5, 0.5, 0.14, 0.88, 0.5), _r(0.24, 0.5, 0.52, 0.38),
                    _r(0.43, 0.64, 0.14, 0.24, filled=True)),
    "financien": (_c(0.5, 0.5, 0.36), _c(0.5, 0.5, 0.25), _l(0.5, 0.36, 0.5, 0.64)),
    "werk_dagbesteding": (_r(0.16, 0.36, 0.68, 0.46), _l(0.38, 0.36, 0.38, 0.24, 0.62, 0.24, 0.62, 0.36),
                          _l(0.16, 0.56, 0.84, 0.56)),
    "sociaal_netwerk": (_c(0.33, 0.34, 0.1, filled=True), _c(0.67, 0.34, 0.1, filled=True),
                        _p(0.15, 0.82, 0.19, 0.52, 0.47, 0.52, 0.51, 0.82),
                        _p(0.49, 0.82, 0.53, 0.52, 0.81, 0.52, 0.85, 0.82)),
    "psychische_gezondheid": (_p(0.5, 0.84, 0.16, 0.5, 0.16, 0.32, 0.3, 0.2, 0.5, 0.32, 0.7, 0.2, 0.84, 0.32,
                                 0.84, 0.5),),
    "lichamelijke_gezondheid": (_r(0.4, 0.18, 0.2, 0.64, filled=True), _r(0.18, 0.4, 0.64, 0.2, filled=True)),
    "middelengebruik": (_p(0.42, 0.12, 0.58, 0.12, 0.58, 0.34, 0.7, 0.46, 0.7, 0.88, 0.3, 0.88, 0.3, 0.46,
                           0.42, 0.34), _l(0.3, 0.62, 0.7, 0.62)),
    "veiligheid": (_p(0.5, 0.1, 0.84, 0.24, 0.8, 0.58, 0.5, 0.9, 0.2, 0.58, 0.16, 0.24),
                   _l(0.35, 0.5, 0.46, 0.62, 0.66, 0.38)),
    "juridisch": (_r(0.24, 0.1, 0.52, 0.8), *(_l(0.34, y, 0.66, y) for y in (0.3, 0.42, 0.54, 0.66))),
    "zingeving": (_c(0.5, 0.5, 0.16, filled=True), *_RAYS),
    "praktische_vaardigheden": (_r(0.16, 0.2, 0.18, 0.18), _r(0.16, 0.6, 0.18, 0.18),
                                _l(0.44, 0.29, 0.84, 0.29), _l(0.44, 0.69, 0.84, 0.69),
                                _l(0.19, 0.28, 0.25, 0.35, 0.36, 0.18)),
}
GENERAL = (_c(0.5, 0.5, 0.36), _c(0.5, 0.5, 0.22), _c(0.5, 0.5, 0.08, filled=True))  # a target


def pictogram(domain: str | None) -> tuple[Shape, ...]:
    """The shapes of a life domain's pictogram; a target for a goal without a known domain."""
    return PICTOGRAMS.get(domain or "", GENERAL)


@dataclass(frozen=True)
class Box:
    """One box of the 1-10 row: `way` lies between start and target; the marks say what it is."""

    number: int
    way: bool
    start: bool
    now: bool
    target: bool


def scale_boxes(start: int | None, target: int | None, now: int | None = None) -> list[Box]:
    """Ten boxes, 1 to 10, with her start, where she is now and her target marked."""
    low, high = sorted((start or 0, target or 0)) if start and target else (0, -1)
    return [Box(n, low <= n <= high, n == start, n == now, n == target) for n in range(1, 11)]


def box_label(box: Box, words: dict[str, str]) -> str:
    """The words under a marked box ('begin', 'nu', 'doel', joined when they share a box)."""
    return " · ".join(words[key] for key in ("start", "now", "target") if getattr(box, key))
