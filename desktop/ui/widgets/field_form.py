"""A form drawn from FieldSpecs: labelled fields, each with its inline validation message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from desktop.flows.fields import FieldSpec
from desktop.ui.i18n import lang, tr
from desktop.ui.widgets.common import error_label, show_error, show_text
from forms import DECLINED
from forms.messages import field_label
from forms.vocab import DECLINED_LABEL, vocabulary



class CheckGroup(QWidget):
    """Multi-select as a grid of check boxes: every option visible, Space toggles."""

    changed = Signal()

    def __init__(self, vocab: str, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        terms = list(vocabulary(vocab).values())
        # Long labels get fewer columns, so the form fits a 1366-pixel screen at 150%.
        longest = max((len(t.label(lang())) for t in terms), default=0)
        columns = 3 if longest <= 14 else 2 if longest <= 26 else 1
        for i, term in enumerate(terms):
            box = QCheckBox(term.label(lang()))
            box.setAccessibleName(term.label(lang()))
            box.toggled.connect(self.changed)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[term.code] = box

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)


class DomainTexts(QWidget):
    """A short text per life domain: her situation in each, in a few words; empty is fine."""

    changed = Signal()

    def __init__(self, vocab: str, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.lines: dict[str, QLineEdit] = {}
        for term in vocabulary(vocab).values():
            line = QLineEdit(accessibleName=term.label(lang()))
            line.textEdited.connect(self.changed)
            form.addRow(term.label(lang()).replace("&", "&&"), line)  # '&' is a word here, not a shortcut
            self.lines[term.code] = line

    def texts(self) -> dict[str, str]:
        return {code: line.text() for code, line in self.lines.items() if line.text().strip()}

    def set_texts(self, texts: dict[str, str]) -> None:
        for code, line in self.lines.items():
            show_text(line, texts.get(code, ""))


class FieldForm(QWidget):
    """Emits `edited(name, value)` on every change; `show_problems` puts lines under fields."""

    edited = Signal(str, object)

    def __init__(self, specs: tuple[FieldSpec, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.specs = {spec.name: spec for spec in specs}
        self.inputs: dict[str, QWidget] = {}
        self.declined: dict[str, QCheckBox] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            label = QLabel(field_label(spec.name, lang()))
            cell = self._cell(spec)
            label.setBuddy(self.inputs[spec.name])
            layout.addRow(label, cell)
        self.general = error_label()
        layout.addRow(self.general)

    # --- building ------------------------------------------------------------------
    def _cell(self, spec: FieldSpec) -> QWidget:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        widget = self._input(spec)
        widget.setAccessibleName(field_label(spec.name, lang()))
        row.addWidget(widget, 1)
        if spec.declinable:
            box = QCheckBox(DECLINED_LABEL[lang()])
            box.setAccessibleName(f"{field_label(spec.name, lang())}: {DECLINED_LABEL[lang()]}")
            box.toggled.connect(lambda on, n=spec.name: self._declined_toggled(n, on))
            self.declined[spec.name] = box
            row.addWidget(box)
        column.addLayout(row)
        self.errors[spec.name] = error_label()
        column.addWidget(self.errors[spec.name])
        self.inputs[spec.name] = widget
        return cell

    def _input(self, spec: FieldSpec) -> QWidget:
        emit = lambda *_: self.edited.emit(spec.name, self.value(spec.name))  # noqa: E731
        if spec.kind == "long":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)  # Tab moves on, as in every other field
            widget.setFixedHeight(84)
            widget.textChanged.connect(emit)
        elif spec.kind == "choice":
            widget = QComboBox()
            widget.addItem("—", None)
            for term in vocabulary(spec.vocab).values():
                widget.addItem(term.label(lang()), term.code)
            widget.currentIndexChanged.connect(emit)
        elif spec.kind == "multi":
            widget = CheckGroup(spec.vocab)
            widget.changed.connect(emit)
        elif spec.kind == "domains":
            widget = DomainTexts(spec.vocab)
            widget.changed.connect(emit)
        else:
            widget = QLineEdit()
            widget.setPlaceholderText({"date": tr("dd-mm-jjjj"), "codes": "nl, en, ro"}.get(spec.kind, ""))
            widget.textEdited.connect(emit)
        return widget

    def _declined_toggled(self, name: str, on: bool) -> None:
        self.inputs[name].setEnabled(not on)
        self.edited.emit(name, self.value(name))

    # --- values --------------------------------------------------------------------
    def value(self, name: str) -> Any:
        spec, widget = self.specs[name], self.inputs[name]
        if name in self.declined and self.declined[name].isChecked():
            return DECLINED
        if spec.kind == "long":
            return widget.toPlainText()
        if spec.kind == "choice":
            return widget.currentData() or ""
        if spec.kind == "multi":
            return widget.codes()
        if spec.kind == "domains":
            return widget.texts()
        if spec.kind == "codes":
            return [part.strip() for part in widget.text().replace(";", ",").split(",") if part.strip()]
        return widget.text()

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.specs}

    def set_values(self, values: dict[str, Any]) -> None:
        """Show values without emitting `edited` (loading is not editing)."""
        for name, value in values.items():
            if name in self.specs:
                self._set(name, value)

    def _set(self, name: str, value: Any) -> None:
        spec, widget = self.specs[name], self.inputs[name]
        self.blockSignals(True)
        widget.blockSignals(True)
        try:
            if name in self.declined:
                self.declined[name].setChecked(value == DECLINED)
                value = "" if value == DECLINED else value
            if spec.kind == "long":
                widget.setPlainText(value or "")
            elif spec.kind == "choice":
                widget.setCurrentIndex(max(widget.findData(value or None), 0) if value else 0)
            elif spec.kind == "multi":
                widget.set_codes(value or [])
            elif spec.kind == "domains":
                widget.set_texts(value or {})
            elif spec.kind == "codes":
                show_text(widget, ", ".join(value or []))
            else:
                show_text(widget, str(value or ""))
        finally:
            widget.blockSignals(False)
            self.blockSignals(False)

    # --- problems ------------------------------------------------------------------
    def show_problems(self, problems: dict[str, list[str]]) -> None:
        """The explain() lines under the fields they name; others at the bottom."""
        for name, label in self.errors.items():
            show_error(label, problems.get(name, []))
            self.inputs[name].setProperty("invalid", bool(problems.get(name)))
            self.inputs[name].style().polish(self.inputs[name])
        other = [line for name, lines in problems.items() if name not in self.errors for line in lines]
        show_error(self.general, other)

    def focus_first_problem(self, problems: dict[str, list[str]]) -> None:
        for name in self.specs:
            if problems.get(name):
                self.inputs[name].setFocus()
                return

    def clear(self) -> None:
        empty = {"multi": [], "codes": [], "domains": {}}
        self.set_values({name: empty.get(spec.kind, "") for name, spec in self.specs.items()})
        self.show_problems({})


__all__ = ["CheckGroup", "DomainTexts", "FieldForm"]
