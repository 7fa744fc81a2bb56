"""An editable table of typed rows (a goal's sub-goals or actions): each column is a field of
the row type, so the editor reads and writes rows, never cells by column number."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSpinBox, QTableWidget, QTableWidgetItem, QWidget

from desktop.ui.widgets.common import titles_width

ID_ROLE = Qt.ItemDataRole.UserRole


class RowTable(QTableWidget):
    """`columns` are (field name, title, kind) with kind text | score | done; `edited` on any change."""

    edited = Signal()

    def __init__(self, row_type: type, columns: list[tuple[str, str, str]], name: str,
                 parent: QWidget | None = None):
        super().__init__(0, len(columns), parent)
        self.row_type, self.columns = row_type, columns
        assert {c[0] for c in columns} | {"id"} == {f.name for f in fields(row_type)}
        self.setHorizontalHeaderLabels([title for _, title, _ in columns])
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSectionResizeMode(self.horizontalHeader().ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(0, self.horizontalHeader().ResizeMode.Stretch)
        self.setAccessibleName(name)
        self.setMinimumHeight(90)
        self.itemChanged.connect(self.edited)

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override: the columns were measured again
        super().updateGeometries()
        self.setMinimumWidth(titles_width(self))  # the first column stretches, but not below its title

    def add_row(self, row: Any = None) -> None:
        row = row or self.row_type()
        at = self.rowCount()
        self.blockSignals(True)  # filling in is not editing
        self.insertRow(at)
        for col, (name, title, kind) in enumerate(self.columns):
            value = getattr(row, name)
            if kind == "score":
                spin = QSpinBox(minimum=0, maximum=10, specialValueText="–", value=value or 0, accessibleName=title)
                spin.valueChanged.connect(self.edited)
                self.setCellWidget(at, col, spin)
                continue
            item = QTableWidgetItem()
            if kind == "done":
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                item.setText(value or "")
            self.setItem(at, col, item)
        self.item(at, 0).setData(ID_ROLE, row.id)
        self.blockSignals(False)

    def set_rows(self, rows: list) -> None:
        self.setRowCount(0)
        for row in rows:
            self.add_row(row)

    def rows(self) -> list:
        return [self.row_type(id=self.item(at, 0).data(ID_ROLE),
                              **{name: self._value(at, col) for col, (name, _, _) in enumerate(self.columns)})
                for at in range(self.rowCount())]

    def _value(self, at: int, col: int) -> Any:
        kind = self.columns[col][2]
        if kind == "score":
            return self.cellWidget(at, col).value() or None
        item = self.item(at, col)
        if kind == "done":
            return item.checkState() == Qt.CheckState.Checked
        return item.text() if item else ""

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())
            self.edited.emit()


__all__ = ["RowTable"]
