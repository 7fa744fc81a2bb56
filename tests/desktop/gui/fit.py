"""Does every text fit, and can every widget be reached? For the layout walk (test_layout_fits).

`problems(window)` measures each visible label, button, check box, combo box, group box, tab
and header section with the font it is drawn in (QFontMetrics, QTextDocument for rich text)
against the room the widget has, and finds widgets cut off by their parents: beyond the
window's edge, or in a scroll area that cannot scroll that way. Elided-by-design widgets
carry the property `elides` and are skipped.

`PseudoTranslator` makes every translatable string 40% longer (like Vorta's TRANS_SCALE), so
a layout that only just fits Dutch shows where a longer translation would be clipped.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QRect, Qt, QTranslator
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as QtGuiQt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractScrollArea, QAbstractSpinBox, QComboBox, QGroupBox, QHeaderView, QLabel,
    QLineEdit, QMenu, QScrollArea, QScrollBar, QSlider, QStyle, QStyleOptionComboBox, QTabBar, QWidget,
)

SLACK = 1  # a pixel of rounding


class PseudoTranslator(QTranslator):
    """Every string 40% longer: pseudo-words before the closing punctuation, markers kept."""

    FILLER = "ëüïàóé"

    def __init__(self, scale: float = 0.4, parent=None):
        super().__init__(parent)
        self.scale = scale

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt API
        return lengthen(source, self.scale, self.FILLER)


def lengthen(text: str, scale: float = 0.4, filler: str = PseudoTranslator.FILLER) -> str:
    """`text` with pseudo-words added; a shortcut after a tab and closing punctuation stay last."""
    if not text or not text.strip():
        return text
    head, tab, tail = text.partition("\t")
    body, end = re.match(r"(.*?)([\s:.…?!)]*)$", head, re.S).groups()
    extra = math.ceil(len(body.replace("&", "")) * scale)
    words, left = [], extra
    while left > 0:  # pseudo-words of at most six letters, so word wrap still has places to break
        size = min(6, max(1, left - 1))
        words.append((filler * 2)[:size])
        left -= size + 1
    return body + " " + " ".join(words) + end + tab + tail


# --- measuring text --------------------------------------------------------------------------
def _shown(text: str) -> str:
    """The text as drawn: '&&' is an ampersand, a single '&' marks the shortcut letter."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    room.adjust(label.margin(), label.margin(), -label.margin(), -label.margin())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGuiQt.mightBeRichText(text))
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(room.width())
        need_w, need_h = math.ceil(document.idealWidth()), math.ceil(document.size().height())
    else:
        metrics = label.fontMetrics()
        plain = _shown(text) if label.buddy() is not None else text
        if label.wordWrap():
            box = metrics.boundingRect(QRect(0, 0, room.width(), 100_000), int(Qt.TextFlag.TextWordWrap), plain)
            need_w, need_h = box.width(), box.height()
        else:
            need_w, need_h = _width(metrics, plain), metrics.lineSpacing() * (plain.count("\n") + 1) - metrics.leading()
    if need_w > room.width() + SLACK or need_h > room.height() + SLACK:
        return f"needs {need_w}×{need_h}, has {room.width()}×{room.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    need = button.sizeHint()
    if need.width() > button.width() + SLACK or need.height() > button.height() + SLACK:
        return f"needs {need.width()}×{need.height()}, has {button.width()}×{button.height()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    if not combo.currentText() or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    return f"needs {need}, has {field.width()}" if need > field.width() + SLACK else None


def _group_problem(box: QGroupBox) -> str | None:
    font = QFont(box.font())
    font.setBold(True)  # the title may be drawn bold; measure the wider one
    need = QFontMetrics(font).horizontalAdvance(_shown(box.title())) + 16
    return f"title needs {need}, has {box.width()}" if box.title() and need > box.width() else None


def _tab_problems(bar: QTabBar, may_scroll: bool = False) -> list[str]:
    found = []
    for index in range(bar.count()):
        rect, text = bar.tabRect(index), _shown(bar.tabText(index))
        if not bar.rect().contains(rect) and not (may_scroll and bar.usesScrollButtons()):
            found.append(f"tab '{text}' is outside the tab bar ({rect.x()}..{rect.right()} of {bar.width()})")
        font = QFont(bar.font())
        if index == bar.currentIndex():
            font.setWeight(QFont.Weight.DemiBold)  # QTabBar::tab:selected in the style sheet
        need = QFontMetrics(font).horizontalAdvance(text) + 16  # its padding in style.py
        if need > rect.width() + SLACK:
            found.append(f"tab '{text}' needs {need}, has {rect.width()}")
    return found


