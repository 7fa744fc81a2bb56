"""The zelfredzaamheidsmatrix as a domain × level grid: click (or Space) scores a cell.

Rows are the instrument's domains, columns its five levels. The chosen level is filled
in the level's colour; the previous assessment's level is marked, so change is visible
while scoring. Keyboard: arrows move, Space/Enter scores, Delete makes a row 'not scored'.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

LEVEL_COLOURS = {1: "#e07a6f", 2: "#eeaa62", 3: "#f1d77a", 4: "#a9d39b", 5: "#6fbf7f"}


def wrap_words(text: str, width: int, metrics: QFontMetrics) -> list[str]:
    """`text` in lines no wider than `width`; a word too long breaks after a hyphen, else gets one."""
    words = [part for word in text.split() for part in _at_hyphens(word)]
    lines: list[str] = []
    for word in words:
        joined = f"{lines[-1]}{'' if lines and lines[-1].endswith('-') else ' '}{word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
            continue
        while metrics.horizontalAdvance(word) > width and len(word) > 7:
            cut = next((n for n in range(len(word) - 4, 3, -1)  # four letters at least on either side
                        if metrics.horizontalAdvance(word[:n] + "-") <= width), 4)
            lines.append(word[:cut] + "-")
            word = word[cut:]
        lines.append(word)
    return lines


def _at_hyphens(word: str) -> list[str]:
    parts = word.split("-")
    return [part + "-" for part in parts[:-1]] + [parts[-1]]


def level_colour(level: int, strong: bool = True) -> QColor:
    colour = QColor(LEVEL_COLOURS[level])
    if not strong:
        colour.setAlpha(45)
    return colour


class MatrixGrid(QTableWidget):
    """Shows one assessment's levels for an instrument; emits `scored(domain_id, level|None)`."""

    scored = Signal(str, object)
    focused = Signal(str, int)  # the cell under the keyboard or the last click

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.domain_ids: list[str] = []
        self.levels: dict[str, int | None] = {}
        self.previous: dict[str, int | None] = {}
        self.read_only = False
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.level_names: list[tuple[int, str]] = []
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setProperty("compact", True)  # normal weight, little padding (style.py)
        small = QFont(self.font())
        small.setPointSizeF(max(8.0, small.pointSizeF() - 2))
        header.setFont(small)
        self.verticalHeader().setProperty("compact", True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 9)  # 13 rows fit 768 px
        self.setAccessibleName(self.tr("Zelfredzaamheidsmatrix: domein per rij, niveau per kolom"))
        self.cellClicked.connect(self._clicked)
        self.currentCellChanged.connect(lambda row, col, *_: self._announce(row, col))

    def set_instrument(self, domains: list[tuple[str, str]], levels: list[tuple[int, str]]) -> None:
        """Domains as (id, name) in order; levels as (1..5, name)."""
        self.domain_ids = [d for d, _ in domains]
        self.setRowCount(len(domains))
        self.setColumnCount(len(levels))
        self.setVerticalHeaderLabels([name for _, name in domains])
        # Qt's own width keeps room for a sort arrow the grid never shows: the levels need it more.
        widest = max((self.verticalHeader().fontMetrics().horizontalAdvance(name) for _, name in domains), default=0)
        self.verticalHeader().setFixedWidth(widest + 12)
        self.level_names = list(levels)
        self._wrapped_at = -1
        self._wrap_levels()
        for row in range(len(domains)):
            for col in range(len(levels)):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, col, item)
        self._refresh()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override: the columns may have a new width
        super().updateGeometries()
        self._wrap_levels()

    def _wrap_levels(self) -> None:
        """Level names wrapped to the narrowest column: headers do not wrap by themselves."""
        header = self.horizontalHeader()
        widths = [header.sectionSize(col) for col in range(len(self.level_names))]
        if not widths or min(widths) == self._wrapped_at:
            return
        self._wrapped_at = min(widths)
        metrics = QFontMetrics(header.font())
        room = self._wrapped_at - 4  # the section's padding (style.py)
        self.setHorizontalHeaderLabels(["\n".join([str(level), *wrap_words(name, room, metrics)])
                                        for level, name in self.level_names])

    def set_levels(self, levels: dict[str, int | None], previous: dict[str, int | None] | None = None) -> None:
        self.levels = dict(levels)
        self.previous = dict(previous or {})
        self._refresh()

    def set_criteria(self, texts: dict[tuple[str, int], str]) -> None:
        """Tooltips: the criterion text of every cell."""
        for row, domain_id in enumerate(self.domain_ids):
            for col in range(self.columnCount()):
                self.item(row, col).setToolTip(texts.get((domain_id, col + 1), ""))

    def score(self, domain_id: str, level: int | None) -> None:
        """Score one domain as if clicked (None: not scored)."""
        if self.read_only or domain_id not in self.domain_ids:
            return
        self.levels[domain_id] = level
        self._refresh()
        self.scored.emit(domain_id, level)

    # --- drawing the state -------------------------------------------------------------
    def _refresh(self) -> None:
        marker = self.tr("vorige")
        for row, domain_id in enumerate(self.domain_ids):
            chosen, before = self.levels.get(domain_id), self.previous.get(domain_id)
            for col in range(self.columnCount()):
                level = col + 1
                item = self.item(row, col)
                if item is None:
                    continue
                parts = ["✓"] if chosen == level else []
                if before == level:
                    parts.append("◦" if parts else f"◦ {marker}")  # both fit a narrow column
                item.setText(" ".join(parts))
                item.setBackground(level_colour(level, strong=chosen == level))
                font = item.font()
                font.setBold(chosen == level)
                item.setFont(font)
                header = self.verticalHeaderItem(row)
                name = header.text() if header else domain_id
                state = self.tr("gekozen") if chosen == level else ""
                level_word = self.tr("niveau")  # lupdate does not look inside f-strings
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {level_word} {level} {state}".strip())

    # --- input -------------------------------------------------------------------------
    def _clicked(self, row: int, col: int) -> None:
        if 0 <= row < len(self.domain_ids):
            self._announce(row, col)
            self.score(self.domain_ids[row], col + 1)

    def _announce(self, row: int, col: int) -> None:
        if 0 <= row < len(self.domain_ids) and col >= 0:
            self.focused.emit(self.domain_ids[row], col + 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        row, col = self.currentRow(), self.currentColumn()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0 and col >= 0:
            self._clicked(row, col)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and row >= 0:
            self.score(self.domain_ids[row], None)
        elif Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_5 and row >= 0:
            self.setCurrentCell(row, event.key() - Qt.Key.Key_1)
            self._clicked(row, event.key() - Qt.Key.Key_1)
        else:
            super().keyPressEvent(event)
