"""Small building blocks: headings, hints, buttons, rows of actions, banners, list tables, dialog buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QWidget,
)

from desktop.ui.i18n import tr


def heading(text: str, level: str = "Title") -> QLabel:
    label = QLabel(text)
    label.setObjectName(level)
    label.setAccessibleName(text)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("Hint")
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    """A red line for a problem; hidden while empty. Screen readers hear it as an alert."""
    label = QLabel()
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.setAccessibleName("Melding")
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_error(label: QLabel, lines: list[str]) -> None:
    label.setText("\n".join(lines))
    label.setVisible(bool(lines))


def button(text: str, primary: bool = False, shortcut: str | None = None) -> QPushButton:
    """A push button; its shortcut is shown in the tooltip so every action is discoverable."""
    widget = QPushButton(text)
    widget.setAccessibleName(text.replace("&", ""))
    if primary:
        widget.setProperty("primary", True)
    if shortcut:
        widget.setShortcut(shortcut)
        widget.setToolTip(f"{text.replace('&', '')} ({shortcut})")
    return widget


def action_row(*start: QWidget, end: Sequence[QWidget] = ()) -> QHBoxLayout:
    """A dialog's row of actions (choosing a file, mostly): `start` on the left, `end` on the right."""
    row = QHBoxLayout()
    for widget in start:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in end:
        row.addWidget(widget)
    return row


def close_box(dialog: QDialog) -> QDialogButtonBox:
    """A dialog's one button, 'Sluiten', which closes it."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.button(QDialogButtonBox.StandardButton.Close).setText(tr("Sluiten"))
    box.rejected.connect(dialog.reject)
    return box


class Banner(QFrame):
    """A yellow strip with a message and a few buttons (e.g. 'concept teruggezet')."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Banner")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout.addWidget(self.message, 1)
        self.setVisible(False)

    def add_button(self, widget: QPushButton) -> QPushButton:
        self._layout.addWidget(widget)
        return widget

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setAccessibleName(text)
        self.setVisible(True)


def list_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """A read-only list: whole rows selected one at a time, calm rows, no row numbers."""
    table = QTableView(accessibleName=accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    return table


def titles_width(table: QTableView) -> int:
    """The narrowest `table` whose stretching columns still show their titles, the others their contents.

    Stretching columns share the room evenly, so each needs the widest of their titles.
    """
    header = table.horizontalHeader()
    header.ensurePolished()  # the style sheet's header font
    stretching = [column for column in range(header.count())
                  if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch]
    shared = max((header.sectionSizeHint(column) for column in stretching), default=0) * len(stretching)
    fixed = sum(max(header.sectionSizeHint(column), table.sizeHintForColumn(column), header.sectionSize(column))
                for column in range(header.count()) if column not in stretching)
    rows = table.verticalHeader().width() if table.verticalHeader().isVisibleTo(table) else 0
    return shared + fixed + rows + 2 * table.frameWidth()


def ok_cancel(ok_text: str, on_ok, on_cancel) -> QDialogButtonBox:
    """A dialog's two buttons, with the OK button saying what it does ("Toevoegen", "Opslaan")."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(on_cancel)
    return buttons


def show_text(line: QLineEdit, text: str) -> None:
    """Load `text` showing its beginning: setText leaves the cursor at the end, and a text wider
    than the field would be read from the middle of a sentence."""
    line.setText(text)
    line.setCursorPosition(0)


def retire(widget: QWidget) -> None:
    """Delete a screen that held vault data, stopping its timers first (a search's pause, a
    draft's save): the deletion waits for the event loop, and a lock's modal loop may run first."""
    for timer in widget.findChildren(QTimer):
        timer.stop()
    widget.deleteLater()