def _header_problems(header: QHeaderView) -> list[str]:
    """Each section's text against the box style.py's QHeaderView::section rules draw it in.

    (Qt's sectionSizeHint() also keeps room for a sort arrow and margins that a style-sheet
    header never draws, so it would call text that fits too wide.)
    """
    model = header.model()
    if model is None:
        return []
    compact = bool(header.property("compact"))
    font = QFont(header.font())
    font.setWeight(QFont.Weight.Normal if compact else QFont.Weight.DemiBold)
    metrics = QFontMetrics(font)
    pad_x, pad_y = (4, 4) if compact else (12, 8)
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    found = []
    for section in range(header.count()):
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if header.isSectionHidden(section) or not text:
            continue
        text = str(text)
        need = (_width(metrics, text) + pad_x, metrics.height() * (text.count("\n") + 1) + pad_y + 1)
        have = (header.sectionSize(section), header.height()) if horizontal else (header.width(), header.sectionSize(section))
        if need[0] > have[0] + SLACK or need[1] > have[1] + SLACK:
            found.append(f"header {text!r} needs {need[0]}×{need[1]}, has {have[0]}×{have[1]}")
    return found


def text_problem(widget: QWidget, tabs_may_scroll: bool = False) -> list[str]:
    """Where `widget`'s own text does not fit its room."""
    if isinstance(widget, QLabel):
        found = [_label_problem(widget)]
    elif isinstance(widget, QAbstractButton):
        found = [_button_problem(widget)]
    elif isinstance(widget, QComboBox):
        found = [_combo_problem(widget)]
    elif isinstance(widget, QGroupBox):
        found = [_group_problem(widget)]
    elif isinstance(widget, QAbstractSpinBox):
        need = widget.minimumSizeHint().width()
        found = [f"needs {need}, has {widget.width()}" if need > widget.width() + SLACK else None]
    elif isinstance(widget, QTabBar):
        found = _tab_problems(widget, tabs_may_scroll)
    elif isinstance(widget, QHeaderView):
        found = _header_problems(widget)
    else:
        found = []
    return [f for f in found if f]


# --- reachability ----------------------------------------------------------------------------
def _scrolls(area: QAbstractScrollArea, horizontal: bool) -> bool:
    policy = area.horizontalScrollBarPolicy() if horizontal else area.verticalScrollBarPolicy()
    return policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def cut_off(widget: QWidget) -> str | None:
    """Where a part of `widget` lies outside a parent that shows it, and no scroll bar reaches it."""
    rect = QRect(0, 0, widget.width(), widget.height())
    if rect.isEmpty():
        return None  # nothing to reach (an empty header, a collapsed splitter side)
    child, parent = widget, widget.parentWidget()
    while parent is not None and not child.isWindow():
        rect.translate(child.pos())
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            # Inside a scroll area: reachable by scrolling where its scroll bars allow.
            outside = rect.united(parent.rect())
            if (outside.width() > parent.width() + SLACK and not _scrolls(area, True)) or (
                    outside.height() > parent.height() + SLACK and not _scrolls(area, False)):
                return f"beyond {type(area).__name__} '{area.accessibleName()}', which does not scroll that way"
            rect = QRect(0, 0, area.width(), area.height())
            child, parent = area, area.parentWidget()
            continue
        visible = rect.intersected(parent.rect())
        if visible.width() < rect.width() - SLACK or visible.height() < rect.height() - SLACK:
            return (f"cut off by {type(parent).__name__} {parent.objectName() or parent.accessibleName()!r}: "
                    f"shows {visible.width()}×{visible.height()} of {rect.width()}×{rect.height()}")
        child, parent = parent, parent.parentWidget()
    return None


def _idle_scroll_bar(area: QAbstractScrollArea) -> bool:
    """A scroll bar left showing with nothing to scroll (Qt keeps one after a resize now and then)."""
    bars = ((area.horizontalScrollBar(), area.horizontalScrollBarPolicy()),
            (area.verticalScrollBar(), area.verticalScrollBarPolicy()))
    return any(bar.isVisible() and bar.maximum() == bar.minimum() and policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOn
               for bar, policy in bars)


MEANINGFUL = (QLabel, QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractScrollArea, QSlider, QTabBar)


def _describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "currentText", "accessibleName"):
        value = getattr(widget, getter, None)
        if callable(value):
            text = value() or ""
            if text:
                break
    return f"{type(widget).__name__} {text[:50]!r}"


def problems(window: QWidget, tabs_may_scroll: bool = False) -> list[str]:
    """Every clipped text and cut-off widget in the visible `window`.

    `tabs_may_scroll`: tabs beyond a tab bar's edge count as reachable by its scroll arrows
    (for the pseudo-translation, whose seven dossier tabs cannot fit any laptop).
    """
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, (QScrollBar, QMenu)) or widget.property("elides"):
            continue
        if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), (QTabBar, QScrollArea)):
            continue  # the tab bar's own scroll arrows
        for line in text_problem(widget, tabs_may_scroll):
            found.append(f"{_describe(widget)}: {line}")
        if isinstance(widget, QAbstractScrollArea) and _idle_scroll_bar(widget):
            found.append(f"{_describe(widget)}: a scroll bar with nothing to scroll hides its bottom or edge")
        leaf = not widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        where = cut_off(widget) if leaf or isinstance(widget, MEANINGFUL) else None
        if where and not isinstance(widget.parentWidget(), QHeaderView):
            found.append(f"{_describe(widget)}: {where}")
    return found
