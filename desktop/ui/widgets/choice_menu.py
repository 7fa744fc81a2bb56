"""Multi-select in one line: a button that opens the vocabulary as a menu of check marks and
says how many are chosen. For forms where a grid of check boxes would not fit (the phase form)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

from desktop.ui.i18n import lang, tr
from forms.vocab import vocabulary


class ChoiceMenu(QToolButton):
    changed = Signal()

    def __init__(self, vocab: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)
        menu = QMenu(self)
        self.actions_by_code = {}
        for term in vocabulary(vocab).values():
            action = menu.addAction(term.label(lang()))
            action.setCheckable(True)
            action.toggled.connect(self._toggled)
            self.actions_by_code[term.code] = action
        self.setMenu(menu)
        self._show_count()

    def _toggled(self) -> None:
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        chosen = [a.text() for a in self.actions_by_code.values() if a.isChecked()]
        self.setText(tr("{title}: {n} gekozen").format(title=self._title, n=len(chosen)))
        self.setToolTip("\n".join(chosen))

    def codes(self) -> list[str]:
        return [code for code, action in self.actions_by_code.items() if action.isChecked()]

    def set_codes(self, codes: list[str]) -> None:
        for code, action in self.actions_by_code.items():
            action.blockSignals(True)
            action.setChecked(code in codes)
            action.blockSignals(False)
        self._show_count()
